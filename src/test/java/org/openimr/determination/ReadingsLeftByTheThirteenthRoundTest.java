package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.guidelines.RequestKind;

/**
 * Readings the thirteenth round left wrong, each erring one way, beside its guard: the near case that must still come
 * out the same safe way. Synthetic records and requests written for this test (never a letter's text).
 */
class ReadingsLeftByTheThirteenthRoundTest {

    private static final String DATE = "2016-08-20";
    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();
    private static final ClinicalFactExtractor EXTRACTOR = ClinicalFactExtractor.standard();

    // ------------------------------------------------------------------ 1. a psychiatrist's medication management

    @Test
    void psychiatricMedicationManagementIsAnOfficeVisitNotPsychotherapy() {
        assertThat(INTERPRETER.interpret("Psychiatric medication management").kind()).contains(RequestKind.OFFICE_VISIT);
        assertThat(INTERPRETER.interpret("Med management with psychiatry x 6").kind()).contains(RequestKind.OFFICE_VISIT);
        // guard: a psychiatrist's talking therapy is still psychotherapy
        assertThat(INTERPRETER.interpret("Psychiatric therapy sessions x 6").kind()).contains(RequestKind.PSYCHOTHERAPY);
        assertThat(INTERPRETER.interpret("Cognitive behavioral therapy 6 sessions").kind())
                .contains(RequestKind.PSYCHOTHERAPY);
    }

    // ------------------------------------------------------------------ 2. units of botulinum toxin are a dose

    @Test
    void botoxUnitsAreADoseNotACountOfInjections() {
        assertThat(INTERPRETER.interpret("Botox 100 units").quantity().count()).isEmpty();
        assertThat(INTERPRETER.interpret("Botox injection 200 units, cervical").quantity().count()).isEmpty();
        // guard: a device counted in units, and injections counted, are still counts
        assertThat(INTERPRETER.interpret("1 TENS unit").quantity().count()).hasValue(1);
        assertThat(INTERPRETER.interpret("Botox 100 units x 2 injections").quantity().count()).hasValue(2);
    }

    // ------------------------------------------------------------------ 3. the number of a product's name

    @Test
    void theNumberOfTylenolNumberThreeIsNoQuantity() {
        assertThat(INTERPRETER.interpret("Tylenol #3 #60").quantity().count()).hasValue(60);
        assertThat(INTERPRETER.interpret("Tylenol #3").quantity().count()).isEmpty();
        assertThat(INTERPRETER.interpret("Tylenol No. 3, quantity 90").drug()).isPresent();
        // guard: a quantity written after another drug is still read
        assertThat(INTERPRETER.interpret("Norco 10/325 mg #90").quantity().count()).hasValue(90);
    }

    // ------------------------------------------------------------------ 4. a screen negative for illicit drugs

    private static List<UrineDrugScreen> screens(String text) {
        return EXTRACTOR.extract(text).urineDrugScreens();
    }

    @Test
    void aScreenNegativeForIllicitDrugsIsConsistent() {
        List<UrineDrugScreen> found = screens("The urine drug screen of 06/01/2016 was negative for illicit drugs.");
        assertThat(found).extracting(UrineDrugScreen::result).containsExactly(UrineDrugScreen.Result.CONSISTENT);
        assertThat(found).extracting(UrineDrugScreen::assertion).containsExactly(Assertion.AFFIRMED);
        assertThat(screens("UDS negative for illicit substances on the last visit."))
                .extracting(UrineDrugScreen::result).containsExactly(UrineDrugScreen.Result.CONSISTENT);
        // guard: a screen missing the prescribed drug, or showing an illicit one, is still inconsistent
        assertThat(screens("The urine drug screen was negative for the prescribed hydrocodone."))
                .extracting(UrineDrugScreen::result).containsExactly(UrineDrugScreen.Result.INCONSISTENT);
        assertThat(screens("The urine drug screen was positive for illicit cocaine."))
                .extracting(UrineDrugScreen::result).containsExactly(UrineDrugScreen.Result.INCONSISTENT);
    }

    // ------------------------------------------------------------------ 5. words of no condition bear on the part

    private static final String WRIST = "A 40-year-old clerk. Visit of 08/10/2016: ";

    /** Asserts whether the clerk's visit documents the medical need of the equipment requested. */
    private static void assertNeed(String visit, String request, boolean met) {
        Draft d = draft(WRIST + visit, request, DATE, null);
        Verdict need = Drafts.verdictOf(d, "medical need");
        if (met) {
            assertThat(need).as(explain(d)).isEqualTo(Verdict.MET);
        } else {
            assertThat(need).as(explain(d)).isNotEqualTo(Verdict.MET);
        }
    }

    @Test
    void wordsOfNoConditionCountOnlyForThePartTheyDescribe() {
        assertNeed("Right lateral epicondylitis has not resolved; the right elbow is tender.", "Right elbow brace", true);
        assertNeed("Right lateral epicondylitis with a tender right elbow, normal gait.", "Right elbow brace", true);
        // guard: the part itself normal, or its condition resolved, is still no need
        assertNeed("Right elbow examination is normal.", "Right elbow brace", false);
        assertNeed("Right elbow: normal examination, normal range of motion.", "Right elbow brace", false);
        assertNeed("The right elbow epicondylitis has resolved.", "Right elbow brace", false);
    }

    // ------------------------------------------------------------------ 6. the verb "left" names no side

    @Test
    void theVerbLeftNamesNoSide() {
        assertNeed("She left her job in June because of wrist pain and swelling.", "Right wrist brace", true);
        assertNeed("She left work early with wrist pain and swelling.", "Right wrist brace", true);
        // guard: the other side's wrist is still no need of the side requested
        assertNeed("She has left wrist pain and swelling.", "Right wrist brace", false);
    }

    // ------------------------------------------------------------------ 7. a drug started at the visit

    private static final String S1 = ReviewOfTheThirteenthRoundMedicationsTest.S1;
    private static final String GABAPENTIN = ReviewOfTheThirteenthRoundMedicationsTest.GABAPENTIN;
    private static final String UR = "Utilization review on 02/25/2016 non-certified the gabapentin.";

    @Test
    void anIncreaseByADoseDatesNoEarlierStart() {
        assertOutcome(S1 + "The physician started gabapentin 300 mg at night, to be increased by 300 mg every three "
                + "days to three times a day. " + UR, GABAPENTIN, "2016-02-25", DraftOutcome.OVERTURNED);
        // guard: a start by another prescriber is still no first trial
        assertOutcome(S1 + "Gabapentin 300 mg three times a day was started by his primary physician. " + UR,
                GABAPENTIN, "2016-02-25", DraftOutcome.UPHELD);
    }

    @Test
    void anInstructionWithMayIsNoLaterVisit() {
        assertOutcome(S1 + "The physician started gabapentin 300 mg three times a day for the neuropathic leg pain. "
                + "Sig: one capsule three times a day, may 2 capsules at bedtime. " + UR, GABAPENTIN, "2016-02-25",
                DraftOutcome.OVERTURNED);
        // guard: a later visit dated in May of a year is still a later visit: no first trial
        Draft seenAgain = draft(S1 + "The physician started gabapentin 300 mg three times a day. He was seen again in "
                + "May 2015 and was unchanged. " + UR, GABAPENTIN, "2016-02-25", null);
        assertThat(seenAgain.outcome()).as(explain(seenAgain)).isNotEqualTo(DraftOutcome.OVERTURNED);
    }
}
