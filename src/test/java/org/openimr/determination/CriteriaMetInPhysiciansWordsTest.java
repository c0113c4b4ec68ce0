package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Records that document what a diagnostic, surgical or medication rule in force asks for, in the words treating
 * physicians write, are overturned; beside each, a record that plainly misses the criterion stays upheld. Synthetic
 * records, written for OpenIMR.
 */
class CriteriaMetInPhysiciansWordsTest {

    private static final String DATE_2015 = "2015-06-01";
    private static final String DATE_2016 = "2016-09-01";

    // ------------------------------------------------------------------------------------------ red flags

    @Test
    void aSuspectedFractureOnTheFilmsOfTheRequestedSpineIsARedFlag() {
        Draft d = draft("A 61-year-old janitor fell from a ladder and has severe midline low back pain. Lumbar x-rays "
                + "on 5/11/2015 showed possible loss of height of the L1 vertebral body, a suspected compression "
                + "fracture.", "CT scan of the lumbar spine", DATE_2015, "2015-05-10");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aFractureOfAnotherPartIsNoRedFlagForTheSpine() {
        Draft d = draft("A 45-year-old roofer fell and has low back pain without radiation; strength, sensation and "
                + "reflexes are normal. Wrist x-rays on 5/11/2015 showed a distal radius fracture.",
                "CT scan of the lumbar spine", DATE_2015, "2015-05-10");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aHistoryOfCancerIsARedFlagForSpineFilms() {
        Draft d = draft("This 58-year-old male has low back pain that is worse at night. He has a history of prostate "
                + "cancer treated in 2010. Exam shows midline tenderness at L3.", "X-rays lumbar spine, 3 views",
                DATE_2015, "2015-03-03");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aFamilyHistoryOfCancerIsNoRedFlag() {
        Draft d = draft("This 40-year-old male has low back pain with activity, improving slowly. He has a family "
                + "history of colon cancer. Exam shows mild paraspinal tenderness.", "X-rays lumbar spine, 3 views",
                DATE_2015, "2015-03-03");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------------------ imaging

    @Test
    void newProgressiveWeaknessSinceTheLastMriIsASignificantChange() {
        Draft d = draft("A lumbar MRI on 10/2/2013 showed a 3 mm L4-5 disc bulge. Since June 2016 he reports new, "
                + "progressive weakness of the right leg. Exam shows right foot dorsiflexion weakness 3/5 and an absent right "
                + "ankle reflex.", "Repeat MRI lumbar spine", DATE_2016, "2013-08-01");
        assertThat(verdictOf(d, "changed significantly")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void symptomsUnchangedSinceTheLastMriAreNoSignificantChange() {
        Draft d = draft("A lumbar MRI on 10/2/2013 showed a 3 mm L4-5 disc bulge. His low back pain is unchanged over "
                + "the past year; strength, sensation and reflexes are normal.", "Repeat MRI lumbar spine", DATE_2016,
                "2013-08-01");
        assertThat(verdictOf(d, "changed significantly")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void anOperationThatWillBeConsideredIsSurgeryConsidered() {
        Draft d = draft("He twisted his right knee and has medial knee pain with locking and catching; McMurray test is "
                + "positive. Six weeks of physical therapy did not help. The orthopedist suspects a meniscus tear; "
                + "arthroscopy will be considered if a tear is confirmed.", "MRI right knee", DATE_2015, "2015-02-14");
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aKneeImprovingWithTherapyWithNoOperationInViewIsNotImaged() {
        Draft d = draft("He has anterior knee pain without locking or catching; McMurray test is negative. He is "
                + "improving with physical therapy.", "MRI right knee", DATE_2015, "2015-02-14");
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------------------ surgery

    @Test
    void severeArmPainOfOneSideIsSevereRadiatingSymptoms() {
        Draft d = draft("He has persistent, severe right arm pain and numbness in the C6 distribution that prevents him "
                + "from working. Exam shows 4/5 right biceps weakness and an absent right brachioradialis reflex. "
                + "Cervical MRI on 2/1/2016 demonstrated a right C5-6 disc herniation compressing the C6 nerve root. "
                + "He failed physical therapy (12 sessions) and a cervical epidural steroid injection.",
                "Anterior cervical discectomy and fusion C5-6", DATE_2016, "2015-10-20");
        assertThat(verdictOf(d, "severe, disabling symptoms")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void axialNeckPainIsNoRadiatingSymptom() {
        Draft d = draft("He has axial neck pain without arm symptoms; strength, sensation and reflexes are normal. "
                + "Cervical MRI showed a 2 mm C5-6 bulge. He has had 6 sessions of physical therapy.",
                "Anterior cervical discectomy and fusion C5-6", DATE_2016, "2015-10-20");
        assertThat(verdictOf(d, "severe, disabling symptoms")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void injectionsWithOnlyTemporaryReliefAreCareThatFailed() {
        Draft d = draft("He has painful triggering of the right ring finger with a tender nodule at the A1 pulley. He "
                + "received two corticosteroid injections into the flexor tendon sheath, on 3/15/2016 and 6/1/2016, "
                + "with only temporary relief, and continues to have triggering.",
                "Release of trigger finger, right ring finger", DATE_2016, "2016-01-10");
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aTriggerFingerNotYetInjectedIsNotReleased() {
        Draft d = draft("He has painful triggering of the right ring finger with a tender nodule at the A1 pulley. He "
                + "has not had a corticosteroid injection.", "Release of trigger finger, right ring finger", DATE_2016,
                "2016-07-10");
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void anAbsentAnkleJerkDoesNotNegateTheWeaknessAndNumbnessListedAfterIt() {
        Draft d = draft("He has disabling left sciatica for six months despite treatment. Neurologic exam shows an "
                + "absent left ankle jerk, weakness of left plantar flexion (4/5) and numbness along the lateral border "
                + "of the left foot. MRI dated 1/5/2015 demonstrates a left L5-S1 disc herniation with compression of "
                + "the left S1 nerve root. Treatment has included 18 PT visits and an epidural steroid injection "
                + "without lasting relief.", "Left L5-S1 hemilaminotomy and discectomy", DATE_2015, "2014-11-02");
        assertThat(verdictOf(d, "objective neurologic findings")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(verdictOf(d, "severe, disabling symptoms")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anExamWithoutWeaknessOrNumbnessHasNoNeurologicFindings() {
        Draft d = draft("He has low back pain and left leg pain. Neurologic exam shows no weakness, numbness or reflex "
                + "change. MRI shows a small L5-S1 disc bulge. Treatment has included 18 PT visits.",
                "Left L5-S1 hemilaminotomy and discectomy", DATE_2015, "2014-11-02");
        assertThat(verdictOf(d, "objective neurologic findings")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void therapyGivenWithPersistentSymptomsIsCareThatFailed() {
        Draft d = draft("She has low back pain with numbness and tingling in the left leg for eight months; the exam "
                + "is equivocal. She completed 12 sessions of PT and a course of NSAIDs with persistent symptoms.",
                "EMG of the left lower extremity", DATE_2016, "2016-01-05");
        assertThat(verdictOf(d, "conservative care")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void therapyThatHelpedIsNoFailedCare() {
        Draft d = draft("She has low back pain with tingling in the left leg. She completed 12 sessions of PT, which "
                + "helped, and her symptoms have resolved.", "EMG of the left lower extremity", DATE_2016,
                "2016-01-05");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------------------ medications

    @Test
    void whatTheMedicationAllowsThePatientToDoAndABetterOswestryAreFunctionalImprovement() {
        Draft allows = draft("She takes oxycodone 10 mg twice daily. She reports pain reduced from 9/10 to 4/10 with "
                + "oxycodone, and states it allows her to stand long enough to cook and do laundry.",
                "Oxycodone 10 mg #60", DATE_2016, "2012-03-03");
        assertThat(verdictOf(allows, "functional improvement")).as(explain(allows)).isEqualTo(Verdict.MET);
        Draft oswestry = draft("She takes oxycodone 10 mg twice daily. Pain is 4/10 with and 8/10 without the "
                + "medication; her Oswestry score improved from 58% to 40%.", "Oxycodone 10 mg #60", DATE_2016,
                "2012-03-03");
        assertThat(verdictOf(oswestry, "functional improvement")).as(explain(oswestry)).isEqualTo(Verdict.MET);
    }

    @Test
    void painThatDoesNotAllowThePatientToWorkIsNoImprovement() {
        Draft d = draft("She takes oxycodone 10 mg twice daily. Her pain remains 8/10, and the pain does not allow her "
                + "to do housework.", "Oxycodone 10 mg #60", DATE_2016, "2012-03-03");
        assertThat(verdictOf(d, "functional improvement")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void painWithAndWithoutTheMedicationsStatedByAPronounAndAReturnToPartTimeWorkMeetTheFourAs() {
        Draft d = draft("He is seen monthly for medication management. Medications: hydrocodone/APAP 10/325 mg one tab "
                + "q6h prn. Pain is 8/10 without medications and 3/10 with them. He has returned to part-time work. "
                + "Side effects: none. UDS 6/10/2016 consistent with prescribed medications.",
                "Hydrocodone/APAP 10/325 mg #120", DATE_2016, "2010-01-01");
        assertThat(verdictOf(d, "monitoring of analgesia")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(verdictOf(d, "monitoring of activities of daily living")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void theSamePainWithAndWithoutTheMedicationsIsNoAnalgesia() {
        Draft d = draft("He is seen monthly for medication management. Medications: hydrocodone/APAP 10/325 mg one tab "
                + "q6h prn. Pain is 8/10 without medications and 8/10 with them. He is not working. Side effects: "
                + "none.", "Hydrocodone/APAP 10/325 mg #120", DATE_2016, "2010-01-01");
        assertThat(verdictOf(d, "monitoring of analgesia")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aDrugThePhysicianPrescribesNowIsTheRequestNotACourseAlreadyTaken() {
        Draft d = draft("She has chronic low back pain. On 8/20/2016 she had an acute exacerbation after lifting a box, "
                + "with palpable paralumbar muscle spasm. She has not taken a muscle relaxant before. The physician "
                + "prescribes cyclobenzaprine 7.5 mg at bedtime, #20, as a short course.",
                "Cyclobenzaprine 7.5 mg #20", DATE_2016, "2014-08-08");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aMuscleRelaxantTakenForMonthsIsPastTheShortCourse() {
        Draft d = draft("She has chronic low back pain with paralumbar muscle spasm. She has taken cyclobenzaprine "
                + "7.5 mg nightly for six months. The physician prescribes cyclobenzaprine 7.5 mg, #30.",
                "Cyclobenzaprine 7.5 mg #30", DATE_2016, "2014-08-08");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aFlareOfBackPainIsAnAcuteExacerbation() {
        Draft d = draft("He has low back pain from a lumbar strain. He reports a flare of low back pain after lifting "
                + "on 5/15/2015, with paraspinal spasm on exam.", "Naproxen 550 mg #60", DATE_2015, "2015-02-02");
        assertThat(verdictOf(d, "acutely worsened")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void stablePainWithNoFlaresIsNoAcuteExacerbation() {
        Draft d = draft("He has chronic neck pain from a cervical strain, stable at 3/10, with no flare in the past "
                + "year.", "Naproxen 550 mg #60", DATE_2015, "2010-02-02");
        assertThat(verdictOf(d, "acutely worsened")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }
}
