package org.openimr.shared;

import java.util.List;
import java.util.Objects;

/**
 * A guideline line of a letter, typed. For an MTUS citation, {@code guideline}, {@code edition}, {@code sections}
 * and {@code pages} describe the first MTUS source the line names; every other source it names is kept in
 * {@code otherSources}. {@code text} is the line as the letter prints it (label removed, white space collapsed).
 *
 * @param guideline the MTUS guideline as the letter names it, e.g. "Chronic Pain Medical Treatment"; null unless MTUS
 * @param edition   the edition or year as the letter names it, e.g. "2016"; null when not stated
 */
public record GuidelineCitation(CitationBasis basis, String guideline, String edition, List<String> sections,
        List<PageRange> pages, List<String> otherSources, String text) {

    public GuidelineCitation {
        Objects.requireNonNull(basis, "basis");
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
        otherSources = List.copyOf(otherSources);
        text = text == null ? "" : text;
    }

    public static GuidelineCitation none(String text) {
        return new GuidelineCitation(CitationBasis.NONE, null, null, List.of(), List.of(), List.of(), text);
    }

    public static GuidelineCitation nonMtus(List<String> sources, String text) {
        return new GuidelineCitation(CitationBasis.NON_MTUS, null, null, List.of(), List.of(), sources, text);
    }

    public static GuidelineCitation mtus(String guideline, String edition, List<String> sections,
            List<PageRange> pages, List<String> otherSources, String text) {
        return new GuidelineCitation(CitationBasis.MTUS, guideline, edition, sections, pages, otherSources, text);
    }
}
