package org.openimr.library;

import org.openimr.shared.RequestCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

class LetterStoreTest extends LibraryDatabaseTest {

    @Autowired
    LetterStore store;

    @Test
    void storesALetterAndReadsBackTheSameLetter() {
        Letters.Builder builder = Letters.letter("CM17-0000101")
                .reviewer(List.of("California", "Nevada"), List.of("Orthopaedic Surgery", "Sports Medicine"))
                .item("Norco 10/325mg #90", Outcome.UPHELD, "There is no documented functional improvement.")
                .item(Letters.item("Acupuncture six sessions", Outcome.OVERTURNED,
                        GuidelineCitation.nonMtus(List.of("Official Disability Guidelines (ODG)"),
                                "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)"),
                        "A trial of acupuncture is reasonable."))
                .modifiedItem("Physical therapy 12 sessions", "6 sessions", "Physical therapy 6 sessions",
                        Outcome.UPHELD);
        FinalDeterminationLetter letter = builder.build();

        StoreResult result = store.store(letter, builder.source());

        assertThat(result).isEqualTo(new StoreResult(StoreResult.Status.STORED, "CM17-0000101", 3));
        StoredLetter stored = store.find("cm17-0000101").orElseThrow();
        assertThat(stored.letter()).isEqualTo(letter);
        assertThat(stored.reference()).isEqualTo("CM17-0000101");
        assertThat(stored.sourceName()).isEqualTo("CM17-0000101.txt");
        assertThat(stored.categories()).containsExactly(new RequestCategory("Pharmaceuticals", "Opioids"),
                new RequestCategory("Rehabilitation", "Acupuncture"), new RequestCategory("Rehabilitation", "PT/OT"));
    }

    @Test
    void theSameCaseNumberIsStoredOnce() {
        Letters.Builder first = Letters.letter("CM17-0000102");
        Letters.Builder again = Letters.letter("CM17-0000102").decided(LocalDate.of(2017, 2, 1))
                .item("TENS unit", Outcome.UPHELD, "Not needed.");

        assertThat(store.store(first.build(), first.source()).stored()).isTrue();
        StoreResult second = store.store(again.build(), again.source());

        assertThat(second).isEqualTo(new StoreResult(StoreResult.Status.ALREADY_PRESENT, "CM17-0000102", 0));
        assertThat(store.countLetters()).isEqualTo(1);
        assertThat(store.find("CM17-0000102").orElseThrow().letter()).isEqualTo(first.build());
    }

    @Test
    void aLetterWithoutCaseNumberIsKnownByItsText() {
        Letters.Builder noNumber = Letters.letter(null);
        StoreResult first = store.store(noNumber.build(), noNumber.source());
        StoreResult second = store.store(noNumber.build(), noNumber.source());

        assertThat(first.stored()).isTrue();
        assertThat(first.reference()).isEqualTo("sha-" + noNumber.source().contentHash().substring(0, 16));
        assertThat(second.status()).isEqualTo(StoreResult.Status.ALREADY_PRESENT);
        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(store.containsContent(noNumber.source().contentHash())).isTrue();
        assertThat(store.find(first.reference())).isPresent();

        Letters.Builder other = Letters.letter(null).summary("Another worker, another injury.");
        assertThat(store.store(other.build(), other.source()).stored()).isTrue();
        assertThat(store.countLetters()).isEqualTo(2);
    }

    @Test
    void aFailureHalfWayThroughALetterStoresNothingOfIt() {
        Letters.Builder good = Letters.letter("CM17-0000103");
        store.store(good.build(), good.source());
        // PostgreSQL refuses a NUL character in text: the second item fails after the letter row and first item
        Letters.Builder bad = Letters.letter("CM17-0000104")
                .item("MRI of the knee", Outcome.UPHELD, "Fine.")
                .item("X-ray of the knee", Outcome.UPHELD, "Broken \u0000 text");

        assertThatThrownBy(() -> store.store(bad.build(), bad.source())).isInstanceOf(RuntimeException.class);

        assertThat(store.find("CM17-0000104")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM library_item").query(Long.class).single()).isEqualTo(1);
        assertThat(store.find("CM17-0000103")).isPresent();
    }

    @Test
    void unknownReferencesFindNothing() {
        assertThat(store.find("CM99-9999999")).isEmpty();
        assertThat(store.find("sha-0000")).isEmpty();
        assertThat(store.find("")).isEmpty();
        assertThat(store.find("x".repeat(100))).isEmpty();
    }

    @Test
    void reclassifyingUpdatesStoredCategoriesAndTheVersion() {
        Letters.Builder b = Letters.letter("CM17-0000105").item("Lyrica 75mg #60", Outcome.UPHELD, "No neuropathy.");
        store.store(b.build(), b.source());
        jdbc.sql("UPDATE library_item SET category = 'Other', subcategory = 'Unclassified'").update();
        long before = store.version();

        assertThat(store.reclassify()).isEqualTo(1);

        assertThat(store.find("CM17-0000105").orElseThrow().categories())
                .containsExactly(new RequestCategory("Pharmaceuticals", "Anti-epilepsy drugs"));
        assertThat(store.version()).isGreaterThan(before);
        assertThat(store.reclassify()).isZero();
    }
}
