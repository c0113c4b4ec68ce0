package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * The ways to a false overturn the review of the eleventh round left open, each on a synthetic record, with a record
 * beside it that truly meets the criterion and stays overturned.
 */
class FalseOverturnsLeftByTheReviewTest {

    private static final String DATE = "2016-09-01";

    private static void assertOutcome(String record, String request, DraftOutcome expected) {
        Draft d = draft(record, request, DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ 1. a drug's functional gain

    private static final String ON_NORCO = "50 y/o M, chronic LBP since lifting injury at work on 2/3/2013. On Norco "
            + "10/325 qid since 2014. Seen monthly for med mgmt, last visit 8/15/16. Pain 8/10 w/o meds, 4/10 w/ meds. No "
            + "side effects. UDS 6/1/16 consistent. CURES reviewed. Opioid agreement on file. ";
    private static final String NORCO = "Norco 10/325 #120";

    @Test
    void aGainThatNamesNoTreatmentOrAnotherIsNotTheDrugs() {
        assertOutcome(ON_NORCO + "Off Norco for 2 weeks. Walking tolerance increased.", NORCO, DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "Since starting PT, walking tolerance increased.", NORCO, DraftOutcome.UPHELD);
        assertOutcome(ON_NORCO + "He stopped Norco in July. Sitting tolerance improved to 1 hour.", NORCO,
                DraftOutcome.UPHELD);
    }

    @Test
    void aGainTheClauseCreditsToTheDrugOrTheMedicationIsTheDrugs() {
        assertOutcome(ON_NORCO + "With Norco she can walk 30 minutes.", NORCO, DraftOutcome.OVERTURNED);
        assertOutcome(ON_NORCO + "With meds, walking tolerance increased to 1 hour.", NORCO, DraftOutcome.OVERTURNED);
    }
}
