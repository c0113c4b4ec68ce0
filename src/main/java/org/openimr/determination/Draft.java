package org.openimr.determination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openimr.shared.GuidelineCitation;

/**
 * The engine's draft determination of one disputed item, for the physician reviewer to decide: the proposed outcome
 * (or REFER), the guideline line as the IMRO would print it, a plain-language rationale whose every fact sentence
 * points to the record, the full trace, and the documentation that would change the outcome.
 *
 * @param item                  the item's place in the case (0-based)
 * @param citation              the recommendation the draft rests on, as a letter prints it; empty for REFER without
 *                              a governing recommendation
 * @param missingDocumentation  what the record would need to show for a different outcome
 */
public record Draft(int item, String request, InterpretedRequest interpreted, DraftOutcome outcome,
        Optional<GuidelineCitation> citation, List<RationaleSentence> rationaleSentences, Trace trace,
        List<String> missingDocumentation) {

    public Draft {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(interpreted, "interpreted");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(citation, "citation");
        rationaleSentences = List.copyOf(rationaleSentences);
        Objects.requireNonNull(trace, "trace");
        missingDocumentation = List.copyOf(missingDocumentation);
    }

    /** The rationale as one paragraph. */
    public String rationale() {
        return rationaleSentences.stream().map(RationaleSentence::text).collect(Collectors.joining(" "));
    }

    /** "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.", or "". */
    public String citationText() {
        return citation.map(GuidelineCitation::text).orElse("");
    }
}
