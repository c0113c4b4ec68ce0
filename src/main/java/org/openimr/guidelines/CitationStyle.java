package org.openimr.guidelines;

/** How a letter lays out a guideline line. */
public enum CitationStyle {
    /**
     * The layout of the 2016-17 letters: "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
     * Physical medicine treatment." Pages are printed only when no section is known.
     */
    SECTIONS,
    /**
     * The layout of the 2013-14 letters (the seed): "Decision based on MTUS Chronic Pain Treatment Guidelines
     * Page(s): 98-99." Sections are printed only when no page is known.
     */
    PAGES
}
