package org.openimr.determination.internal;

import java.util.List;

import org.openimr.determination.Evidence;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Limit;

/** A counted limit decided: the count against the most the guideline allows ("..., within the 4 the guideline allows"). */
final class GuidelineMaximum {

    private GuidelineMaximum() {
    }

    /** MET when {@code total} is at most {@code max}, NOT_MET when more; {@code sum} says how the total was reached. */
    static LimitFinding compare(Limit limit, String sum, int total, int max, List<Evidence> evidence) {
        boolean ok = total <= max;
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, sum + (ok ? ", within"
                : ", more than") + " the " + max + " the guideline allows", evidence, false, "");
    }
}
