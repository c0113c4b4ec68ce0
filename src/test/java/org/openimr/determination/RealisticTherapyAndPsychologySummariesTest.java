package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Rehabilitation and behavioral health requests in realistic case summaries (several dated visits, shorthand, the UR
 * non-certification and its reasons, the latest findings and the request): postsurgical therapy within its period,
 * manipulation, acupuncture, aquatic therapy, therapy for a flare or a new body part, massage, CBT, psychological
 * evaluation, functional restoration and home health. Records that meet the guideline in force are overturned with its
 * citation; beside them, near misses (a criterion missing, contradicted, or only in the UR reviewer's words) stay
 * upheld or referred. Synthetic records, written for OpenIMR (fourteenth round, docs/engine-evaluation.md).
 */
class RealisticTherapyAndPsychologySummariesTest {

    private static Draft overturned(String record, String request, String date, String citation) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).contains(citation);
        return d;
    }

    // ------------------------------------------------------------------ postsurgical therapy, visits remaining

    private static final String CTR = "This 44 y/o F assembler developed b/l hand numbness at work; DOI 01/08/2016. "
            + "EMG/NCS 4/20/16 showed moderate R median neuropathy at the wrist. She is s/p R CTR 7/12/16. At the "
            + "post-op visit of 7/26/16 the incision is healed, grip is weak and she cannot yet make a full fist. %s "
            + "UR on 8/4/16 non-certified the request, stating that a home program should suffice.";

    @Test
    void occupationalTherapyAfterACarpalTunnelReleaseWithinTheInitialCourse() {
        overturned(String.format(CTR, "No post-op therapy has been given. The surgeon recommends OT to restore grip and fine motor use."),
                "Post-op occupational therapy 2x2 R hand", "2016-08-04", "Postsurgical");
    }

    @Test
    void noTherapyGivenYetSaysNothingOfWhoPrescribesIt() {
        Draft d = draft(String.format(CTR, "No post-op therapy has been given."), "Post-op occupational therapy 2x2 R hand",
                "2016-08-04", null);
        assertThat(verdictOf(d, "prescribed by the surgeon")).as(explain(d)).isEqualTo(Verdict.UNKNOWN);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }

    @Test
    void occupationalTherapyAfterACarpalTunnelReleaseBeyondTheGeneralCourse() {
        Drafts.assertSafe(String.format(CTR, "She has completed 8 sessions of post-op OT; grip remains weak."),
                "Additional post-op occupational therapy 2x3 R hand", "2016-09-20");
    }

    private static final String SCOPE = "49 y/o M warehouse worker twisted the L knee 11/2/15. MRI showed a tear of the "
            + "posterior horn of the medial meniscus. He is s/p L knee scope w/ partial medial meniscectomy 3/2/16. "
            + "%s On 4/14/16 flexion has improved from 90 to 125 deg and he now ambulates without crutches; "
            + "he still has difficulty with stairs and squatting. The surgeon requested additional PT 2x3 for the L knee. UR non-certified "
            + "on 4/21/16, citing lack of documented objective functional improvement.";

    @Test
    void postoperativeTherapyWithHalfTheVisitsLeftAndAGainInWalking() {
        overturned(String.format(SCOPE, "He has completed 6/12 post-op PT."), "Additional physical therapy 2x3 left knee",
                "2016-04-21", "Postsurgical");
    }

    @Test
    void postoperativeTherapyWithTheGeneralCourseUsed() {
        Drafts.assertSafe(String.format(SCOPE, "He has completed 12/12 post-op PT."),
                "Additional physical therapy 2x3 left knee", "2016-04-21");
    }

    @Test
    void therapyAfterARotatorCuffRepairWithAGainInMotion() {
        overturned("56 y/o F cook injured the R shoulder lifting a pot on 9/14/2015. MRI 11/2015: full thickness "
                + "supraspinatus tear. Failed PT x 8 and a subacromial injection. She underwent R shoulder arthroscopic "
                + "rotator cuff repair 5/10/16. Progress note 7/19/16: she has completed 12 post-op PT visits; active "
                + "forward flexion improved from 70 to 130 deg and she can now lift a 5 lb bag to the counter. "
                + "Strength 4-/5. Plan: continue post-op PT 2x6 for strengthening. UR 7/28/16 non-certified, stating "
                + "the patient should transition to a home program.",
                "Post-operative physical therapy 2x6 right shoulder", "2016-07-28", "Postsurgical");
    }

    @Test
    void therapyAfterALumbarFusionWithAGainInSitting() {
        overturned("52 y/o M truck driver, DOI 2/3/2014, LBP with L leg pain; failed conservative care. s/p L4-5 PLIF "
                + "4/20/16. 7/12/16: completed 16 sessions of post-op PT; sitting tolerance increased from 15 to 45 min "
                + "and he walks 20 min daily. Lumbar flexion remains limited. The surgeon requested PT 3x4 for the lumbar spine. "
                + "UR 7/21/16 modified to 6 visits.",
                "Physical therapy 3 times a week for 4 weeks lumbar spine", "2016-07-21", "Postsurgical");
    }

    // ------------------------------------------------------------------ chiropractic and manipulation

    private static final String BACK = "This 38 y/o F CNA injured her low back transferring a patient on 6/3/2015. "
            + "Dx: lumbar sprain/strain, lumbar myofascial pain. Tx to date: NSAIDs, PT x 12 in 2015 and a HEP. ";

    @Test
    void aFirstTrialOfManipulationForLowBackPain() {
        overturned(BACK + "On 9/8/16 she reports LBP 6/10, worse with bending; exam shows paraspinal spasm and "
                + "flexion limited to 50 deg. She has never had chiropractic care. The PTP requested a trial of "
                + "chiropractic manipulation 3x2 for the lumbar spine. UR 9/15/16 non-certified, stating that prior PT had failed.",
                "Chiropractic treatment 3x2 lumbar spine", "2016-09-15", "Manual therapy");
    }

    @Test
    void moreManipulationAfterATrialWithObjectiveGain() {
        overturned(BACK + "She completed a trial of 6 chiropractic visits in Aug 2016. On 9/8/16 her Oswestry score "
                + "improved from 44% to 26%, lumbar flexion from 40 to 70 deg, and she returned to full duty on 8/29/16. "
                + "The chiropractor requested 6 more visits. UR 9/15/16 non-certified, stating there is no documentation of "
                + "objective functional improvement.",
                "Additional chiropractic 2x3 lumbar spine", "2016-09-15", "Manual therapy");
    }

    @Test
    void moreManipulationAfterATrialWithoutGain() {
        Drafts.assertSafe(BACK + "She completed a trial of 6 chiropractic visits in Aug 2016. On 9/8/16 pain remains 7/10, "
                + "flexion is unchanged at 40 deg and she remains TTD. The chiropractor requested 6 more "
                + "visits. UR 9/15/16 non-certified as there was no functional improvement from the treatment given.",
                "Additional chiropractic 2x3 lumbar spine", "2016-09-15");
    }

    // ------------------------------------------------------------------ acupuncture

    private static final String NECK = "This 47 y/o F data entry clerk has neck and upper back pain since a cumulative "
            + "trauma claim, DOI 3/1/2015. Dx: cervical strain, myofascial pain. She attends PT and does a HEP. ";

    @Test
    void aFirstCourseOfAcupunctureBesideRehabilitation() {
        overturned(NECK + "10/4/16: neck pain 7/10; she stopped naproxen due to gastritis and did not tolerate "
                + "tramadol. Exam: trapezius tenderness, rotation 50 deg b/l. The PTP requested acupuncture x 6 visits. "
                + "UR 10/12/16 non-certified, stating the patient had not failed other treatment.",
                "Acupuncture 6 sessions cervical spine", "2016-10-12", "Acupuncture");
    }

    @Test
    void moreAcupunctureAfterAFunctionalGain() {
        overturned(NECK + "She completed 6 acupuncture sessions Aug-Sep 2016. On 10/4/16 she can sit at the computer "
                + "for 2 hours rather than 30 minutes, her Norco use fell from 4 to 1 tablet a day, and she has returned "
                + "to full duty. The acupuncturist requested 6 more sessions. UR 10/12/16 non-certified.",
                "Additional acupuncture 1 time a week for 6 weeks cervical spine", "2016-10-12", "Acupuncture");
    }

    @Test
    void moreAcupunctureWhereOnlyTheReviewerSpeaksOfFunction() {
        Drafts.assertSafe(NECK + "She completed 6 acupuncture sessions Aug-Sep 2016. On 10/4/16 she states acupuncture helps; pain "
                + "is 6/10 and exam is unchanged. The acupuncturist requested 6 more sessions. UR 10/12/16 non-certified, "
                + "stating that guidelines allow extension only with documented functional improvement such as "
                + "increased sitting tolerance or reduced medication use.",
                "Additional acupuncture 1 time a week for 6 weeks cervical spine", "2016-10-12");
    }

    // ------------------------------------------------------------------ aquatic therapy

    private static final String KNEES = "This 58 y/o M janitor, DOI 5/5/2014, has chronic b/l knee pain with "
            + "degenerative joint disease. ";

    @Test
    void aquaticTherapyWhereWeightBearingShouldBeReduced() {
        Draft d = overturned(KNEES + "He is 5'9\" and 310 lbs (BMI 46). On 11/1/16 he reports he did not tolerate land-based "
                + "PT, which aggravated his knee pain; he walks with a cane. The PTP requested aquatic therapy 2x4. "
                + "UR 11/10/16 non-certified.",
                "Aquatic therapy 2 times a week for 4 weeks bilateral knees", "2016-11-10", "Chronic Pain");
        assertThat(verdictOf(d, "reduced weight bearing")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aquaticTherapyWithoutAReasonForReducedWeightBearing() {
        Drafts.assertSafe(KNEES + "BMI 24. On 11/1/16 he walks without an assistive device and tolerates his HEP. The PTP requested "
                + "aquatic therapy 2x4. UR 11/10/16 non-certified, noting no indication that reduced weight bearing is needed.",
                "Aquatic therapy 2 times a week for 4 weeks bilateral knees", "2016-11-10");
    }

    // ------------------------------------------------------------------ therapy for a flare or a body part not yet treated

    @Test
    void therapyForAShoulderNotYetTreated() {
        overturned("This 45 y/o F, DOI 1/14/2015, has chronic neck pain treated with PT x 12 and a HEP. Since 2016 she "
                + "reports R shoulder pain; Dx: R shoulder myofascial pain. She has had no therapy for the shoulder. "
                + "9/27/16: R shoulder abduction 120 deg, trapezius trigger points. The PTP requested PT 2x4 for the R shoulder. "
                + "UR 10/6/16 non-certified, citing the 12 prior PT sessions.",
                "Physical therapy 2 times a week for 4 weeks right shoulder", "2016-10-06", "Physical medicine");
    }

    @Test
    void therapyForAShoulderTreatedWithTheNeck() {
        Drafts.assertSafe("This 45 y/o F, DOI 1/14/2015, has chronic neck and R shoulder pain treated with PT x 12 and a HEP. "
                + "Dx: R shoulder myofascial pain. 9/27/16: R shoulder abduction 120 deg, trapezius trigger points. The "
                + "PTP requested PT 2x4 for the R shoulder. UR 10/6/16 non-certified, citing the 12 prior PT sessions.",
                "Physical therapy 2 times a week for 4 weeks right shoulder", "2016-10-06");
    }

    // ------------------------------------------------------------------ massage

    @Test
    void massageBesideAnExerciseProgram() {
        overturned(BACK + "9/8/16: she is in an active PT program 2x/wk and does her HEP daily; paraspinal spasm "
                + "persists. The PTP requested massage therapy x 4 as an adjunct to PT. UR 9/15/16 non-certified.",
                "Massage therapy 4 sessions lumbar spine", "2016-09-15", "Massage");
    }

    @Test
    void massageAlone() {
        Drafts.assertSafe("This 38 y/o F CNA injured her low back on 6/3/2015. Dx: lumbar myofascial pain. PT was discontinued in "
                + "2015 and she is not doing any exercise program. 9/8/16: paraspinal spasm. The PTP requested massage "
                + "therapy x 4. UR 9/15/16 non-certified.",
                "Massage therapy 4 sessions lumbar spine", "2016-09-15");
    }

    // ------------------------------------------------------------------ psychology

    private static final String FEARFUL = "This 41 y/o M, DOI 2/9/2015, has chronic LBP after a fall from a ladder. "
            + "He completed 12 PT visits without progress; he avoids bending for fear of reinjury (FABQ 42) and "
            + "reports depressed mood and poor sleep. ";

    @Test
    void aFirstCourseOfCognitiveBehaviouralTherapy() {
        overturned(FEARFUL + "11/2/16: the PTP refers him for CBT 2x2. UR 11/10/16 non-certified, stating "
                + "no psychological evaluation had been done.",
                "Cognitive behavioral therapy 4 sessions over 2 weeks", "2016-11-10", "Chronic Pain Medical Treatment 2016");
    }

    @Test
    void moreCognitiveBehaviouralTherapyAfterAFunctionalGain() {
        overturned(FEARFUL + "He completed 4 CBT sessions in Oct 2016. On 11/2/16 he walks 30 minutes daily rather "
                + "than 10, has resumed driving, and returned to modified duty. The psychologist requested 6 additional CBT "
                + "sessions. "
                + "UR 11/10/16 non-certified.",
                "Cognitive behavioral therapy 6 additional sessions", "2016-11-10", "Chronic Pain Medical Treatment 2016");
    }

    @Test
    void aLongFirstCourseOfCognitiveBehaviouralTherapy() {
        Drafts.assertSafe(FEARFUL + "11/2/16: the PTP refers him for CBT 1x/wk x 12 wks. UR 11/10/16 non-certified.",
                "Cognitive behavioral therapy 12 sessions", "2016-11-10");
    }

    @Test
    void aPsychologicalEvaluationForChronicPainWithDepression() {
        overturned("This 54 y/o F, DOI 4/4/2014, has chronic neck and R arm pain despite PT, medications and a "
                + "cervical ESI. 10/20/16: she reports depression, anxiety and insomnia related to her pain, and "
                + "has withdrawn from social activities. The PTP requested a psychological evaluation. UR 10/28/16 non-certified.",
                "Psychological evaluation", "2016-10-28", "Psychological evaluation");
    }

    // ------------------------------------------------------------------ functional restoration, home health

    @Test
    void homeHealthTherapyForAHomeboundPatientAfterFusion() {
        overturned("62 y/o M, DOI 1/15/2014, is s/p L3-S1 fusion 10/3/16 complicated by a wound infection. On "
                + "10/20/16 he is homebound, leaving the house only by ambulance for visits, and needs wound care and "
                + "dressing changes. The surgeon requested home health nursing 3x/wk x 2 wks for wound care. UR 10/27/16 "
                + "non-certified.",
                "Home health nursing 3 times a week for 2 weeks", "2016-10-27", "Home health");
    }

    @Test
    void homeHealthForHousekeepingOfAPatientWhoDrives() {
        Drafts.assertSafe("62 y/o F, DOI 1/15/2014, has chronic LBP. On 10/20/16 she drives herself to appointments. The PTP "
                + "requested a home health aide 4 hrs/day for cleaning, cooking and laundry. UR 10/27/16 non-certified.",
                "Home health aide 4 hours a day 5 days a week", "2016-10-27");
    }
}
