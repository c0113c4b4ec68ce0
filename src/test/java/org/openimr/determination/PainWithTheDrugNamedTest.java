package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * The first of the 4 A's, analgesia, is most often written as two scores, the second naming the drug rather than the
 * word "medication": "8/10 without medication and 4/10 with Norco". Read so, it documents analgesia for that drug; the
 * same scores without a difference, or of another drug, do not. Synthetic records written for this test.
 */
class PainWithTheDrugNamedTest {

    private static final String DATE = "2016-01-20";
    private static final String NORCO = "Norco 10/325mg #90";

    private static String record(String scores) {
        return "The patient is a 48-year-old male injured on 05/10/2013 lifting boxes. Diagnoses: lumbar radiculopathy, "
                + "chronic low back pain. On 01/05/2016 he reported " + scores + " With Norco he is able to walk 30 "
                + "minutes, do light housework and work modified duty 6 hours a day. No side effects. Urine drug screen "
                + "on 12/01/2015 was consistent with prescribed medications. CURES reviewed and appropriate. He has a "
                + "signed opioid agreement. The physician requested Norco 10/325 mg #90.";
    }

    @Test
    void scoresWithTheDrugNamedDocumentAnalgesia() {
        Draft d = assertOutcome(record("low back pain 8/10 without medication and 4/10 with Norco."), NORCO, DATE,
                DraftOutcome.OVERTURNED);
        assertThat(verdictOf(d, "monitoring of analgesia")).isEqualTo(Verdict.MET);
        d = assertOutcome(record("low back pain 9/10 off Norco and 5/10 on Norco."), NORCO, DATE, DraftOutcome.OVERTURNED);
        assertThat(verdictOf(d, "monitoring of analgesia")).isEqualTo(Verdict.MET);
    }

    @Test
    void scoresWithoutADifferenceOrOfAnotherDrugDoNot() {
        // the drug makes no difference to the pain: no analgesia
        Draft d = assertOutcome(record("low back pain 8/10 without medication and 8/10 with Norco."), NORCO, DATE,
                DraftOutcome.UPHELD);
        assertThat(verdictOf(d, "monitoring of analgesia")).isEqualTo(Verdict.NOT_MET);
        // the lower score is another drug's
        assertOutcome(record("low back pain 8/10 without medication and 4/10 with ibuprofen."), NORCO, DATE,
                DraftOutcome.UPHELD);
        // a score with no word placing it beside the drug
        assertOutcome(record("low back pain 8/10 without medication and 4/10 at the end of the day."), NORCO, DATE,
                DraftOutcome.UPHELD);
    }
}
