package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * A record written with contractions ("wasn't", "isn't", "didn't") drafts as the same record written out in full:
 * found by rewriting the development letters' summaries (RewrittenDevelopmentLettersTest, session 14), where "was not
 * close to maximum medical improvement" contracted turned an upheld FCE into a false overturn and "was not able to
 * transfer" contracted lost an overturned inpatient rehabilitation. Synthetic records written for OpenIMR.
 */
class ContractedNegationsTest {

    static final String FCE = "The injured worker is a 52 year old female clerk with neck pain since an injury on "
            + "03/03/2015. She has had PT and medications. On 06/01/2016 the physician noted that she %s close to "
            + "maximum medical improvement and requested a functional capacity evaluation. UR non-certified the FCE on "
            + "06/10/2016.";

    @Test
    void anFceForAPatientWhoIsNotNearMmiIsNoOverturnContracted() {
        Draft contracted = assertSafe(String.format(FCE, "wasn't"), "Functional capacity evaluation", "2016-06-10",
                "2015-03-03");
        Draft full = draft(String.format(FCE, "was not"), "Functional capacity evaluation", "2016-06-10",
                "2015-03-03");
        assertThat(contracted.outcome()).as(explain(contracted)).isEqualTo(full.outcome());
    }

    // guard: the fact is still found where the record states it
    @Test
    void anFceForAPatientNearMmiIsStillOverturned() {
        Draft d = draft(String.format(FCE, "was"), "Functional capacity evaluation", "2016-06-10", "2015-03-03");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    static final String REHAB = "The injured worker is a 68 year old male who fell from a ladder at work on 10/02/2016 "
            + "and fractured his right ankle. He underwent open reduction and internal fixation and was an inpatient "
            + "for five days. At discharge he %s able to transfer without help and his wife %s able to care for him; "
            + "he was not safe for home. The surgeon requested acute inpatient rehabilitation for 7-10 days, which UR "
            + "non-certified on 10/12/2016.";

    @Test
    void aLossOfFunctionWrittenWithAContractionIsTheSameLoss() {
        String request = "Acute inpatient rehabilitation 7-10 days for right ankle fracture";
        Draft full = draft(String.format(REHAB, "was not", "was not"), request, "2016-10-12", "2016-10-02");
        Draft contracted = draft(String.format(REHAB, "wasn't", "wasn't"), request, "2016-10-12", "2016-10-02");
        assertThat(full.outcome()).as(explain(full)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(contracted.outcome()).as(explain(contracted)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(contracted.rationale()).contains("\"wasn't able to transfer\"");
    }

    // guard: a contraction of another ability ("his wife wasn't able to care for him") is no loss of the patient's
    @Test
    void aPatientWhoCanTransferIsNoLossOfFunction() {
        assertSafe(String.format(REHAB, "was", "wasn't"), "Acute inpatient rehabilitation 7-10 days for right ankle "
                + "fracture", "2016-10-12", "2016-10-02");
    }
}
