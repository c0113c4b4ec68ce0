package org.openimr.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

/**
 * Where a recommendation stands in its guideline: the edition, and the sections and/or pages. Renders the guideline
 * line a letter prints.
 */
public record Citation(Edition edition, List<String> sections, List<PageRange> pages) {

    public Citation {
        Objects.requireNonNull(edition, "edition");
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
        if (sections.isEmpty() && pages.isEmpty()) {
            throw new IllegalArgumentException("a citation needs a section or pages: " + edition.id());
        }
    }

    /** The guideline line in the layout of the 2016-17 letters, typed. */
    public GuidelineCitation toGuidelineCitation() {
        return toGuidelineCitation(CitationStyle.SECTIONS);
    }

    /** The guideline line in the given layout, typed. */
    public GuidelineCitation toGuidelineCitation(CitationStyle style) {
        String text = render(style);
        if (!edition.document().isMtus()) {
            return GuidelineCitation.nonMtus(List.of(nonMtusSource()), text);
        }
        return switch (style) {
            case SECTIONS -> GuidelineCitation.mtus(edition.citedAs(), edition.label(),
                    edition.printsSections() ? sections : List.of(), pages, List.of(), text);
            case PAGES -> GuidelineCitation.mtus(edition.document().pagesStyleName(), null,
                    pages.isEmpty() ? sections : List.of(), pages, List.of(), text);
        };
    }

    /**
     * The guideline line as a letter prints it after its label, e.g. "Decision based on MTUS Chronic Pain Medical
     * Treatment 2016, Section(s): Physical medicine treatment."
     */
    public String render(CitationStyle style) {
        if (!edition.document().isMtus()) {
            return "Decision based on Non-MTUS Citation " + nonMtusSource() + ".";
        }
        return switch (style) {
            case SECTIONS -> {
                String head = "Decision based on MTUS " + edition.displayName();
                if (!edition.printsSections()) {
                    yield head + ".";
                }
                yield sections.isEmpty() ? head + ", Page(s): " + pageText() + "."
                        : head + ", Section(s): " + String.join(", ", sections) + ".";
            }
            case PAGES -> {
                String head = "Decision based on MTUS " + edition.document().pagesStyleName();
                yield pages.isEmpty() ? head + ", Section(s): " + String.join(", ", sections) + "."
                        : head + " Page(s): " + pageText() + ".";
            }
        };
    }

    private String nonMtusSource() {
        List<String> parts = new ArrayList<>();
        parts.add(edition.citedAs());
        parts.addAll(sections);
        return String.join(", ", parts);
    }

    private String pageText() {
        return pages.stream().map(PageRange::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return render(CitationStyle.SECTIONS);
    }
}
