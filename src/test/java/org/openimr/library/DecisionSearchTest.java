package org.openimr.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionSearchTest extends LibraryDatabaseTest {

    @Autowired
    LetterStore store;
    @Autowired
    DecisionSearch search;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void threeLetters() {
        save(Letters.letter("CM16-0000001").decided(LocalDate.of(2016, 12, 20))
                .reviewer(List.of("California"), List.of("Family Practice"))
                .summary("The injured worker is a 50 year old male with chronic neck pain.")
                .item("MRI of the cervical spine", Outcome.UPHELD,
                        "There are no red flags and no new neurological deficit. The cervical MRI is not medically"
                                + " necessary.")
                .item("Norco 10/325mg #60", Outcome.OVERTURNED,
                        "The opioid improves function and the worker is monitored. Norco is medically necessary."));
        save(Letters.letter("CM17-0000002").decided(LocalDate.of(2017, 1, 15))
                .reviewer(List.of("California", "Washington"), List.of("Orthopaedic Surgery"))
                .summary("She has lumbar radiculopathy after a fall; a prior MRI showed a disc protrusion.")
                .item("Lumbar epidural steroid injection at L4-5", Outcome.UPHELD,
                        "Radiculopathy is not corroborated by imaging. The injection is not medically necessary."));
        save(Letters.letter("CM17-0000003").decided(LocalDate.of(2017, 2, 10))
                .reviewer(List.of("Nevada"), List.of("Family Practice", "Occupational Medicine"))
                .item("Acupuncture 2 times a week for 6 weeks", Outcome.UPHELD,
                        "Six visits exceed the initial trial of three to six. Not medically necessary.")
                .item("MRI of the left knee", Outcome.OVERTURNED,
                        "Mechanical symptoms after the fall suggest a meniscal tear; the MRI is medically necessary."));
    }

    private void save(Letters.Builder b) {
        store.store(b.build(), b.source());
    }

    @Test
    void withoutWordsEverythingNewestFirst() {
        SearchResults r = search.search(DecisionQuery.all());

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.items()).extracting(SearchResults.Hit::reference).containsExactly(
                "CM17-0000003", "CM17-0000003", "CM17-0000002", "CM16-0000001", "CM16-0000001");
        assertThat(r.items().get(0).itemIndex()).isEqualTo(1);
        assertThat(counts(r, Facet.OUTCOME)).containsExactly(Map.entry("UPHELD", 3L), Map.entry("OVERTURNED", 2L));
        assertThat(counts(r, Facet.YEAR)).containsExactly(Map.entry("2017", 3L), Map.entry("2016", 2L));
        assertThat(counts(r, Facet.SPECIALTY)).containsExactly(Map.entry("Family Practice", 4L),
                Map.entry("Occupational Medicine", 2L), Map.entry("Orthopaedic Surgery", 1L));
        assertThat(counts(r, Facet.STATE)).containsExactly(Map.entry("California", 3L), Map.entry("Nevada", 2L),
                Map.entry("Washington", 1L));
        assertThat(counts(r, Facet.CATEGORY)).containsExactly(Map.entry("Diagnostic Testing", 2L),
                Map.entry("Injection", 1L), Map.entry("Pharmaceuticals", 1L), Map.entry("Rehabilitation", 1L));
        assertThat(counts(r, Facet.GUIDELINE)).containsExactly(Map.entry("Chronic Pain Medical Treatment", 5L));
    }

    @Test
    void wordsFindItemsByRequestRationaleAndSummaryRequestFirst() {
        SearchResults r = search.search(DecisionQuery.text("MRI"));

        // two requests name an MRI; the third item matches only through its letter's case summary
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.items()).extracting(SearchResults.Hit::request).startsWith("MRI of the left knee")
                .contains("MRI of the cervical spine", "Lumbar epidural steroid injection at L4-5");
        assertThat(r.items().get(2).request()).isEqualTo("Lumbar epidural steroid injection at L4-5");
        assertThat(r.items().get(0).snippet()).contains("<mark>MRI</mark>");
    }

    @Test
    void webSearchSyntaxPhrasesAndExclusions() {
        assertThat(search.search(DecisionQuery.text("\"red flags\"")).total()).isEqualTo(1);
        assertThat(search.search(DecisionQuery.text("\"flags red\"")).total()).isZero();
        assertThat(search.search(DecisionQuery.text("MRI -knee")).total()).isEqualTo(2);
        assertThat(search.search(DecisionQuery.text("acupuncture or opioid")).total()).isEqualTo(2);
        assertThat(search.search(DecisionQuery.text("knees")).items()).extracting(SearchResults.Hit::request)
                .containsExactly("MRI of the left knee");
    }

    @Test
    void facetFiltersCombineAndEachFacetIsCountedUnderTheOthers() {
        DecisionQuery query = DecisionQuery.text("MRI").with(Facet.OUTCOME, "OVERTURNED")
                .with(Facet.YEAR, "2017");

        SearchResults r = search.search(query);

        assertThat(r.total()).isEqualTo(1);
        assertThat(r.items()).extracting(SearchResults.Hit::request).containsExactly("MRI of the left knee");
        // outcome counted under year=2017 only: the 2017 MRI matches are the injection (upheld) and the knee
        assertThat(counts(r, Facet.OUTCOME)).containsExactly(Map.entry("OVERTURNED", 1L), Map.entry("UPHELD", 1L));
        assertThat(r.facet(Facet.OUTCOME)).filteredOn(SearchResults.FacetCount::selected)
                .extracting(SearchResults.FacetCount::value).containsExactly("OVERTURNED");
        // year counted under outcome=OVERTURNED only
        assertThat(counts(r, Facet.YEAR)).containsExactly(Map.entry("2017", 1L));
        // the other facets under both filters
        assertThat(counts(r, Facet.SPECIALTY)).containsOnly(Map.entry("Family Practice", 1L),
                Map.entry("Occupational Medicine", 1L));
    }

    @Test
    void withThreeFiltersEachFacetIsCountedUnderTheOtherTwo() {
        DecisionQuery query = DecisionQuery.all().with(Facet.OUTCOME, "UPHELD").with(Facet.YEAR, "2017")
                .with(Facet.SPECIALTY, "Family Practice");

        SearchResults r = search.search(query);

        // upheld, 2017, a family practice reviewer: only the acupuncture item of CM17-0000003
        assertThat(r.items()).extracting(SearchResults.Hit::request)
                .containsExactly("Acupuncture 2 times a week for 6 weeks");
        // outcome under 2017 + family practice: the acupuncture (upheld) and the knee MRI (overturned)
        assertThat(counts(r, Facet.OUTCOME)).containsExactlyInAnyOrder(Map.entry("UPHELD", 1L),
                Map.entry("OVERTURNED", 1L));
        // year under upheld + family practice: the cervical MRI (2016) and the acupuncture (2017)
        assertThat(counts(r, Facet.YEAR)).containsExactly(Map.entry("2017", 1L), Map.entry("2016", 1L));
        // specialty under upheld + 2017: the injection (orthopaedic surgery) and the acupuncture
        assertThat(counts(r, Facet.SPECIALTY)).containsExactlyInAnyOrder(Map.entry("Family Practice", 1L),
                Map.entry("Occupational Medicine", 1L), Map.entry("Orthopaedic Surgery", 1L));
    }

    @Test
    void browsingByOneFilterCountsItsValuesOverTheWholeLibrary() {
        SearchResults r = search.search(DecisionQuery.all().with(Facet.CATEGORY, "Injection"));

        assertThat(r.total()).isEqualTo(1);
        assertThat(counts(r, Facet.CATEGORY)).containsExactly(Map.entry("Diagnostic Testing", 2L),
                Map.entry("Injection", 1L), Map.entry("Pharmaceuticals", 1L), Map.entry("Rehabilitation", 1L));
        assertThat(counts(r, Facet.OUTCOME)).containsExactly(Map.entry("UPHELD", 1L));
        assertThat(counts(r, Facet.STATE)).containsExactly(Map.entry("California", 1L), Map.entry("Washington", 1L));
    }

    @Test
    void filterValuesWithQuotesAndBackslashesAreSafe() {
        save(Letters.letter("CM17-0000009").reviewer(List.of("O'Brien \\ County"), List.of("Doctor's \"Choice\""))
                .item("TENS unit", Outcome.UPHELD, "Not needed."));

        SearchResults r = search.search(DecisionQuery.text("TENS").with(Facet.STATE, "O'Brien \\ County")
                .with(Facet.SPECIALTY, "Doctor's \"Choice\""));

        assertThat(r.items()).extracting(SearchResults.Hit::caseNumber).containsExactly("CM17-0000009");
        assertThat(search.search(DecisionQuery.all().with(Facet.CATEGORY, "x' | 'y")).total()).isZero();
    }

    @Test
    void aSearchTooLargeToCountInTimeIsEstimatedFromASampleAndShowsTheNewest() {
        for (int i = 0; i < 64; i++) {
            save(Letters.letter(String.format("CM18-%07d", i + 1)).decided(LocalDate.of(2018, 1, 1).plusDays(i))
                    .item("MRI of the right knee", i % 2 == 0 ? Outcome.UPHELD : Outcome.OVERTURNED, "Reviewed."));
        }
        // letters 32 to 63 share a sample bucket: probe that one
        int bucket = jdbc.sql("SELECT hashint8(1::bigint) & 63").query(Integer.class).single();
        DecisionSearch countsLittle = new DecisionSearch(jdbc, transactions, store, 0, bucket);
        DecisionQuery query = DecisionQuery.text("MRI").with(Facet.OUTCOME, "UPHELD");

        SearchResults estimated = countsLittle.search(query);
        SearchResults exact = search.search(query);

        assertThat(exact.estimatedTotal()).isFalse();
        assertThat(exact.estimatedCounts()).isFalse();
        assertThat(exact.total()).isEqualTo(32 + 2);
        assertThat(estimated.estimatedTotal()).isTrue();
        assertThat(estimated.estimatedCounts()).isTrue();
        long sampled = jdbc.sql("SELECT count(*) FROM library_item WHERE (hashint8(letter_id / 32) & 63) = :bucket"
                + " AND outcome = 'UPHELD' AND search_document @@ websearch_to_tsquery('english', 'MRI')")
                .param("bucket", bucket).query(Long.class).single();
        assertThat(sampled).isPositive();
        assertThat(estimated.total()).isEqualTo(DecisionSearchAccess.estimate(sampled * DecisionSearch.SAMPLE_BUCKETS));
        assertThat(estimated.notices()).anyMatch(n -> n.contains("estimates"));
        // the newest upheld MRI items, newest first
        assertThat(estimated.items()).hasSize(20).allSatisfy(h -> assertThat(h.outcome()).isEqualTo(Outcome.UPHELD));
        assertThat(estimated.items().get(0).decisionDate()).isEqualTo(LocalDate.of(2018, 3, 4));
        assertThat(estimated.items()).extracting(SearchResults.Hit::decisionDate)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(estimated.pages()).isLessThanOrEqualTo(SearchResults.APPROXIMATE_RESULTS_PAGED / 20);
        assertThat(estimated.facet(Facet.OUTCOME)).extracting(SearchResults.FacetCount::value).contains("UPHELD");
    }

    @Test
    void manyRowsToCountButFewResultsGiveEstimatedCountsAndAnExactRankedPage() {
        for (int i = 0; i < 64; i++) {
            save(Letters.letter(String.format("CM18-%07d", i + 1)).decided(LocalDate.of(2018, 1, 1).plusDays(i))
                    .item("MRI of the right knee", Outcome.UPHELD, "Reviewed."));
        }
        int bucket = jdbc.sql("SELECT hashint8(1::bigint) & 63").query(Integer.class).single();
        DecisionSearch countsLittle = new DecisionSearch(jdbc, transactions, store, 10, bucket);

        // the words match 67 items (more than 10 to count), but only one overturned MRI passes the filter
        SearchResults r = countsLittle.search(DecisionQuery.text("MRI").with(Facet.OUTCOME, "OVERTURNED"));

        assertThat(r.estimatedCounts()).isTrue();
        assertThat(r.estimatedTotal()).isFalse();
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.items()).extracting(SearchResults.Hit::request).containsExactly("MRI of the left knee");
    }

    @Test
    void thePageRankedOnASecondConnectionIsThePageRankedAfterTheCounts() {
        DecisionSearch oneConnection = new DecisionSearch(jdbc, transactions, store, 5000, 0, 0);
        List<DecisionQuery> queries = List.of(DecisionQuery.text("MRI"),
                DecisionQuery.text("MRI").with(Facet.YEAR, "2017").with(Facet.SPECIALTY, "Family Practice"),
                DecisionQuery.text("medically necessary").with(Facet.OUTCOME, "UPHELD"),
                DecisionQuery.all().with(Facet.OUTCOME, "UPHELD").with(Facet.STATE, "California"),
                new DecisionQuery("necessary", Map.of(), 2, 2));

        for (DecisionQuery query : queries) {
            assertThat(search.search(query)).isEqualTo(oneConnection.search(query));
        }
        SearchResults r = search.search(queries.get(1));
        // the MRI items: the cervical MRI (2016, family practice), the injection (2017, orthopaedic surgery; its
        // summary names an MRI) and the knee MRI (2017, family practice and occupational medicine)
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.items()).extracting(SearchResults.Hit::request).containsExactly("MRI of the left knee");
        assertThat(r.items().get(0).snippet()).contains("<mark>MRI</mark>");
        assertThat(counts(r, Facet.SPECIALTY)).containsExactly(Map.entry("Family Practice", 1L),
                Map.entry("Occupational Medicine", 1L), Map.entry("Orthopaedic Surgery", 1L));
        assertThat(counts(r, Facet.YEAR)).containsExactly(Map.entry("2017", 1L), Map.entry("2016", 1L));
    }

    @Test
    void aRankedPageThatStoppedAtTheExactLimitIsRankedAgainInFull() {
        for (int i = 0; i < 64; i++) {
            save(Letters.letter(String.format("CM18-%07d", i + 1)).decided(LocalDate.of(2018, 1, 1).plusDays(i))
                    .item("MRI of the right knee", Outcome.UPHELD, "Reviewed."));
        }
        // a sample bucket none of the letters is in: the probe finds nothing, so the search counts exactly, while the
        // page, ranked beside the counts, stops after 3 + 1 items and must be ranked again
        int empty = jdbc.sql("SELECT b FROM generate_series(0, 63) b WHERE b NOT IN"
                + " (SELECT hashint8(letter_id / 32) & 63 FROM library_item) ORDER BY b LIMIT 1")
                .query(Integer.class).single();
        DecisionSearch limitOfThree = new DecisionSearch(jdbc, transactions, store, 3, empty);
        DecisionQuery query = DecisionQuery.text("MRI").with(Facet.OUTCOME, "UPHELD").with(Facet.YEAR, "2018");

        SearchResults r = limitOfThree.search(query);

        assertThat(r.estimatedTotal()).isFalse();
        assertThat(r.estimatedCounts()).isFalse();
        assertThat(r.total()).isEqualTo(64);
        assertThat(r.items()).hasSize(20).allSatisfy(h -> assertThat(h.request()).isEqualTo("MRI of the right knee"));
        // ranked by request, then newest first
        assertThat(r.items().get(0).decisionDate()).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(r.items()).extracting(SearchResults.Hit::decisionDate)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(r).isEqualTo(search.search(query));
    }

    @Test
    void estimatesKeepTwoSignificantDigits() {
        assertThat(DecisionSearchAccess.estimate(96)).isEqualTo(96);
        assertThat(DecisionSearchAccess.estimate(1_234)).isEqualTo(1_200);
        assertThat(DecisionSearchAccess.estimate(98_765)).isEqualTo(99_000);
    }

    @Test
    void arrayFacetsFilterByAnyValue() {
        SearchResults r = search.search(DecisionQuery.all().with(Facet.STATE, "Washington", "Nevada"));
        assertThat(r.total()).isEqualTo(3);
        assertThat(counts(r, Facet.STATE)).containsExactly(Map.entry("California", 3L), Map.entry("Nevada", 2L),
                Map.entry("Washington", 1L));

        SearchResults s = search.search(DecisionQuery.all().with(Facet.SPECIALTY, "Orthopaedic Surgery")
                .with(Facet.CATEGORY, "Injection"));
        assertThat(s.items()).extracting(SearchResults.Hit::caseNumber).containsExactly("CM17-0000002");
        assertThat(s.items().get(0).specialties()).containsExactly("Orthopaedic Surgery");
    }

    @Test
    void aChosenValueThatNothingHasIsStillListed() {
        SearchResults r = search.search(DecisionQuery.all().with(Facet.SUBCATEGORY, "Opioids")
                .with(Facet.YEAR, "2017"));
        assertThat(r.total()).isZero();
        assertThat(r.items()).isEmpty();
        assertThat(r.facet(Facet.SUBCATEGORY)).contains(new SearchResults.FacetCount("Opioids", 0, true));
    }

    @Test
    void pagesOfResults() {
        DecisionQuery twoPerPage = new DecisionQuery(null, Map.of(), 1, 2);
        SearchResults first = search.search(twoPerPage);
        SearchResults third = search.search(twoPerPage.withPage(3));

        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(third.items()).extracting(SearchResults.Hit::caseNumber).containsExactly("CM16-0000001");
        assertThat(search.search(twoPerPage.withPage(4)).items()).isEmpty();
    }

    @Test
    void onlyCommonWordsSearchEverythingAndSaySo() {
        SearchResults r = search.search(DecisionQuery.text("the of"));
        assertThat(r.total()).isEqualTo(5);
        assertThat(r.notices()).singleElement().asString().contains("too common");
    }

    @Test
    void snippetsAreEscapedHtml() {
        assertThat(DecisionSearch.snippetHtml("a <b> & \uE000MRI\uE001 \"x\""))
                .isEqualTo("a &lt;b&gt; &amp; <mark>MRI</mark> &quot;x&quot;");
    }

    @Test
    void theUnfilteredCountsFollowNewLetters() {
        assertThat(search.search(DecisionQuery.all()).total()).isEqualTo(5);
        save(Letters.letter("CM17-0000004"));
        assertThat(search.search(DecisionQuery.all()).total()).isEqualTo(6);
    }

    @Test
    void parametersAreCheckedWithClearMessages() {
        assertThat(DecisionQuery.parse(Map.of("q", List.of(" knee "), "outcome", List.of("overturned", ""),
                "year", List.of("2017"), "page", List.of("2"), "size", List.of("10"))))
                .isEqualTo(new DecisionQuery("knee", Map.of(Facet.OUTCOME, java.util.Set.of("OVERTURNED"),
                        Facet.YEAR, java.util.Set.of("2017")), 2, 10));
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("outcome", List.of("maybe"))))
                .isInstanceOf(InvalidQueryException.class).hasMessage("outcome must be UPHELD or OVERTURNED, not 'maybe'");
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("page", List.of("two"))))
                .hasMessage("'page' must be a whole number from 1 to 10000, not 'two'");
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("size", List.of("1000"))))
                .hasMessage("'size' must be a whole number from 1 to 100, not '1000'");
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("year", List.of("17"))))
                .hasMessageContaining("four-digit year");
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("colour", List.of("red"))))
                .hasMessageStartingWith("unknown parameter 'colour'; known: q, page, size, outcome, category");
        assertThatThrownBy(() -> DecisionQuery.parse(Map.of("page", List.of("600"), "size", List.of("20"))))
                .hasMessageContaining("narrow the search");
        assertThat(((InvalidQueryException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DecisionQuery.parse(Map.of("q", List.of("x".repeat(501)))))).parameter()).isEqualTo("q");
    }

    private static List<Map.Entry<String, Long>> counts(SearchResults r, Facet facet) {
        return r.facet(facet).stream().map(c -> Map.entry(c.value(), c.count())).toList();
    }
}
