package org.openimr.casefile.internal;

/**
 * Regular-expression pieces for the clinical shorthand records are written in, where a Java pattern (not a table)
 * reads a word: "w/o" and "w/out" for "without", "w/" for "with" ("VAS 8/10 w/o meds, 3/10 w/ meds", "PT x12 w/o
 * relief"). Each piece is a non-capturing group; a piece that ends in "/" takes the space after it as optional.
 */
final class Shorthand {

    /** "without", "w/o", "w/out". */
    static final String WITHOUT = "(?:without|w/o|w/out)";
    /** "with" followed by white space, or "w/" followed by optional white space. */
    static final String WITH_SPACE = "(?:with\\s+|w/(?![o/])\\s*)";

    private Shorthand() {
    }
}
