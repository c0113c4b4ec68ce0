package org.openimr.determination;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a draft rests on, for the physician to check: the request date and which header date it is, the
 * phase of care (with the facts that fixed it), the editions in force, each recommendation considered, and the
 * framework rule applied when a condition was not documented.
 *
 * @param requestDateBasis which date the request date is ("UR denial date", "date given on the command line")
 * @param phase            acute, subacute, chronic or postsurgical, as the engine read it, and why
 * @param steps            the engine's reasoning in order, in plain words (each fact it states has evidence)
 */
public record Trace(Optional<LocalDate> requestDate, String requestDateBasis, InterpretedRequest request,
        String phase, List<Evidence> phaseEvidence, List<String> editionsInForce,
        List<RecommendationTrace> recommendations, List<String> steps) {

    public Trace {
        Objects.requireNonNull(requestDate, "request date");
        Objects.requireNonNull(request, "request");
        phaseEvidence = List.copyOf(phaseEvidence);
        editionsInForce = List.copyOf(editionsInForce);
        recommendations = List.copyOf(recommendations);
        steps = List.copyOf(steps);
    }
}
