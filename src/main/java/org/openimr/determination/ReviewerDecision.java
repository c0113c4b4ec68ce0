package org.openimr.determination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/**
 * The physician reviewer's decision of one disputed item, made from the engine's {@link Draft}: the outcome (a
 * letter knows only Upheld and Overturned, so a REFER draft must be decided), the guideline the decision rests on
 * (an MTUS recommendation, or a source outside the MTUS with the reason the MTUS does not apply, per the medical
 * evidence search sequence of 8 CCR 9792.21.1) and the rationale. Deciding against the draft's outcome needs a reason,
 * which is kept.
 *
 * @param draftOutcome    what the engine proposed
 * @param reasonForChange why the reviewer decided otherwise than the draft; present exactly when the outcome differs
 *                        from a draft's UPHELD or OVERTURNED
 * @param whyNotMtus      for a citation outside the MTUS, why the MTUS does not apply; empty for an MTUS citation
 */
public record ReviewerDecision(int item, Outcome outcome, DraftOutcome draftOutcome, Optional<String> reasonForChange,
        GuidelineCitation citation, Optional<String> whyNotMtus, String rationale) {

    public ReviewerDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(draftOutcome, "draft outcome");
        Objects.requireNonNull(reasonForChange, "reason for change");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(whyNotMtus, "why not MTUS");
        Objects.requireNonNull(rationale, "rationale");
    }

    /** True when the reviewer decided otherwise than the draft proposed. */
    public boolean changesDraft() {
        return draftOutcome.outcome().filter(o -> o != outcome).isPresent();
    }

    /**
     * Checks the reviewer's choices against the draft and gives the decision, or throws
     * {@link InvalidDecisionException} with a message per field: the outcome is required; a change of the draft's
     * outcome needs its reason; the citation must be an MTUS one, or a source outside the MTUS with the reason the
     * MTUS does not apply; the rationale must be written.
     */
    public static ReviewerDecision of(Draft draft, Outcome outcome, Optional<GuidelineCitation> citation,
            String whyNotMtus, String rationale, String reasonForChange) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", draft.outcome() == DraftOutcome.REFER
                    ? "The draft refers this item to you: choose Upheld or Overturned."
                    : "Choose Upheld or Overturned.");
        }
        boolean changed = outcome != null && draft.outcome().outcome().filter(o -> o != outcome).isPresent();
        if (changed && isBlank(reasonForChange)) {
            problems.put("reasonForChange", "You changed the draft's outcome (" + draft.outcome().name().toLowerCase()
                    + "): say why.");
        }
        if (citation.isEmpty()) {
            problems.put("citation", "Choose the guideline the decision rests on.");
        } else if (citation.get().basis() == CitationBasis.NONE) {
            problems.put("citation", "A decision cites a guideline: an MTUS recommendation, or a source outside the "
                    + "MTUS.");
        } else if (citation.get().basis() == CitationBasis.NON_MTUS && isBlank(whyNotMtus)) {
            problems.put("whyNotMtus", "A source outside the MTUS needs the reason the MTUS does not apply.");
        }
        if (isBlank(rationale)) {
            problems.put("rationale", "Write the rationale.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(draft.item(), problems);
        }
        boolean nonMtus = citation.get().basis() == CitationBasis.NON_MTUS;
        return new ReviewerDecision(draft.item(), outcome, draft.outcome(),
                changed ? Optional.of(reasonForChange.strip()) : Optional.empty(), citation.get(),
                nonMtus ? Optional.of(whyNotMtus.strip()) : Optional.empty(), rationale.strip());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
