package org.openimr.library.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openimr.letters.LetterJson;
import org.openimr.library.AnalyticsReport;
import org.openimr.library.DecisionQuery;
import org.openimr.library.DecisionSearch;
import org.openimr.library.Facet;
import org.openimr.library.LetterStore;
import org.openimr.library.LibraryAnalytics;
import org.openimr.library.SearchResults;
import org.openimr.library.StoredLetter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library's JSON API, open to everyone without login: search the decisions, read a letter, the analytics.
 * Bad parameters give RFC 9457 problem details ({@link LibraryApiProblems}).
 */
@RestController
class DecisionApi {

    private final DecisionSearch search;
    private final LetterStore store;
    private final LibraryAnalytics analytics;

    DecisionApi(DecisionSearch search, LetterStore store, LibraryAnalytics analytics) {
        this.search = search;
        this.store = store;
        this.analytics = analytics;
    }

    /** One page of decisions (disputed items) matching the words and filters, with every facet's counts. */
    @GetMapping(path = "/api/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    Decisions decisions(@RequestParam MultiValueMap<String, String> parameters) {
        SearchResults results = search.search(DecisionQuery.parse(parameters));
        String base = Links.base();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), results.facet(facet).stream()
                    .map(c -> new FacetValue(c.value(), c.count(), c.selected())).toList());
        }
        return new Decisions(results.total(), results.estimatedTotal(), results.estimatedCounts(),
                results.query().page(), results.query().size(),
                results.pages(),
                results.items().stream().map(h -> new Item(h.caseNumber(), h.reference(), h.itemIndex(), h.request(),
                        h.outcome().name(), h.category().category(), h.category().subcategory(), h.decisionDate(),
                        new Guideline(h.reviewerGuideline().basis().name(), h.reviewerGuideline().guideline(),
                                h.reviewerGuideline().edition()),
                        h.specialties(), h.snippet(), base + Links.item(h.reference(), h.itemIndex()))).toList(),
                facets, results.notices());
    }

    /**
     * A whole letter: the fields of the letter JSON schema (docs/letter-schema.md, as {@code openimr letters parse}
     * prints it), with the library's reference, page address and each item's request category.
     */
    @GetMapping(path = "/api/decisions/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode letter(@PathVariable String reference) {
        StoredLetter stored = store.find(reference).orElseThrow(() -> new LetterNotFoundException(reference));
        return letterJson(stored, Links.base());
    }

    static ObjectNode letterJson(StoredLetter stored, String base) {
        ObjectNode json = LetterJson.toJson(stored.sourceName(), stored.letter());
        json.put("reference", stored.reference());
        json.put("letterUrl", base + Links.letter(stored.reference()));
        json.put("ingestedAt", stored.ingestedAt().toString());
        ArrayNode items = (ArrayNode) json.get("items");
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = (ObjectNode) items.get(i);
            item.put("itemIndex", i + 1);
            item.put("category", stored.categories().get(i).category());
            item.put("subcategory", stored.categories().get(i).subcategory());
        }
        return json;
    }

    /** The figures of the analytics page. */
    @GetMapping(path = "/api/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
    AnalyticsReport analytics() {
        return analytics.report();
    }

    /**
     * A page of search results. {@code pages}: how many pages the results fill (at most 10,000 results are paged).
     * {@code estimatedCounts}: the words or a filter leave too many items to count in time, so the facet counts are
     * estimates from a sample (two significant digits); {@code estimatedTotal}: the total is an estimate too, the
     * items are then the newest, and the first 1,000 are paged.
     */
    record Decisions(long total, boolean estimatedTotal, boolean estimatedCounts, int page, int size, int pages,
            List<Item> items,
            Map<String, List<FacetValue>> facets, List<String> notices) {
    }

    /**
     * A decision found: one disputed item of a letter.
     *
     * @param snippet HTML: a passage with the words found in {@code <mark>}, everything else escaped
     */
    record Item(String caseNumber, String reference, int itemIndex, String request, String outcome, String category,
            String subcategory, LocalDate decisionDate, Guideline reviewerGuideline, List<String> specialties,
            String snippet, String letterUrl) {
    }

    record Guideline(String basis, String guideline, String edition) {
    }

    record FacetValue(String value, long count, boolean selected) {
    }
}
