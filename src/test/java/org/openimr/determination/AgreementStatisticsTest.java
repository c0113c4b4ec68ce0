package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openimr.determination.DraftOutcome.OVERTURNED;
import static org.openimr.determination.DraftOutcome.REFER;
import static org.openimr.determination.DraftOutcome.UPHELD;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.determination.AgreementStatistics.Comparison;
import org.openimr.shared.Outcome;

class AgreementStatisticsTest {

    private static List<Comparison> repeat(int times, DraftOutcome predicted, Outcome actual) {
        List<Comparison> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(new Comparison(predicted, actual));
        }
        return list;
    }

    @Test
    void countsCoverageAgreementPrecisionRecallAndKappa() {
        List<Comparison> all = new ArrayList<>();
        all.addAll(repeat(20, UPHELD, Outcome.UPHELD));      // a
        all.addAll(repeat(5, UPHELD, Outcome.OVERTURNED));   // b
        all.addAll(repeat(10, OVERTURNED, Outcome.UPHELD));  // c
        all.addAll(repeat(15, OVERTURNED, Outcome.OVERTURNED)); // d
        all.addAll(repeat(2, REFER, Outcome.OVERTURNED));
        all.addAll(repeat(3, REFER, Outcome.UPHELD));

        AgreementStatistics s = AgreementStatistics.of(all);

        assertThat(s.items()).isEqualTo(55);
        assertThat(s.covered()).isEqualTo(50);
        assertThat(s.coverage()).isCloseTo(50 / 55.0, within(1e-9));
        assertThat(s.agreement()).isCloseTo(35 / 50.0, within(1e-9));
        assertThat(s.overturnedPrecision()).isCloseTo(15 / 25.0, within(1e-9));
        // the two referred overturned items count as misses
        assertThat(s.overturnedRecall()).isCloseTo(15 / 22.0, within(1e-9));
        assertThat(s.baselineAgreement()).isCloseTo(33 / 55.0, within(1e-9));
        // textbook kappa: po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4
        assertThat(s.kappa()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void perfectAgreementHasKappaOneAndChanceLevelHasZero() {
        List<Comparison> perfect = new ArrayList<>(repeat(8, UPHELD, Outcome.UPHELD));
        perfect.addAll(repeat(2, OVERTURNED, Outcome.OVERTURNED));
        assertThat(AgreementStatistics.of(perfect).kappa()).isCloseTo(1.0, within(1e-9));

        List<Comparison> alwaysUpheld = repeat(9, UPHELD, Outcome.UPHELD);
        alwaysUpheld.addAll(repeat(1, UPHELD, Outcome.OVERTURNED));
        AgreementStatistics s = AgreementStatistics.of(alwaysUpheld);
        assertThat(s.kappa()).isZero();
        assertThat(s.agreement()).isCloseTo(0.9, within(1e-9));
        assertThat(s.overturnedRecall()).isZero();
        assertThat(s.overturnedPrecision()).isZero();
    }

    @Test
    void noItemsGivesZerosNotErrors() {
        AgreementStatistics s = AgreementStatistics.of(List.of());
        assertThat(s.coverage()).isZero();
        assertThat(s.agreement()).isZero();
        assertThat(s.kappa()).isZero();
    }

    @Test
    void wilsonIntervalsMatchTheTextbookFigures() {
        // 1 of 5: centre (0.2 + 1.9208/5) / 1.7683 = 0.3303, half-width 1.96 * sqrt(0.032 + 0.0384) / 1.7683 = 0.2941
        AgreementStatistics.Interval oneOfFive = AgreementStatistics.wilson(1, 5).orElseThrow();
        assertThat(oneOfFive.low()).isCloseTo(0.0362, within(5e-4));
        assertThat(oneOfFive.high()).isCloseTo(0.6245, within(5e-4));
        // 74 of 77: the interval stays below 1 and is not symmetric about the share
        AgreementStatistics.Interval agreement = AgreementStatistics.wilson(74, 77).orElseThrow();
        assertThat(agreement.low()).isCloseTo(0.8916, within(5e-4));
        assertThat(agreement.high()).isCloseTo(0.9867, within(5e-4));
        // a share of 0 or 1 still has a width
        assertThat(AgreementStatistics.wilson(0, 4).orElseThrow().low()).isZero();
        assertThat(AgreementStatistics.wilson(0, 4).orElseThrow().high()).isCloseTo(0.4899, within(5e-4));
        assertThat(AgreementStatistics.wilson(4, 4).orElseThrow().low()).isCloseTo(0.5101, within(5e-4));
        // nothing to count, or a count that cannot be a share, has no interval
        assertThat(AgreementStatistics.wilson(0, 0)).isEmpty();
        assertThat(AgreementStatistics.wilson(3, 2)).isEmpty();
    }

    @Test
    void statisticsGiveTheIntervalsOfTheirOwnShares() {
        List<Comparison> all = new ArrayList<>(repeat(70, UPHELD, Outcome.UPHELD));
        all.addAll(repeat(3, UPHELD, Outcome.OVERTURNED));
        all.addAll(repeat(1, OVERTURNED, Outcome.OVERTURNED));
        all.addAll(repeat(1, REFER, Outcome.OVERTURNED));
        AgreementStatistics s = AgreementStatistics.of(all);

        assertThat(s.overturnedRecallInterval()).isEqualTo(AgreementStatistics.wilson(1, 5));
        assertThat(s.overturnedPrecisionInterval()).isEqualTo(AgreementStatistics.wilson(1, 1));
        assertThat(s.agreementInterval()).isEqualTo(AgreementStatistics.wilson(71, 74));
        assertThat(s.coverageInterval()).isEqualTo(AgreementStatistics.wilson(74, 75));
    }
}
