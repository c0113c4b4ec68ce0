package org.openimr.library;

import org.openimr.shared.RequestCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;

/**
 * One page of a search: how many items match, the items of the page, and the counts of each facet's values under
 * the other facets' filters. A search whose words or filters leave too many items to count in time estimates from
 * a sample (to two significant digits): {@code estimatedCounts} says the facet counts are estimates,
 * {@code estimatedTotal} that the total is too (then the items are the newest, and the first 1,000 are paged).
 *
 * @param notices things the reader should know about how the search was run (words ignored, ...)
 */
public record SearchResults(DecisionQuery query, long total, boolean estimatedTotal, boolean estimatedCounts,
        List<Hit> items,
        Map<Facet, List<FacetCount>> facets, List<String> notices) {

    /** How far a result too large to count exactly can be paged (its newest items). */
    public static final int APPROXIMATE_RESULTS_PAGED = 1_000;

    public SearchResults {
        items = List.copyOf(items);
        // in the facets' own order (Map.copyOf's order changes from one run of the JVM to the next)
        EnumMap<Facet, List<FacetCount>> ordered = new EnumMap<>(Facet.class);
        facets.forEach((facet, counts) -> ordered.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(ordered);
        notices = List.copyOf(notices);
    }

    /** The number of pages the results fill, as far as they can be paged. */
    public int pages() {
        long reachable = Math.min(total, estimatedTotal ? APPROXIMATE_RESULTS_PAGED : DecisionQuery.MAX_RESULTS_PAGED);
        return (int) Math.max(1, (reachable + query.size() - 1) / query.size());
    }

    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /**
     * One disputed item found.
     *
     * @param reference how the library names the letter (its case number, or "sha-..." without one)
     * @param caseNumber null for a letter without a case number
     * @param snippet    HTML: a passage of the rationale or summary with the words found in {@code <mark>}; every
     *                   other character escaped
     */
    public record Hit(String reference, String caseNumber, int itemIndex, String request, Outcome outcome,
            RequestCategory category, LocalDate decisionDate, ReviewerGuideline reviewerGuideline,
            List<String> specialties, String snippet) {

        public Hit {
            specialties = List.copyOf(specialties);
        }
    }

    /** What the expert reviewer's guideline line rests on; guideline and edition only for an MTUS citation. */
    public record ReviewerGuideline(CitationBasis basis, String guideline, String edition) {
    }

    /** A value of a facet, how many results have it, and whether the query filters on it. */
    public record FacetCount(String value, long count, boolean selected) {
    }
}
