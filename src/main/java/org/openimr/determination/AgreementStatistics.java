package org.openimr.determination;

import java.util.List;
import java.util.Objects;

import org.openimr.shared.Outcome;

/**
 * How drafts compare with what physicians decided, over a set of items: coverage (share not REFER), agreement on the
 * covered items, Cohen's kappa on the covered items, and precision and recall of OVERTURNED. Recall counts every
 * overturned item, so an overturned item the engine referred is a miss. The always-Upheld baseline is computed over
 * the same items.
 */
public record AgreementStatistics(int items, int covered, int agreed, double kappa, int predictedOverturned,
        int actualOverturned, int correctlyOverturned, int baselineAgreed) {

    /** One item: what the draft proposed and what the physician decided. */
    public record Comparison(DraftOutcome predicted, Outcome actual) {
        public Comparison {
            Objects.requireNonNull(predicted, "predicted");
            Objects.requireNonNull(actual, "actual");
        }
    }

    public static AgreementStatistics of(List<Comparison> comparisons) {
        int items = comparisons.size();
        int covered = 0, agreed = 0, predictedOverturned = 0, actualOverturned = 0, correctlyOverturned = 0;
        int baselineAgreed = 0;
        // 2x2 table over covered items: [predicted][actual], 0 = UPHELD, 1 = OVERTURNED
        int[][] table = new int[2][2];
        for (Comparison c : comparisons) {
            boolean actuallyOverturned = c.actual() == Outcome.OVERTURNED;
            if (actuallyOverturned) {
                actualOverturned++;
            } else {
                baselineAgreed++;
            }
            if (c.predicted() == DraftOutcome.REFER) {
                continue;
            }
            covered++;
            boolean predictedOver = c.predicted() == DraftOutcome.OVERTURNED;
            table[predictedOver ? 1 : 0][actuallyOverturned ? 1 : 0]++;
            if (predictedOver == actuallyOverturned) {
                agreed++;
            }
            if (predictedOver) {
                predictedOverturned++;
                if (actuallyOverturned) {
                    correctlyOverturned++;
                }
            }
        }
        return new AgreementStatistics(items, covered, agreed, kappa(table), predictedOverturned, actualOverturned,
                correctlyOverturned, baselineAgreed);
    }

    /** Cohen's kappa of a 2x2 table; 0 when the table is empty or chance agreement is total. */
    static double kappa(int[][] t) {
        double n = t[0][0] + t[0][1] + t[1][0] + t[1][1];
        if (n == 0) {
            return 0;
        }
        double observed = (t[0][0] + t[1][1]) / n;
        double predictedUpheld = (t[0][0] + t[0][1]) / n;
        double actualUpheld = (t[0][0] + t[1][0]) / n;
        double expected = predictedUpheld * actualUpheld + (1 - predictedUpheld) * (1 - actualUpheld);
        return expected == 1 ? 0 : (observed - expected) / (1 - expected);
    }

    public double coverage() {
        return ratio(covered, items);
    }

    public double agreement() {
        return ratio(agreed, covered);
    }

    public double overturnedPrecision() {
        return ratio(correctlyOverturned, predictedOverturned);
    }

    public double overturnedRecall() {
        return ratio(correctlyOverturned, actualOverturned);
    }

    /** Agreement of always answering UPHELD, over all items. */
    public double baselineAgreement() {
        return ratio(baselineAgreed, items);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
