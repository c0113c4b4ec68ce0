package org.openimr.library.web;

import java.util.List;

import org.openimr.library.DecisionQuery;
import org.openimr.library.Facet;
import org.openimr.library.OpenDataExport;

/** The open data page: the downloads, their columns, and the API. */
public record DataPage(long items, long letters, List<OpenDataExport.Column> columns, String listSeparator,
        List<Facet> facets, int defaultSize, int maxSize, int maxResults) {

    static DataPage of(long items, long letters) {
        return new DataPage(items, letters, OpenDataExport.COLUMNS, OpenDataExport.LIST_SEPARATOR,
                List.of(Facet.values()), DecisionQuery.DEFAULT_SIZE, DecisionQuery.MAX_SIZE,
                DecisionQuery.MAX_RESULTS_PAGED);
    }
}
