package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * False overturns a read-only review found in the fourteenth round's equipment and diagnostic readings (s12-dme,
 * s12-diag), each beside its guard: the near record that must still come out as before. Synthetic records written
 * for this test in our own words (never a letter's text).
 */
class ReviewOfTheFourteenthRoundTest {

    private static Draft overturned(String record, String request, String date, String injury) {
        Draft d = draft(record, request, date, injury);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        return d;
    }

    // ------------------------------------------------------------------ 1. an equivocal sign elsewhere

    private static final String OBVIOUS = "A 46 year old male loader has had R leg pain since he injured his back on "
            + "01/11/2016. A lumbar MRI of 03/29/2016 showed a large L5-S1 disc herniation compressing the R S1 nerve "
            + "root. On 04/28/2016 he had a positive R SLR at 35 deg, an absent R ankle jerk and numbness in the R S1 "
            + "dermatome; the physician diagnosed clinically obvious R S1 radiculopathy matching the MRI. He asked "
            + "for EMG/NCV of both legs. UR non-certified it on 05/10/2016. ";
    private static final String EMG = "EMG/NCV bilateral lower extremities";

    @Test
    void anEquivocalSignOutsideTheLatestExamOfTheRegionLeavesAnObviousRadiculopathyObvious() {
        for (String other : new String[] {
                "At an earlier visit on 02/18/2016 the SLR was equivocal on the R.",
                "He also has neck pain from the same fall; Spurling's test was equivocal on the L.",
                "The UR reviewer stated that the SLR was not equivocal and that the radiculopathy is clinically obvious.",
                "The L SLR was questionable because of hamstring tightness."}) {
            Draft d = Drafts.assertSafe(OBVIOUS + other, EMG, "2016-05-10");
            assertThat(d.citationText()).as(explain(d)).contains("Low Back Complaints 2004, Section(s): Summary");
        }
        // guard: an equivocal sign of the record's own latest exam, with no MRI or hard deficit, still leaves the
        // radiculopathy short of obvious, so electrodiagnosis may be overturned
        overturned("A 49 year old female aide has low back pain into the L leg since an injury on 01/25/2016. She "
                + "failed PT x 10 and meloxicam. On 05/02/2016 she reported numbness of the L foot; the SLR was "
                + "equivocal on the L and reflexes were symmetric. The physician suspects a L5 radiculopathy and "
                + "requested EMG of both legs. UR non-certified it on 05/10/2016.", EMG, "2016-05-10", "2016-01-25");
    }

    // ------------------------------------------------------------------ 2. little / limited benefit

    private static final String NECK = "A 41 year old male machinist injured his neck lifting a die on 01/06/2016. He "
            + "completed 12 sessions of PT, which helped, and takes naproxen. On 06/02/2016 he reported neck pain into "
            + "the R arm; there was decreased sensation in the R C7 dermatome and a diminished R triceps reflex. The "
            + "physician plans a cervical epidural steroid injection and requested a cervical MRI to plan it. UR "
            + "denied the MRI on 06/14/2016. ";
    private static final String NECK_MRI = "MRI of the cervical spine";

    @Test
    void littleOrLimitedBenefitIsFailedCareOnlyWhenTheCareWasGivenAndFailed() {
        for (String other : new String[] {
                "The physician felt that chiropractic care would be of limited benefit.",
                "Acupuncture was not tried because he expected little benefit from it.",
                "The PT gave a little relief at first and then steady improvement.",
                "The UR reviewer noted that the PT provided more than minimal benefit."}) {
            Drafts.assertSafe(NECK + other, NECK_MRI, "2016-06-14", "2016-01-06");
        }
        // guard: care given that the record says gave little benefit still failed
        overturned(NECK + "Chiropractic care x 6 gave little benefit.", NECK_MRI, "2016-06-14", "2016-01-06");
    }

    // ------------------------------------------------------------------ 3. side effects without a drug

    private static final String ICS = "A 52 year old female clerk has chronic low back pain since an injury on "
            + "04/02/2014. She does a home exercise program and takes celecoxib. On 08/16/2016 her back pain was 5/10 "
            + "with lumbar tenderness. The physician requested an interferential unit for a 1 month home trial. UR "
            + "denied it on 08/30/2016. ";
    private static final String ICS_TRIAL = "Interferential unit 1 month rental";

    @Test
    void aSideEffectCountsForTheStimulatorOnlyWhenADrugCausedIt() {
        for (String other : new String[] {
                "Medication side effects were reviewed with the patient.",
                "She was counseled to report any medication side effects.",
                "A head injury in 2010 caused dizziness.",
                "PT was stopped due to side effects of the heat modalities.",
                "Ibuprofen caused gastritis in 2012; celecoxib and tramadol control her pain well without side "
                        + "effects."}) {
            Drafts.assertSafe(ICS + other, ICS_TRIAL, "2016-08-30", "2014-04-02");
        }
        // guard: a drug named before its side effect in the clause still meets the criterion
        overturned(ICS + "Naproxen caused gastritis, so it was stopped.", ICS_TRIAL, "2016-08-30", "2014-04-02");
        overturned(ICS + "Tramadol was stopped due to side effects.", ICS_TRIAL, "2016-08-30", "2014-04-02");
    }

    // ------------------------------------------------------------------ 4. an operation of another part

    private static final String SHOULDER = "A 39 year old male plumber has had L shoulder pain since a fall on "
            + "01/15/2016. He failed PT x 8 and a subacromial injection. On 05/12/2016 the L shoulder had positive "
            + "apprehension and relocation tests and forward flexion to 150 deg. The physician requested an MR "
            + "arthrogram of the L shoulder. UR denied it on 05/24/2016. ";
    private static final String ARTHROGRAM = "MR arthrogram left shoulder";

    @Test
    void anOperationOfAnotherPartOrOnlySupposedIsNoPlanForThisStudy() {
        for (String other : new String[] {
                "The surgeon is considering a R knee arthroscopic meniscectomy.",
                "A R carpal tunnel release has been requested.",
                "The UR reviewer wrote that the MRI would be supported if a Bankart repair were being considered."}) {
            Drafts.assertSafe(SHOULDER + other, ARTHROGRAM, "2016-05-24", "2016-01-15");
        }
        // guard: the operation of the shoulder studied is still the plan the study serves
        overturned(SHOULDER + "The surgeon is considering a L shoulder Bankart repair.", ARTHROGRAM, "2016-05-24",
                "2016-01-15");
    }

    // ------------------------------------------------------------------ 5-8. a TENS trial's result

    private static final String TENS = "This 53 y/o male has chronic low back pain since a lifting injury on 05/2014. "
            + "He failed PT x 12 and NSAIDs and continues a HEP. ";
    private static final String TENS_UR = " UR non-certified the request on 09/20/2016.";
    private static final String PURCHASE = "TENS unit purchase";
    private static final String FELL = "During the one-month trial of TENS he used it 3x/day, pain went from 8/10 to "
            + "5/10";

    @Test
    void aReturnToWorkNotYetMadeOrHopedForIsNoFunctionalGain() {
        Drafts.assertSafe(TENS + FELL + " and he is not yet able to return to modified duty." + TENS_UR, PURCHASE, "2016-09-20");
        Drafts.assertSafe(TENS + FELL + ". The physician hopes he will be able to return to modified duty next month." + TENS_UR,
                PURCHASE, "2016-09-20");
        // guard: a return made is still a gain
        overturned(TENS + FELL + " and he was able to return to modified duty." + TENS_UR, PURCHASE, "2016-09-20",
                null);
    }

    @Test
    void lessPainDeniedOrCreditedToADrugOrAnInjectionIsNoSuccessfulTrial() {
        for (String trial : new String[] {
                "He completed a 30 day TENS rental in 08/2016 which did not give him less pain.",
                "He completed a 30 day TENS rental in 08/2016 and reports 40% less pain with Norco.",
                "He used the TENS unit 2x/day for 30 days; pain decreased only after the ESI on 08/20/2016, and he "
                        + "has since returned the unit."}) {
            Draft d = draft(TENS + trial + " He can now walk 30 minutes." + TENS_UR, PURCHASE, "2016-09-20", null);
            assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
            assertThat(Drafts.verdictOf(d, "successful 1 month trial")).as(explain(d)).isNotEqualTo(Verdict.MET);
        }
        // guard: less pain with the unit itself is still a successful trial
        overturned(TENS + "He completed a 30 day TENS rental in 08/2016 and reported 40% less pain and that he can "
                + "now walk 30 minutes." + TENS_UR, PURCHASE, "2016-09-20", null);
        overturned(TENS + "He used the TENS unit 2x/day for 30 days; pain decreased from 8/10 to 4/10 with the unit, "
                + "and he can now walk 30 minutes." + TENS_UR, PURCHASE, "2016-09-20", null);
    }

    // ------------------------------------------------------------------ 9. red flags warned of or denied

    private static final String BACK = "A 44 year old female cashier has low back pain since lifting a case on "
            + "01/20/2016. She had PT x 6 and takes ibuprofen. On 05/05/2016 the lumbar exam showed paraspinal "
            + "tenderness; SLR negative, strength, sensation and reflexes normal. The physician requested an MRI of the "
            + "lumbar spine. UR denied it on 05/17/2016. ";

    @Test
    void aRedFlagWarnedOfOrListedAsAbsentIsNoRedFlag() {
        for (String other : new String[] {
                "She was instructed to go to the ER for any saddle numbness or loss of bladder control.",
                "She was told to watch for new onset of foot drop.",
                "The UR reviewer noted no red flags such as saddle numbness, decreased rectal tone or a new R foot "
                        + "drop."}) {
            Drafts.assertSafe(BACK + other, "MRI lumbar spine", "2016-05-17", "2016-01-20");
        }
        // guard: the sign reported is still a red flag
        overturned(BACK + "She now reports saddle numbness and loss of bladder control.", "MRI lumbar spine",
                "2016-05-17", "2016-01-20");
    }

    // ------------------------------------------------------------------ 10. therapy not tolerated for another part

    private static final String KNEE = "A 66 year old female had a R total knee replacement on 09/26/2016. On "
            + "10/04/2016 R knee flexion was 95 deg and she was doing her home exercises well with the visiting "
            + "therapist. The surgeon requested a home CPM machine for 14 days. UR denied it on 10/10/2016. ";
    private static final String CPM = "Home CPM machine x 14 days";

    @Test
    void therapyNotToleratedForAnotherPartOrBeforeTheOperationIsNoStiffKneeRisk() {
        Drafts.assertSafe(KNEE + "She could not tolerate physical therapy for her neck.", CPM, "2016-10-10");
        Drafts.assertSafe(KNEE + "She had been unable to tolerate physical therapy for her back in 2015.", CPM, "2016-10-10");
        // guard: the knee's own therapy not tolerated since the operation is still the risk
        overturned(KNEE + "Since the operation she is unable to tolerate physical therapy for the R knee because of "
                + "pain.", CPM, "2016-10-10", null);
        overturned(KNEE + "Since the operation she could not tolerate physical therapy.", CPM, "2016-10-10", null);
    }
}
