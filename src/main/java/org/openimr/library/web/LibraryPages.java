package org.openimr.library.web;

import jakarta.servlet.http.HttpServletResponse;

import org.openimr.library.AnalyticsReport;
import org.openimr.library.DecisionQuery;
import org.openimr.library.DecisionSearch;
import org.openimr.library.InvalidQueryException;
import org.openimr.library.LetterStore;
import org.openimr.library.LibraryAnalytics;
import org.openimr.library.StoredLetter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The library's pages, rendered on the server (JTE templates under src/main/jte/library). */
@Controller
class LibraryPages {

    private final DecisionSearch search;
    private final LetterStore store;
    private final LibraryAnalytics analytics;

    LibraryPages(DecisionSearch search, LetterStore store, LibraryAnalytics analytics) {
        this.search = search;
        this.store = store;
        this.analytics = analytics;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", HomePage.of(analytics.report()));
        return "library/home";
    }

    @GetMapping("/decisions")
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletResponse response) {
        SearchPage page;
        try {
            page = SearchPage.of(search.search(DecisionQuery.parse(parameters)));
        } catch (InvalidQueryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = SearchPage.error(parameters.getFirst("q"), e.getMessage());
        }
        model.addAttribute("page", page);
        return "library/search";
    }

    @GetMapping("/decisions/{reference}")
    String letter(@PathVariable String reference, Model model, HttpServletResponse response) {
        StoredLetter stored = store.find(reference).orElse(null);
        if (stored == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("title", "Letter not found");
            model.addAttribute("message", "There is no letter " + reference + " in the library. Check the case"
                    + " number, or search for the decision.");
            return "library/notfound";
        }
        model.addAttribute("page", LetterPage.of(stored));
        return "library/letter";
    }

    @GetMapping("/analytics")
    String analytics(Model model) {
        model.addAttribute("page", AnalyticsPage.of(analytics.report()));
        return "library/analytics";
    }

    @GetMapping("/data")
    String data(Model model) {
        AnalyticsReport.Totals totals = analytics.report().totals();
        model.addAttribute("page", DataPage.of(totals.items(), totals.letters()));
        return "library/data";
    }
}
