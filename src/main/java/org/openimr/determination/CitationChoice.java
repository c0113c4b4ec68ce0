package org.openimr.determination;

import java.util.Objects;

import org.openimr.shared.GuidelineCitation;

/**
 * A guideline the reviewer may cite: a recommendation of the guideline data, with whether its edition was in force on
 * the request date.
 *
 * @param id       the recommendation's id in the guideline data
 * @param title    the recommendation's title
 * @param inForce  whether its edition was in force on the request date
 */
public record CitationChoice(String id, String title, GuidelineCitation citation, boolean inForce) {

    public CitationChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
    }

    /** "Physical medicine (MTUS Chronic Pain Medical Treatment 2016, Section(s): ...)". */
    public String label() {
        return title + " — " + citation.text() + (inForce ? "" : " (edition not in force on the request date)");
    }
}
