package org.openimr.reviewers;

import org.openimr.shared.BodyRegion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openimr.reviewers.Fixtures.FIT;
import static org.openimr.reviewers.Fixtures.LUMBAR_MRI;
import static org.openimr.reviewers.Fixtures.SHOULDER_ARTHROSCOPY;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpecialtyFitTableTest {

    private static double fit(List<DisputedItemKind> items, String... specialties) {
        return FIT.fitOf(java.util.Arrays.stream(specialties).map(Specialty::of).toList(), items).score();
    }

    @Test
    void theSpecialtyThatDecidedMostItemsOfAKindFitsFully() {
        assertThat(fit(List.of(SHOULDER_ARTHROSCOPY), "Orthopedic Surgery")).isEqualTo(1.0);
        assertThat(fit(List.of(LUMBAR_MRI), "Occupational Medicine")).isEqualTo(1.0);
    }

    @Test
    void otherSpecialtiesFitInProportionToWhatTheyDecided() {
        // lumbar imaging in the letters: Occupational Medicine 5, Family Practice 4 of 14 items
        assertThat(fit(List.of(LUMBAR_MRI), "Family Practice")).isCloseTo(0.8, within(1e-9));
        assertThat(fit(List.of(SHOULDER_ARTHROSCOPY), "Sports Medicine")).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void aSpecialtyAbsentFromTheKindFallsBackToCoarserEntriesAtAHalfPerStep() {
        DisputedItemKind kneeMri = DisputedItemKind.of("Diagnostic Testing", "Imaging", BodyRegion.KNEE);
        // not among knee imaging; imaging in any region: 2 of 17 (PM&R) -> 2/17 * 0.5
        assertThat(fit(List.of(kneeMri), "Orthopedic Surgery")).isCloseTo(2 / 17.0 * 0.5, within(1e-9));
        // not in surgery at all; all requests: 12 of 69 (PM&R) -> 12/69 * 0.125
        assertThat(fit(List.of(SHOULDER_ARTHROSCOPY), "Family Practice")).isCloseTo(12 / 69.0 * 0.125, within(1e-9));
    }

    @Test
    void aSpecialtyNoLetterShowsDoesNotFit() {
        SpecialtyFit fit = FIT.fitOf(List.of(Specialty.of("Urology")), List.of(LUMBAR_MRI));
        assertThat(fit.score()).isZero();
        assertThat(fit.explanation()).isEqualTo("specialty fit 0.00 (Diagnostic Testing / Imaging / lumbar spine: "
                + "no specialty of the reviewer decided such items)");
    }

    @Test
    void theBestSpecialtyOfTheReviewerCountsAndTheCaseFitIsTheMeanOverItems() {
        assertThat(fit(List.of(SHOULDER_ARTHROSCOPY, LUMBAR_MRI), "Family Practice", "Orthopedic Surgery"))
                .isCloseTo((1.0 + 0.8) / 2, within(1e-9));
    }

    @Test
    void theExplanationSaysWhichSpecialtyAndWhichEntry() {
        SpecialtyFit fit = FIT.fitOf(List.of(Specialty.of("Family Practice")), List.of(LUMBAR_MRI));
        assertThat(fit.explanation()).isEqualTo("specialty fit 0.80 (Diagnostic Testing / Imaging / lumbar spine: "
                + "0.80 Family Practice, 4 of 14 items of Diagnostic Testing / Imaging / lumbar spine)");
    }

    @Test
    void lettersSpellingsMapToTheBoardsNames() {
        assertThat(FIT.canonical(Specialty.of("Sports Medicinea"))).isEqualTo(Specialty.of("Sports Medicine"));
        assertThat(Specialty.of("Physical Medicine and Rehabilitation"))
                .isEqualTo(Specialty.of("PHYSICAL MEDICINE & REHABILITATION"));
        assertThat(fit(List.of(SHOULDER_ARTHROSCOPY), "Sports Medicinea")).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void bandsOfAQuarter() {
        assertThat(FIT.bandWidth()).isEqualTo(0.25);
        assertThat(FIT.band(1.0)).isEqualTo(3);
        assertThat(FIT.band(0.8)).isEqualTo(3);
        assertThat(FIT.band(0.75)).isEqualTo(3);
        assertThat(FIT.band(0.7499)).isEqualTo(2);
        assertThat(FIT.band(0.25)).isEqualTo(1);
        assertThat(FIT.band(0.0)).isZero();
    }

    @Test
    void theVersionCarriesAFingerprintOfTheFile() {
        assertThat(FIT.version()).matches("seed-2016-17\\.1 \\(sha256:[0-9a-f]{12}\\)");
    }
}
