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
}
