package org.openimr.determination;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.Outcome;

/**
 * How drafts compare with what physicians decided, over a set of items: coverage (share not REFER), agreement on the
 * covered items, Cohen's kappa on the covered items, and precision and recall of OVERTURNED. Recall counts every
 * overturned item, so an overturned item the engine referred is a miss. The always-Upheld baseline is computed over
 * the same items. Each share also has its 95% Wilson score interval: on a few dozen letters, a share rests on few items
 * (a recall of 1 of 5 is anything from about 4% to 62%), and the interval says how far the figure can be trusted.
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

    /** A 95% confidence interval of a share, as fractions from 0 to 1. */
    public record Interval(double low, double high) {
    }

    /** z for a two-sided 95% interval. */
    private static final double Z95 = 1.959964;

    /**
     * The Wilson score interval of {@code part} out of {@code whole}, which stays within 0 and 1 and is sound for small
     * counts and for shares of 0 or 1; empty when there is nothing to count.
     */
    public static Optional<Interval> wilson(int part, int whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            return Optional.empty();
        }
        double n = whole;
        double p = part / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return Optional.of(new Interval(Math.max(0, centre - half), Math.min(1, centre + half)));
    }

    public Optional<Interval> coverageInterval() {
        return wilson(covered, items);
    }

    public Optional<Interval> agreementInterval() {
        return wilson(agreed, covered);
    }

    public Optional<Interval> overturnedPrecisionInterval() {
        return wilson(correctlyOverturned, predictedOverturned);
    }

    public Optional<Interval> overturnedRecallInterval() {
        return wilson(correctlyOverturned, actualOverturned);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
