package org.openimr.determination;

import java.util.List;
import java.util.Objects;

import org.openimr.shared.GuidelineCitation;

/**
 * How one recommendation in force was applied to the request: its id and citation, whether it addresses the case
 * (its applicability conditions), each criterion, each limit, each extension, and what it concludes.
 *
 * @param applies    its applicability conditions ("when"), each evaluated; the recommendation is used only when all hold
 * @param conclusion what the recommendation concludes for this request
 * @param confidence the data's confidence tag (V, S, R1, R2, R3, ODG)
 */
public record RecommendationTrace(String id, String title, GuidelineCitation citation, String strength,
        String confidence, List<CriterionFinding> applies, List<CriterionFinding> criteria, List<LimitFinding> limits,
        List<CriterionFinding> extensions, Conclusion conclusion, String summary) {

    /** What a recommendation concludes for a request. */
    public enum Conclusion {
        /** Its applicability conditions do not all hold: it does not address this case. */
        DOES_NOT_APPLY,
        /** The guideline does not recommend the treatment for this case. */
        NOT_RECOMMENDED,
        /** A criterion does not hold or a limit is exceeded. */
        NOT_SUPPORTED,
        /** A criterion or figure the recommendation needs is not documented. */
        UNDOCUMENTED,
        /** Every criterion holds on documented facts and the request is within the limits. */
        SUPPORTED
    }

    public RecommendationTrace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        applies = List.copyOf(applies);
        criteria = List.copyOf(criteria);
        limits = List.copyOf(limits);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(conclusion, "conclusion");
    }
}
