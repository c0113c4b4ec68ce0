package org.openimr.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * What search results can be narrowed by. Values of one facet combine with OR, facets with AND; each facet's
 * counts are taken under the other facets' filters, so a count says how many results choosing that value gives.
 */
public enum Facet {
    /** The item's outcome: UPHELD or OVERTURNED. */
    OUTCOME("outcome", "Outcome", "outcome", false),
    /** The DWC request category, e.g. Pharmaceuticals. */
    CATEGORY("category", "Request category", "category", false),
    /** The DWC request subcategory, e.g. Opioids. */
    SUBCATEGORY("subcategory", "Subcategory", "subcategory", false),
    /** The MTUS guideline the expert reviewer cited, e.g. Chronic Pain Medical Treatment. */
    GUIDELINE("guideline", "Guideline cited by the reviewer", "rv_guideline", false),
    /** The edition of that guideline, e.g. 2016. */
    EDITION("edition", "Guideline edition", "rv_edition", false),
    /** A board certification or specialty of the expert reviewer. */
    SPECIALTY("specialty", "Reviewer specialty", "specialties", true),
    /** A state where the expert reviewer is licensed. */
    STATE("state", "Reviewer licensed in", "states", true),
    /** The year of the decision. */
    YEAR("year", "Decision year", "decision_year", false);

    private final String parameter;
    private final String label;
    private final String column;
    private final boolean multiValuedColumn;

    Facet(String parameter, String label, String column, boolean multiValuedColumn) {
        this.parameter = parameter;
        this.label = label;
        this.column = column;
        this.multiValuedColumn = multiValuedColumn;
    }

    /** The name of the facet as a query parameter and in JSON. */
    public String parameter() {
        return parameter;
    }

    /** The facet's name on a page. */
    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    boolean multiValuedColumn() {
        return multiValuedColumn;
    }

    public static Optional<Facet> byParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
