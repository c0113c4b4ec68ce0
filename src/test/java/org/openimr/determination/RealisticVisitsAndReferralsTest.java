package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Evaluation and management visits, consultations and referrals, programs and transportation, in case summaries as
 * IMR writes them: several dated visits, shorthand, the UR non-certification with the reviewer's reasons, the latest
 * visit and the request. The records that meet the guideline in force come out overturned under its section; each
 * near miss (one criterion missing, contradicted, or only in the reviewer's words) stays upheld or referred.
 * Synthetic records, written for OpenIMR.
 */
class RealisticVisitsAndReferralsTest {

    private static Draft expect(String record, String request, String date, DraftOutcome outcome, String section) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(outcome);
        if (section != null) {
            assertThat(d.citationText()).as(explain(d)).contains(section);
        }
        return d;
    }

    // ------------------------------------------------------------------------- office visits

    @Test
    void aFollowUpVisitForAPatientOnNorcoIsNeededForItsMonitoring() {
        expect("The IW is a 49 y/o male warehouse worker injured 02/11/2014 lifting boxes, with chronic low back pain. "
                + "Tx to date: PT x 18, chiropractic, NSAIDs and a lumbar ESI in 2015. On 08/15/2016 he reported LBP 6/10; "
                + "Norco 10/325 mg 1 tab q6h prn was continued, with a CURES report reviewed. On 09/26/2016 pain was 6/10 "
                + "with meds and 8/10 without; he walks 30 min with meds. The plan was to continue Norco and follow up in "
                + "4 wks. UR on 10/04/2016 non-certified the follow-up visit, stating the need for ongoing visits was not "
                + "established.", "Follow-up visit x1", "2016-10-04", DraftOutcome.OVERTURNED, "Office visits");
    }

    @Test
    void aFollowUpVisitBeforeJulyTwentySixteenFollowsTheOdgSectionForOpioidMonitoring() {
        expect("This 55 y/o female office clerk injured her neck on 06/03/2013. She has chronic neck pain radiating to "
                + "the R shoulder, treated with PT, acupuncture x 6 and medications. Current meds: tramadol ER 150 mg "
                + "daily and naproxen. On 03/14/2016 she rated neck pain 5/10. The provider requested a return visit in "
                + "one month for medication management. UR modified/non-certified the office visit on 03/22/2016.",
                "Office visit for medication management", "2016-03-22", DraftOutcome.OVERTURNED, "Office visits");
    }

    @Test
    void aFlareUpWithNewNumbnessIsAChangeThatNeedsAVisit() {
        expect("The injured worker is a 44 y/o male bus driver with a DOI of 11/20/2013 and chronic LBP. He was "
                + "stable on ibuprofen and a HEP through 07/2016. On 10/03/2016 he reported a flare-up after a long "
                + "shift, with new symptoms of numbness down the L leg. Exam: lumbar paraspinal spasm, +SLR L at 45 deg. "
                + "A follow-up evaluation in 2 weeks was requested. UR non-certified it on 10/11/2016.",
                "Follow up evaluation in 2 weeks", "2016-10-11", DraftOutcome.OVERTURNED, "Office visits");
    }

    @Test
    void aFollowUpAfterAKneeScopeIsPartOfThePostoperativeCourse() {
        expect("The patient is a 38 y/o female grocery clerk who injured her L knee 01/10/2016. She is s/p L knee "
                + "scope with partial medial meniscectomy 03/02/2016 and attends postop PT 2x/wk. On 03/16/2016 the "
                + "incision was healing and ROM was 5-100 deg; she uses crutches. A follow-up visit with the surgeon in 4 "
                + "weeks was requested and was non-certified by UR on 03/24/2016.", "Follow-up visit with orthopedic "
                + "surgeon", "2016-03-24", DraftOutcome.OVERTURNED, null);
    }

    @Test
    void anAcuteBackStrainOffWorkIsSeenAgainWithinTwoWeeks() {
        expect("The patient is a 29 y/o male stocker who strained his low back on 09/06/2016 lifting cases of water. He "
                + "was seen on 09/08/2016 with LBP 7/10, paraspinal spasm and negative SLR b/l; he was given naproxen and "
                + "placed on TTD. On 09/15/2016 he was still off work with pain 6/10. A re-evaluation in 1 week was "
                + "requested; UR non-certified it on 09/20/2016.", "Re-evaluation office visit in 1 week",
                "2016-09-20", DraftOutcome.OVERTURNED, "Follow-up Visits");
    }

    @Test
    void aStableChronicPatientOnIbuprofenOnlyShowsNoNeedForTheVisit() {
        Drafts.assertSafe("The IW is a 61 y/o male machinist injured 04/09/2012 with chronic bilateral knee pain. Tx: PT, "
                + "injections, and ibuprofen 600 mg bid. On 09/12/2016 and again on 10/10/2016 he reported knee pain 4/10, "
                + "unchanged; exam unchanged. He continues a HEP. A follow-up visit in 6 weeks was requested; UR "
                + "non-certified it on 10/18/2016, noting no change in condition and no medications requiring monitoring.",
                "Follow-up office visit", "2016-10-18");
    }

    @Test
    void aSetOfSixVisitsOnOpioidsIsNotCertifiedInAdvance() {
        Drafts.assertSafe("The IW is a 49 y/o male warehouse worker injured 02/11/2014 with chronic low back pain on Norco 10/325 "
                + "mg q6h prn. On 09/26/2016 pain was 6/10 with meds. Six monthly follow-up visits were requested and "
                + "were non-certified by UR on 10/04/2016.", "Follow-up visits x 6", "2016-10-04");
    }

    // ------------------------------------------------------------------------- consultations and referrals

    @Test
    void aPainManagementReferralForMedicationManagementAndAnEsi() {
        expect("The IW is a 47 y/o female CNA injured 05/05/2015 transferring a patient. Dx: lumbar radiculopathy, "
                + "L4-5 disc protrusion on MRI 08/2015. Tx: PT x 12, chiropractic x 6, gabapentin, and Norco. On "
                + "09/28/2016 she had LBP radiating to the L leg, 7/10, decreased sensation L5 dermatome. The PTP "
                + "requested a referral to pain management for medication management and consideration of ESI. UR "
                + "non-certified the consultation on 10/06/2016.", "Pain management consultation", "2016-10-06",
                DraftOutcome.OVERTURNED, "Independent Medical Examinations and Consultations");
    }

    @Test
    void aHandSpecialistConsultWhenTheDiagnosisRemainsUnclearAfterNormalTests() {
        expect("The patient is a 34 y/o male assembler with R wrist pain since 02/02/2016 from repetitive use. X-rays "
                + "were normal and an EMG/NCS in 05/2016 was normal. PT x 8 and a wrist splint gave little relief. On "
                + "08/22/2016 he had ulnar-sided tenderness and a painful click; the diagnosis remains unclear. A "
                + "consultation with a hand specialist was requested. UR non-certified it on 08/30/2016, citing no red "
                + "flags.", "Consultation with hand specialist", "2016-08-30", DraftOutcome.OVERTURNED,
                "Independent Medical Examinations and Consultations");
    }

    @Test
    void anUnclearDiagnosisOnlyInTheReviewersWordsIsNotTheRecords() {
        Drafts.assertSafe("The patient is a 34 y/o male assembler with R wrist pain since 02/02/2016, diagnosed with R wrist "
                + "tendinitis. PT x 8 gave some relief. A consultation with a hand specialist was requested. UR "
                + "non-certified it on 08/30/2016; the reviewer wrote that if the diagnosis remains unclear an MRI "
                + "should come first.", "Consultation with hand specialist", "2016-08-30");
    }

    @Test
    void aPainManagementConsultWithNoPurposeNamedIsNotEnough() {
        Drafts.assertSafe("The IW is a 52 y/o male roofer injured 07/07/2014 with chronic low back pain. Tx: PT, chiropractic and "
                + "ibuprofen. On 09/14/2016 he reported LBP 5/10, unchanged; exam showed tenderness and normal "
                + "neuro. A pain management consultation was requested. UR non-certified it on 09/22/2016; the "
                + "reviewer wrote that the reason for the referral was not stated.", "Pain management consultation",
                "2016-09-22");
    }

    @Test
    void aSpineSurgicalConsultForAnExtrusionCompressingTheL5Root() {
        expect("The IW is a 41 y/o male laborer injured 01/15/2016 lifting a pallet. He has LBP with severe radiating "
                + "pain down the L leg to the foot. MRI L-spine 03/10/2016: L4-5 disc extrusion compressing the "
                + "traversing L5 nerve root. Tx: PT x 12, a L4-5 TFESI 05/2016 with 2 weeks of relief, meloxicam and "
                + "gabapentin. On 07/18/2016: +SLR L at 40 deg, decreased sensation L5 dermatome, EHL 4/5 L. A spine "
                + "surgery consultation was requested; UR non-certified it on 07/26/2016.", "Spine surgeon "
                + "consultation", "2016-07-26", DraftOutcome.OVERTURNED, "Surgical Considerations");
    }

    @Test
    void aSpineSurgicalConsultWithOnlyABulgeAndNoLegSymptomsStaysUpheld() {
        Drafts.assertSafe("The IW is a 45 y/o female cashier injured 01/15/2016 with axial LBP without radiation. MRI 03/2016: "
                + "mild disc bulges L3-4 and L4-5 without stenosis. Tx: PT x 6 and naproxen. On 07/18/2016 neuro exam "
                + "was normal, SLR negative b/l. A spine surgery consultation was requested; UR non-certified it on "
                + "07/26/2016.", "Spine surgeon consultation", "2016-07-26");
    }

    @Test
    void aShoulderSurgicalConsultForAFullThicknessTearAfterFailedTherapy() {
        expect("The IW is a 58 y/o male mechanic who injured his R shoulder on 10/12/2015 pulling a transmission. Tx: "
                + "PT 2x/wk x 6 wks with a HEP, a subacromial CSI x 2 and NSAIDs, without gain in ROM or strength. MRI "
                + "R shoulder 04/2016: full-thickness supraspinatus tear with 1 cm retraction. On 05/16/2016: "
                + "abduction 90 deg, +drop arm, ER strength 3+/5. An orthopedic surgical consultation was requested "
                + "and non-certified by UR on 05/24/2016.", "Orthopedic surgeon consultation for the right shoulder",
                "2016-05-24", DraftOutcome.OVERTURNED, "Surgical Considerations");
    }

    @Test
    void aKneeOrthoReferralForAMeniscalTearWithLockingAfterTherapy() {
        expect("The patient is a 39 y/o female custodian who twisted her L knee 02/08/2016. She reports locking and "
                + "giving way. PT x 10 and a HEP did not help. MRI L knee 04/20/2016: tear of the posterior horn of the "
                + "medial meniscus. On 05/09/2016: medial joint line tenderness, +McMurray. An ortho referral for the L "
                + "knee was requested; UR non-certified it on 05/17/2016.", "Orthopedic referral for the left knee",
                "2016-05-17", DraftOutcome.OVERTURNED, "Surgical Considerations");
    }

    @Test
    void aHandSurgeryConsultForCarpalTunnelConfirmedByNerveConduction() {
        expect("The IW is a 46 y/o female data entry clerk with b/l hand numbness since 09/2015. Night splints x 3 "
                + "months and a CSI R wrist gave temporary relief. EMG/NCS 04/2016 was consistent with carpal tunnel "
                + "syndrome, moderate R, mild L. On 05/02/2016: +Phalen and +Tinel R. A hand surgeon consultation for "
                + "the R wrist was requested; UR non-certified it on 05/10/2016.", "Hand surgeon consultation for the "
                + "right wrist", "2016-05-10", DraftOutcome.OVERTURNED, "Surgical Considerations");
    }

    @Test
    void aPsychologicalEvaluationForDepressionAndPoorSleepWithChronicPain() {
        expect("The IW is a 50 y/o male truck driver injured 03/03/2014 with chronic neck and low back pain. Tx: PT, "
                + "chiropractic, ESIs and Norco. On 10/17/2016 he reported feeling depressed and anxious, with poor sleep "
                + "and irritability since the injury; PHQ-9 was 15. A psychological evaluation was requested; UR "
                + "non-certified it on 10/25/2016.", "Psychological evaluation", "2016-10-25", DraftOutcome.OVERTURNED,
                "Psychological evaluations");
    }

    @Test
    void aPsychologicalEvaluationBeforeAStimulatorTrial() {
        expect("The IW is a 53 y/o female with failed back surgery syndrome, s/p L4-S1 fusion 2013, DOI 08/01/2011. "
                + "She has persistent L leg radicular pain despite PT, medications and ESIs. The pain specialist plans "
                + "a spinal cord stimulator trial and requested a psych clearance first. UR non-certified the "
                + "psychological evaluation on 11/02/2016.", "Psychological evaluation prior to SCS trial", "2016-11-02",
                DraftOutcome.OVERTURNED, "Psychological evaluations");
    }

    @Test
    void aPsychologicalEvaluationWithNoPsychologicalComplaintStaysUpheld() {
        Drafts.assertSafe("The IW is a 42 y/o male welder injured 06/06/2015 with chronic L shoulder pain treated with PT and "
                + "ibuprofen. On 10/17/2016 he reported pain 4/10 and is working full duty. A psychological evaluation "
                + "was requested; UR non-certified it on 10/25/2016, the reviewer noting no documented depression or "
                + "anxiety.", "Psychological evaluation", "2016-10-25");
    }

    // ------------------------------------------------------------------------- functional restoration

    private static final String FRP = "The IW is a 48 y/o male forklift operator injured 04/14/2014, with chronic LBP. "
            + "Tx: PT x 24, chiropractic, acupuncture x 12, ESIs x 2 and medications, all without lasting benefit; "
            + "previous methods of treating his chronic pain have been unsuccessful and there is an absence of other "
            + "options likely to result in significant clinical improvement. He has not worked since 2014 and needs "
            + "help with dressing and bathing, a significant loss of ability to function independently. On 09/19/2016 "
            + "a multidisciplinary evaluation with baseline functional testing was done; he is motivated to change and "
            + "willing to forgo secondary gains. Negative predictors of success were addressed. ";

    @Test
    void aFunctionalRestorationProgramWhenTheSurgeonRulesSurgeryOut() {
        expect(FRP + "The spine surgeon found he is not a surgical candidate. A functional restoration program x 10 "
                + "days was requested; UR non-certified it on 10/04/2016.", "Functional restoration program x 10 days",
                "2016-10-04", DraftOutcome.OVERTURNED, "functional restoration");
    }

    private static final String NO_SURGERY = "surgery is not being considered";

    @Test
    void aSurgeonWhoRulesSurgeryOutIsNoSurgeryConsidered() {
        Draft d = draft(FRP + "On 08/29/2016 the orthopedic surgeon stated that he is not a candidate for surgery. A "
                + "functional restoration program x 10 days was requested.", "Functional restoration program x 10 days",
                "2016-10-04", null);
        assertThat(verdictOf(d, NO_SURGERY)).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void surgeryOfferedInAnotherClauseIsStillConsidered() {
        Draft d = draft(FRP + "The spine surgeon found he is not a surgical candidate now, but surgery was recommended "
                + "if the injections fail. A functional restoration program x 10 days was requested.",
                "Functional restoration program x 10 days", "2016-10-04", null);
        assertThat(verdictOf(d, NO_SURGERY)).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }

    @Test
    void theLossOfIndependentFunctionAndTheNegativePredictorsInTheProgramsOwnWords() {
        Draft d = draft(FRP + "The spine surgeon found he is not a surgical candidate.",
                "Functional restoration program x 10 days", "2016-10-04", null);
        assertThat(verdictOf(d, "lost much of the ability to function")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(verdictOf(d, "negative predictors")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aFunctionalRestorationProgramWhileAFusionIsPlannedStaysUpheld() {
        Drafts.assertSafe(FRP + "The spine surgeon recommended an L4-5 fusion and he wishes to proceed with surgery. A functional "
                + "restoration program x 10 days was requested; UR non-certified it on 10/04/2016.",
                "Functional restoration program x 10 days", "2016-10-04");
    }

    @Test
    void aFunctionalRestorationProgramWithoutBaselineTestingStaysUpheld() {
        Drafts.assertSafe("The IW is a 48 y/o male forklift operator injured 04/14/2014, with chronic LBP treated with PT, "
                + "chiropractic and medications. The spine surgeon found he is not a surgical candidate. On 09/19/2016 "
                + "a functional restoration program x 20 days was requested; UR non-certified it on 10/04/2016.",
                "Functional restoration program x 20 days", "2016-10-04");
    }

    // ------------------------------------------------------------------------- transportation

    @Test
    void transportationForAPatientWhoCannotDriveAfterAnAnkleFracture() {
        expect("The IW is a 64 y/o female housekeeper s/p ORIF R ankle 08/30/2016 after a fall at work 08/28/2016. "
                + "She is non-weight bearing in a CAM boot, lives alone, and is unable to drive or use public "
                + "transportation. She attends PT 3x/wk x 4 wks. Transportation to and from PT appointments was "
                + "requested; UR non-certified it on 10/05/2016.", "Transportation to and from appointments",
                "2016-10-05", DraftOutcome.OVERTURNED, "Transportation");
    }

    @Test
    void transportationForAWheelchairBoundPatientToHisPainVisits() {
        expect("The IW is a 59 y/o male with chronic LBP and b/l leg weakness s/p L3-S1 fusion 2014, DOI 05/02/2012. "
                + "He is wheelchair bound since 2015 and cannot drive; he lives with his elderly wife, who does not drive. "
                + "He is seen monthly for medication management. On 11/07/2016 round-trip transportation to his medical "
                + "appointments was requested; UR non-certified it on 11/15/2016.", "Round trip transportation to "
                + "medical appointments", "2016-11-15", DraftOutcome.OVERTURNED, "Transportation");
    }

    @Test
    void transportationForAPatientWhoDrivesHerselfStaysUpheld() {
        Drafts.assertSafe("The IW is a 57 y/o female with chronic neck pain since 2013. She drives herself to her appointments "
                + "and to the store. Transportation to and from medical appointments was requested; UR non-certified it "
                + "on 10/05/2016, stating she is able to drive.", "Transportation to and from appointments",
                "2016-10-05");
    }
}
