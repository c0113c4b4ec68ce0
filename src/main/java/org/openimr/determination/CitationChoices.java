package org.openimr.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Recommendation;

/**
 * The guidelines a reviewer may cite for a disputed item, from the guideline data: the recommendations whose edition
 * was in force on the request date first (the draft's own recommendation at the very top), then those of other
 * editions. Recommendations of sources outside the MTUS (ODG) are choices too, each with its source.
 */
public final class CitationChoices {

    private final GuidelineCatalogue catalogue;

    public CitationChoices(DeterminationEngine engine) {
        this.catalogue = engine.catalogue();
    }

    /** The choices for a draft, in the order they are offered. */
    public List<CitationChoice> forDraft(Draft draft) {
        Optional<LocalDate> requestDate = draft.trace().requestDate();
        Optional<String> decisive = draft.trace().recommendations().stream()
                .filter(r -> draft.citation().filter(c -> c.equals(r.citation())).isPresent())
                .map(RecommendationTrace::id).findFirst();
        List<CitationChoice> choices = new ArrayList<>();
        for (Recommendation r : catalogue.recommendations()) {
            boolean inForce = requestDate.map(d -> catalogue.isInForce(r, d)).orElse(false);
            choices.add(new CitationChoice(r.id(), r.title(), r.guidelineCitation(), inForce));
        }
        choices.sort(Comparator.comparing((CitationChoice c) -> decisive.filter(c.id()::equals).isEmpty())
                .thenComparing(c -> !c.inForce())
                .thenComparing(c -> c.citation().basis())
                .thenComparing(CitationChoice::title, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(choices);
    }

    /** The choice of a recommendation id, if the guideline data has it. */
    public Optional<CitationChoice> byId(Draft draft, String id) {
        return forDraft(draft).stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
