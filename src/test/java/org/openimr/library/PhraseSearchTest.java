package org.openimr.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A phrase search returns exactly the items whose text holds the phrase: the word pairs (pair_document) only narrow
 * the items whose word positions PostgreSQL compares. Each search is checked against PostgreSQL's own reading of the
 * words over every item's search document, without the pairs and without an index.
 */
class PhraseSearchTest extends LibraryDatabaseTest {

    @Autowired
    LetterStore store;
    @Autowired
    DecisionSearch search;
    @Autowired
    TransactionTemplate transactions;

    private void save(Letters.Builder b) {
        store.store(b.build(), b.source());
    }

    /** Five letters holding the words physical, therapy and pain, adjacent or not, in both orders. */
    private void physicalTherapyLetters() {
        save(Letters.letter("CM17-0000001").summary("She keeps a physical therapy pain diary.")
                .item("Physical therapy 2 times a week for 6 weeks", Outcome.UPHELD,
                        "Twelve visits exceed the guideline. Not medically necessary."));
        save(Letters.letter("CM17-0000002").summary("He reports neck pain after a fall.")
                .item("Additional physical therapy for the cervical spine", Outcome.OVERTURNED,
                        "Objective functional improvement is documented. Medically necessary."));
        save(Letters.letter("CM17-0000003").summary("Her pain limits physical work.")
                .item("Aquatic therapy 8 sessions", Outcome.UPHELD,
                        "Weight bearing is tolerated, so land-based exercise suffices. Not medically necessary."));
        save(Letters.letter("CM17-0000004").summary("Chronic pain of the knee.")
                .item("Therapy of the knee, physical modalities", Outcome.UPHELD,
                        "Passive modalities are not recommended. Not medically necessary."));
        save(Letters.letter("CM17-0000005").summary("Low back strain.")
                .item("Acupuncture 6 sessions", Outcome.OVERTURNED,
                        "An initial trial of therapy for the knee is medically necessary."));
    }

    @Test
    void aPhraseOfThreeCommonWordsFindsOnlyTheItemsWithThemInOrder() {
        physicalTherapyLetters();

        assertThat(found("\"physical therapy pain\"")).containsExactly("CM17-0000001/1");
        assertThat(found("\"physical therapy\"")).containsExactlyInAnyOrder("CM17-0000001/1", "CM17-0000002/1");
        assertThat(found("\"therapy physical\"")).isEmpty();
        // the words alone are in four items, adjacent in two
        assertThat(found("physical therapy pain")).containsExactlyInAnyOrder("CM17-0000001/1", "CM17-0000002/1",
                "CM17-0000003/1", "CM17-0000004/1");
    }

    @Test
    void wordsAStopWordApartMatchAsPostgresqlReadsThem() {
        physicalTherapyLetters();

        // 'therapi' <3> 'knee': any one word may stand between, as in "therapy for the knee"
        assertThat(found("\"therapy of the knee\"")).containsExactlyInAnyOrder("CM17-0000004/1", "CM17-0000005/1");
        assertThat(found("\"knee physical modalities\"")).containsExactly("CM17-0000004/1");
        assertThat(found("\"land-based exercise\"")).containsExactly("CM17-0000003/1");
    }

    @Test
    void phrasesUnderOrNotAndFiltersKeepTheirMeaning() {
        physicalTherapyLetters();

        assertThat(found("\"physical therapy\" or acupuncture")).containsExactlyInAnyOrder("CM17-0000001/1",
                "CM17-0000002/1", "CM17-0000005/1");
        assertThat(found("therapy -\"physical therapy\"")).containsExactlyInAnyOrder("CM17-0000003/1",
                "CM17-0000004/1", "CM17-0000005/1");
        assertThat(found("\"medically necessary\" \"physical therapy\"")).containsExactlyInAnyOrder("CM17-0000001/1",
                "CM17-0000002/1");
        SearchResults overturned = search.search(DecisionQuery.text("\"physical therapy\"")
                .with(Facet.OUTCOME, "OVERTURNED"));
        assertThat(overturned.items()).extracting(SearchResults.Hit::caseNumber).containsExactly("CM17-0000002");
        assertThat(counts(overturned, Facet.OUTCOME)).containsExactly(Map.entry("OVERTURNED", 1L),
                Map.entry("UPHELD", 1L));
    }

    @Test
    void storingALetterFillsItsWordPairsInTheOrderOfItsText() {
        physicalTherapyLetters();

        assertThat(jdbc.sql("SELECT pair_document @@ 'physic_therapi & therapi_2 & therapi_pain'::tsquery"
                + " FROM library_item WHERE letter_id = 1").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT pair_document @@ 'therapi_physic'::tsquery FROM library_item WHERE letter_id = 1")
                .query(Boolean.class).single()).isFalse();
        // the request's last word and the rationale's first are adjacent, as in search_document
        assertThat(jdbc.sql("SELECT pair_document @@ 'week_twelv'::tsquery FROM library_item WHERE letter_id = 1")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void reclassifiedItemsKeepTheirPairsAndFacets() {
        physicalTherapyLetters();
        jdbc.sql("UPDATE library_item SET category = 'Other', subcategory = 'Unclassified'").update();

        assertThat(store.reclassify()).isEqualTo(5);

        SearchResults r = search.search(DecisionQuery.text("\"physical therapy\"").with(Facet.CATEGORY, "Rehabilitation"));
        assertThat(r.items()).extracting(h -> h.reference() + "/" + h.itemIndex())
                .containsExactlyInAnyOrder("CM17-0000001/1", "CM17-0000002/1");
        assertThat(jdbc.sql("SELECT count(*) FROM library_item WHERE pair_document = ''::tsvector")
                .query(Long.class).single()).isZero();
    }

    @Test
    void syntheticPhrasesAgreeWithPostgresqlWithoutThePairs() {
        physicalTherapyLetters();
        for (String phrase : List.of("\"physical therapy pain\"", "\"physical therapy\"", "\"not medically necessary\"",
                "\"medically necessary\"", "\"therapy of the knee\"", "\"pain physical\"", "\"neck pain\" therapy",
                "\"functional improvement is documented\"", "\"improvement functional\"", "land-based",
                "\"land-based exercise\"", "based-land")) {
            assertThat(found(phrase)).as(phrase).isEqualTo(postgresqlWithoutPairs(phrase));
        }
        // every item says it; "not" is a stop word, so the phrase is the two words after it
        assertThat(found("\"medically necessary\"")).hasSize(5);
        assertThat(found("\"not medically necessary\"")).hasSize(5);
    }

    @Test
    void demoLetterPhrasesAgreeWithPostgresqlWithoutThePairs() {
        DemoLibraryFixture.ensureDemoLibrary(store, jdbc, transactions);
        for (String phrase : List.of("\"physical therapy\"", "\"not medically necessary\"", "\"low back pain\"",
                "\"chronic pain\"", "\"urine drug screen\"", "\"home exercise program\"", "\"functional improvement\"",
                "\"pain chronic\"", "\"therapy physical\"", "\"medically necessary\" \"physical therapy\"", "x-ray",
                "x-rays", "follow-up", "ray-x", "x-rays knee")) {
            assertThat(found(phrase)).as(phrase).isEqualTo(postgresqlWithoutPairs(phrase));
        }
        // every item whose text has the two words side by side is found
        List<String> literal = jdbc.sql("""
                SELECT l.reference || '/' || i.item_index FROM library_item i JOIN library_letter l ON l.id = i.letter_id
                WHERE regexp_replace(lower(i.request || ' ' || i.rationale || ' ' || i.case_summary), '[^a-z]+', ' ', 'g')
                      LIKE '% physical therapy %'""").query(String.class).list();
        assertThat(literal).isNotEmpty();
        assertThat(found("\"physical therapy\"")).containsAll(literal);
        assertThat(found("\"therapy physical\"")).isEmpty();
    }

    /** The items a search finds, as "reference/item", all pages of up to 100. */
    private Set<String> found(String words) {
        Set<String> items = new java.util.TreeSet<>();
        SearchResults page = search.search(new DecisionQuery(words, Map.of(), 1, DecisionQuery.MAX_SIZE));
        assertThat(page.total()).as("one page holds them").isLessThanOrEqualTo(DecisionQuery.MAX_SIZE);
        page.items().forEach(h -> items.add(h.reference() + "/" + h.itemIndex()));
        assertThat(items).hasSize((int) page.total());
        return items;
    }

    /** PostgreSQL's own reading of the words over every item's search document: no index, no pairs. */
    private Set<String> postgresqlWithoutPairs(String words) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('enable_bitmapscan', 'off', true), set_config('enable_indexscan', 'off', true)")
                    .query((rs, n) -> 1).list();
            return jdbc.sql("""
                    SELECT l.reference || '/' || i.item_index FROM library_item i
                    JOIN library_letter l ON l.id = i.letter_id
                    WHERE i.search_document @@ websearch_to_tsquery('english', :q)""")
                    .param("q", words).query(String.class).list().stream()
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        });
    }

    private static Map<String, Long> counts(SearchResults r, Facet facet) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        r.facet(facet).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }
}
