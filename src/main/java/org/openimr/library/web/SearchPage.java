package org.openimr.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openimr.library.DecisionQuery;
import org.openimr.library.Facet;
import org.openimr.library.SearchResults;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;

/** What the search page shows: the form with its filters and counts, the results, the pages. */
public record SearchPage(String words, String error, String summary, List<String> notices, List<FacetView> facets,
        List<ActiveFilter> active, List<HitView> hits, List<PageLink> pages, String previous, String next,
        String clearAll, long total) {

    static final int FACET_VALUES_SHOWN = 8;

    /** A facet as a group of checkboxes: the first values shown, the rest behind "more". */
    public record FacetView(String parameter, String label, List<Option> shown, List<Option> more) {

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    /** A value of a facet as a checkbox. */
    public record Option(String id, String value, String label, String count, boolean checked) {
    }

    /** A filter in force, with the link that removes it. */
    public record ActiveFilter(String label, String removeUrl) {
    }

    /** A decision found. {@code snippetHtml} is escaped HTML with {@code <mark>}. */
    public record HitView(String url, String letterTitle, String request, String outcome, boolean overturned,
            String category, String decided, String guideline, String specialties, String snippetHtml) {
    }

    public record PageLink(int number, String url, boolean current) {
    }

    static SearchPage of(SearchResults results) {
        DecisionQuery query = results.query();
        List<FacetView> facets = new ArrayList<>();
        List<ActiveFilter> active = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<Option> options = new ArrayList<>();
            int n = 0;
            for (SearchResults.FacetCount c : results.facet(facet)) {
                options.add(new Option(facet.parameter() + "-" + n++, c.value(), valueLabel(facet, c.value()),
                        (results.estimatedCounts() ? "about " : "") + Text.number(c.count()), c.selected()));
                if (c.selected()) {
                    active.add(new ActiveFilter(facet.label() + ": " + valueLabel(facet, c.value()),
                            url(without(query, facet, c.value()), 1)));
                }
            }
            // chosen values stay visible, whatever their count
            List<Option> shown = new ArrayList<>(options.subList(0, Math.min(FACET_VALUES_SHOWN, options.size())));
            List<Option> more = new ArrayList<>();
            for (Option o : options.subList(shown.size(), options.size())) {
                (o.checked() ? shown : more).add(o);
            }
            facets.add(new FacetView(facet.parameter(), facet.label(), shown, more));
        }
        List<HitView> hits = results.items().stream().map(SearchPage::hit).toList();
        List<PageLink> pages = new ArrayList<>();
        int last = results.pages();
        int current = query.page();
        for (int p = Math.max(1, current - 3); p <= Math.min(last, current + 3); p++) {
            pages.add(new PageLink(p, url(query, p), p == current));
        }
        String previous = current > 1 ? url(query, current - 1) : null;
        String next = current < last ? url(query, current + 1) : null;
        return new SearchPage(query.text() == null ? "" : query.text(), null, summary(results), results.notices(),
                facets, active, hits, pages, previous, next, "/decisions", results.total());
    }

    static SearchPage error(String words, String message) {
        return new SearchPage(words == null ? "" : words, message, "The search could not be run.", List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, "/decisions", 0);
    }

    private static String summary(SearchResults r) {
        DecisionQuery q = r.query();
        String what = (r.estimatedTotal() ? "About " : "") + (r.total() == 1 ? "1 decision"
                : Text.number(r.total()) + " decisions");
        String words = q.text() == null ? "" : " match \u201c" + q.text() + "\u201d";
        String filters = q.hasFilters() ? (q.text() == null ? " match your filters" : " and your filters") : "";
        String paging = r.total() > q.size() ? " Page " + q.page() + " of " + Text.number(r.pages()) + "." : "";
        if (q.text() == null && !q.hasFilters()) {
            return what + " in the library, newest first." + paging;
        }
        return what + words + filters + "." + paging;
    }

    private static HitView hit(SearchResults.Hit h) {
        SearchResults.ReviewerGuideline g = h.reviewerGuideline();
        String guideline = g.basis() == CitationBasis.MTUS
                ? "MTUS " + (g.guideline() == null ? "" : g.guideline()) + (g.edition() == null ? "" : " " + g.edition())
                : g.basis() == CitationBasis.NON_MTUS ? "Sources outside the MTUS" : "No medical evidence cited";
        String title = (h.caseNumber() == null ? "Letter without case number" : "Case " + h.caseNumber())
                + ", item " + h.itemIndex();
        return new HitView(Links.item(h.reference(), h.itemIndex()), title, h.request(), h.outcome().label(),
                h.outcome() == Outcome.OVERTURNED, h.category().label(), Text.date(h.decisionDate()), guideline.strip(),
                String.join(", ", h.specialties()), h.snippet());
    }

    static String valueLabel(Facet facet, String value) {
        if (facet == Facet.OUTCOME) {
            return Outcome.valueOf(value).label();
        }
        return value;
    }

    static String url(DecisionQuery query, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.toParameters());
        if (page > 1) {
            parameters.put("page", List.of(Integer.toString(page)));
        }
        return Links.withParameters("/decisions", parameters);
    }

    private static DecisionQuery without(DecisionQuery query, Facet facet, String value) {
        Set<String> values = new LinkedHashSet<>(query.values(facet));
        values.remove(value);
        return query.with(facet, values.toArray(String[]::new));
    }
}
