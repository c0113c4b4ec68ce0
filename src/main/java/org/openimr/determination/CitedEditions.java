package org.openimr.determination;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openimr.guidelines.Edition;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.GuidelineDocument;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;

/**
 * Whether the MTUS edition a letter's guideline line cites was in force on the request date, by the catalogue's one
 * rule ({@link GuidelineCatalogue#editionInForce}). The public face for modules that may not read the guideline data
 * themselves (cases checks letters before issue with it). Immutable and thread-safe.
 */
public final class CitedEditions {

    /** How a citation stands against the editions in force on a date. */
    public enum Standing {
        /** The cited edition (or, when the line names none, the guideline's edition of that date) was in force. */
        IN_FORCE,
        /** The cited edition was not in force on the date, or the guideline had no edition in force then. */
        NOT_IN_FORCE,
        /** The guideline or its edition is not in the catalogue: it cannot be checked. */
        UNKNOWN,
        /** The line cites no MTUS guideline: nothing to check. */
        NOT_MTUS
    }

    /** The standing of one citation and, in plain words, why. */
    public record EditionCheck(Standing standing, String explanation) {
    }

    private static final class Default {
        static final CitedEditions INSTANCE = new CitedEditions(GuidelineCatalogue.loadDefault());
    }

    private final GuidelineCatalogue catalogue;

    public CitedEditions(GuidelineCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The catalogue shipped with OpenIMR, loaded once. */
    public static CitedEditions standard() {
        return Default.INSTANCE;
    }

    /** Checks a guideline line against the editions in force on {@code requestDate}. */
    public EditionCheck check(GuidelineCitation citation, LocalDate requestDate) {
        Objects.requireNonNull(requestDate, "request date");
        if (citation == null || citation.basis() != CitationBasis.MTUS || citation.guideline() == null) {
            return new EditionCheck(Standing.NOT_MTUS, "no MTUS guideline is cited");
        }
        String name = citation.guideline().strip();
        Optional<GuidelineDocument> document = catalogue.findDocument(name);
        if (document.isEmpty()) {
            return new EditionCheck(Standing.UNKNOWN, "\"" + name + "\" is not a guideline of the MTUS data");
        }
        Optional<Edition> inForce = catalogue.editionInForce(document.get(), requestDate);
        String cited = citation.edition() == null ? "" : citation.edition().strip();
        if (cited.isEmpty()) {
            return inForce.isPresent()
                    ? new EditionCheck(Standing.IN_FORCE, inForce.get().displayName() + " was in force")
                    : new EditionCheck(Standing.NOT_IN_FORCE, "no edition of " + name + " was in force on "
                            + requestDate);
        }
        Optional<Edition> edition = catalogue.findEdition(name, cited);
        if (edition.isEmpty()) {
            return new EditionCheck(Standing.UNKNOWN, name + " has no edition \"" + cited + "\" in the MTUS data");
        }
        if (edition.get().isInForceOn(requestDate)) {
            return new EditionCheck(Standing.IN_FORCE, edition.get().displayName() + " was in force");
        }
        return new EditionCheck(Standing.NOT_IN_FORCE, edition.get().displayName() + " was in force from "
                + edition.get().effectiveFrom() + edition.get().effectiveUntil().map(to -> " to " + to).orElse("")
                + ", not on " + requestDate
                + inForce.map(e -> "; " + e.displayName() + " was").orElse("; no edition of it was"));
    }

    /**
     * The MTUS citation of the edition of a guideline (named as letters print it) in force on a date, named as that
     * edition is cited, without sections or pages; empty when no edition of it was in force then.
     */
    public Optional<GuidelineCitation> citationInForce(String guidelineAsPrinted, LocalDate date) {
        return catalogue.findDocument(guidelineAsPrinted).flatMap(d -> catalogue.editionInForce(d, date))
                .map(e -> GuidelineCitation.mtus(e.citedAs(), e.label(), List.of(), List.of(), List.of(), null));
    }
}
