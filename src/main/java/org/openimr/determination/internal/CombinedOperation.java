package org.openimr.determination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openimr.determination.DraftOutcome;

/**
 * A request naming several operations definitely ("R shoulder scope with SAD, DCE and RCR", "ACL reconstruction with
 * partial meniscectomy") is decided as IMR letters decide it: each procedure by its own rule, the item OVERTURNED only
 * when every one of them is, else as the weakest (UPHELD before REFER): a procedure not shown necessary, or one the
 * reviewer must decide, leaves the whole operation so. An alternative ("SAD vs RCR", "SAD and/or RCR") names what
 * follows only as possible, as "possible RCR" does ({@code tentativeProcedures}), so it is not among the procedures.
 */
public final class CombinedOperation {

    /** The item as decided (read as its weakest procedure) and its evaluation. */
    public record Decided(CaseRecord item, RequestEvaluator.Evaluation evaluation) {
    }

    private CombinedOperation() {
    }

    public static Decided decide(CaseRecord item, RequestEvaluator.Evaluation first, List<String> procedures,
            Function<CaseRecord, RequestEvaluator.Evaluation> evaluate) {
        String read = item.request().surgery().orElse(null);
        if (procedures.size() < 2 || read == null) {
            return new Decided(item, first);
        }
        CaseRecord weakestItem = item;
        RequestEvaluator.Evaluation weakest = first;
        List<String> each = new ArrayList<>();
        each.add(read + " " + first.outcome());
        for (String code : procedures) {
            if (code.equals(read)) {
                continue;
            }
            CaseRecord other = item.withRequest(item.request().withSurgery(code));
            RequestEvaluator.Evaluation e = evaluate.apply(other);
            each.add(code + " " + e.outcome());
            if (rank(e.outcome()) < rank(weakest.outcome())) {
                weakestItem = other;
                weakest = e;
            }
        }
        List<String> steps = new ArrayList<>(weakest.steps());
        steps.add("combinedOperation: each procedure named definitely decided by its own rule (" + String.join(", ", each)
                + "); the item is decided as the weakest, " + weakestItem.request().surgery().orElse(read));
        RequestEvaluator.Evaluation e = weakest;
        return new Decided(weakestItem, new RequestEvaluator.Evaluation(e.outcome(), e.decisive(), e.recommendations(),
                e.phase(), e.editions(), steps, e.referReason(), e.byBurden(), e.byGeneralStandard(), e.setAside()));
    }

    /** UPHELD is the weakest, then REFER, then OVERTURNED. */
    private static int rank(DraftOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> 0;
            case REFER -> 1;
            case OVERTURNED -> 2;
        };
    }
}
