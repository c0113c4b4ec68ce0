package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.casefile.Texts.extract;

import org.junit.jupiter.api.Test;

/**
 * Conservative care as surgical summaries write it before an operation: splints in the plural, a "Tx to date" list,
 * injections whose relief lasted a few weeks, a CSI; and an operation that has been scheduled, not yet done.
 * Synthetic sentences, written for OpenIMR.
 */
class CareTriedBeforeAnOperationTest {

    @Test
    void nightSplintsContinuedWithoutReliefAreASplintingTrialThatFailed() {
        assertThat(extract("Continued night splints x 4 mos and ibuprofen w/o relief.").conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .contains(tuple(ConservativeCare.Kind.BRACING, ConservativeCare.Response.FAILED));
    }

    @Test
    void careListedAfterTxToDateIsCareTried() {
        assertThat(extract("Tx to date: thumb spica splint since 12/2015, meloxicam.").conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .contains(tuple(ConservativeCare.Kind.BRACING, ConservativeCare.Response.TRIED));
    }

    @Test
    void reliefForAFewWeeksIsReliefThatDidNotLast() {
        assertThat(extract("She received a corticosteroid injection in 12/2015, with relief for a few weeks.")
                .conservativeCare()).extracting(ConservativeCare::kind, ConservativeCare::response)
                .containsExactly(tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.FAILED));
    }

    @Test
    void reliefCountedInMonthsOrNumberedWeeksStillHelped() {
        // a guard: the repeat-injection rules read relief "for 8 weeks" as a success
        assertThat(extract("The cortisone injection in 12/2015 gave relief for 8 weeks.").conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .containsExactly(tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.HELPED));
        assertThat(extract("The cortisone injection in 12/2015 gave relief for a few months.").conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .containsExactly(tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.HELPED));
    }

    @Test
    void aCsiIsAnInjection() {
        assertThat(extract("s/p 2 CSI to the A1 pulley w/ transient relief.").conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .containsExactly(tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.FAILED));
    }

    @Test
    void anOperationThatHasBeenScheduledIsNotYetDone() {
        assertThat(extract("A left TKA has been scheduled.").surgeries()).extracting(Surgery::kind, Surgery::assertion)
                .containsExactly(tuple(Surgery.Kind.ARTHROPLASTY, Assertion.REQUESTED));
        assertThat(extract("The right knee arthroscopy is scheduled.").surgeries())
                .extracting(Surgery::kind, Surgery::assertion)
                .containsExactly(tuple(Surgery.Kind.ARTHROSCOPY, Assertion.REQUESTED));
    }
}
