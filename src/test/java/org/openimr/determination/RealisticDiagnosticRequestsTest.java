package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Diagnostic requests (MRI, CT, films, EMG/NCV, urine drug screens, NSAID labs, sleep studies, FCE) in case summaries
 * written the way IMR writes them: dated visits, clinical shorthand ("+SLR L at 40 deg", "PT x 12", "b/l"), the UR
 * decision with the reviewer's reasons. Records that meet the guideline in force are overturned under the chapter the
 * physicians cite; near misses (a criterion missing, contradicted, or only in the reviewer's words) stay upheld or
 * referred. Synthetic records, written for OpenIMR (fourteenth round, s12-diag, docs/engine-evaluation.md); the date
 * of injury is the letter header's.
 */
class RealisticDiagnosticRequestsTest {

    @Test
    void aPositiveSlrAnS1ReflexAndASurgeonWhoWouldOperateMeetTheLumbarRule() {
        overturned("The injured worker is a 44 year old male warehouse loader who injured his low back lifting boxes on "
                + "02/03/2016. Treatment to date has included PT x 12 sessions, naproxen and a home exercise program, "
                + "without lasting relief. On 04/20/2016 he reported low back pain radiating down the L leg to the "
                + "lateral foot, 7/10. Exam: +SLR L at 40 deg, diminished L S1 reflex, decreased sensation L S1 "
                + "dermatome, plantar flexion 4/5 on the L. On 05/04/2016 he was seen by a spine surgeon, who would "
                + "consider a L5-S1 microdiscectomy depending on the imaging. The request for MRI of the lumbar spine "
                + "was non-certified by UR on 05/12/2016; the UR reviewer stated that there was no documentation of "
                + "failed conservative treatment.",
                "MRI lumbar spine without contrast", "2016-05-12", "2016-02-03", "Low Back Complaints");
    }

    // the fix F3 (docs/engine-evaluation.md, s12-diag)
    @Test
    void saddleNumbnessAndPerianalSensationAreTheCaudaEquinaRedFlag() {
        overturned("The patient is a 51 year old female who injured her low back on 06/14/2016 when she slipped on a wet "
                + "floor. She was treated with PT and ibuprofen. On 08/09/2016 she reported new numbness in the saddle "
                + "area and difficulty starting urination for 3 days. Exam showed decreased perianal sensation. The UR "
                + "non-certified the lumbar MRI on 08/15/2016, noting that she had not completed conservative care.",
                "MRI of the lumbar spine", "2016-08-15", "2016-06-14", "Low Back Complaints");
    }

    @Test
    void dermatomalNumbnessAndADiminishedBicepsReflexAfterTherapyMeetTheCervicalRule() {
        overturned("The injured worker is a 39 year old female data entry clerk with neck pain since a cumulative trauma "
                + "injury dated 01/11/2016. She has completed 8 sessions of PT and takes meloxicam, without "
                + "improvement. On 05/02/2016 she complained of neck pain radiating into the R arm with numbness of the "
                + "R thumb and index finger. Exam: +Spurling's on the R, diminished R biceps reflex 1+ vs 2+ on the L, "
                + "dermatomal numbness R C6, R wrist extension 4/5. The physician requested MRI of the cervical spine. "
                + "UR non-certified it on 05/10/2016.",
                "MRI cervical spine", "2016-05-10", "2016-01-11", "Neck and Upper Back");
    }

    // the fix F1 (docs/engine-evaluation.md, s12-diag)
    @Test
    void therapyWithLittleBenefitIsConservativeCareThatFailed() {
        overturned("The injured worker is a 47 year old male mechanic who injured his neck on 03/01/2016. He has had 12 "
                + "sessions of PT and chiropractic care and takes tramadol with little benefit. On 06/06/2016 he "
                + "reported neck pain radiating into the L arm with paresthesias in the L middle finger. There was "
                + "decreased sensation in the L C7 dermatome and triceps reflex was diminished on the L. The pain "
                + "management physician plans a cervical epidural steroid injection at C6-7 and requested a cervical "
                + "MRI to plan the injection. UR denied the MRI on 06/14/2016.",
                "MRI of the cervical spine without contrast", "2016-06-14", "2016-03-01", "Neck and Upper Back");
    }

    @Test
    void aSuspectedFullThicknessTearWithRepairPlannedMeetsTheShoulderRule() {
        overturned("This 58 year old male truck driver injured the R shoulder on 01/20/2016 pulling a tarp. He has been "
                + "treated with PT 2x/wk x 6 wks, a subacromial cortisone injection on 03/15/2016 and ibuprofen, "
                + "without improvement. On 04/25/2016 he had night pain and was unable to lift the arm overhead. Exam: "
                + "+Hawkins, +empty can, supraspinatus strength 3/5, positive drop arm test. The orthopedist suspects a "
                + "full thickness rotator cuff tear and recommends arthroscopic rotator cuff repair if the MRI confirms "
                + "it. UR non-certified the R shoulder MRI on 05/03/2016, stating that the x-rays were not provided.",
                "MRI right shoulder", "2016-05-03", "2016-01-20", "Shoulder Complaints");
    }

    // the fix F2 (docs/engine-evaluation.md, s12-diag)
    @Test
    void aStabilizationTheSurgeonConsidersIsTheInvasiveProcedureTheStudyPlans() {
        overturned("This 29 year old male police officer dislocated his L shoulder while restraining a suspect on "
                + "02/02/2016; it was reduced in the ER. He has had 2 more episodes of the shoulder slipping out since "
                + "then despite 8 weeks of PT for rotator cuff strengthening. On 05/16/2016 exam showed +apprehension "
                + "test and +relocation test on the L, with anterior instability. The orthopedic surgeon is considering "
                + "an arthroscopic Bankart repair and requested an MRI arthrogram of the L shoulder. UR denied the "
                + "request on 05/24/2016.",
                "MR arthrogram left shoulder", "2016-05-24", "2016-02-02", "Shoulder Complaints");
    }

    @Test
    void lockingCatchingAndMcMurraysWithArthroscopyConsideredMeetTheKneeRule() {
        overturned("The injured worker is a 41 year old female custodian who twisted her R knee on 03/07/2016 stepping "
                + "off a ladder. She has completed 6 sessions of PT and takes naproxen, with persistent pain. On "
                + "05/11/2016 she reported locking and catching of the R knee and giving way on stairs. Exam: medial "
                + "joint line tenderness, +McMurray's medially, small effusion. The orthopedist suspects a medial "
                + "meniscus tear and is considering arthroscopy. The request for MRI of the R knee was non-certified on "
                + "05/19/2016.",
                "MRI of the right knee", "2016-05-19", "2016-03-07", "Knee Complaints");
    }

    @Test
    void aPositiveLachmanWithReconstructionConsideredMeetsTheKneeRule() {
        overturned("This 33 year old male landscaper injured his L knee on 04/04/2016 when he planted his foot and "
                + "pivoted, feeling a pop. Despite 4 weeks of PT, a hinged knee brace and ibuprofen, the knee continues "
                + "to buckle. On 05/23/2016 exam showed a +Lachman test and a +anterior drawer sign on the L. The "
                + "surgeon suspects an ACL tear; he is a surgical candidate for ACL reconstruction. UR non-certified "
                + "the L knee MRI on 06/01/2016.",
                "MRI left knee", "2016-06-01", "2016-04-04", "Knee Complaints");
    }

    // the fix F4 (docs/engine-evaluation.md, s12-diag)
    @Test
    void aNewFootDropWrittenWithItsSideIsAProgressiveDeficit() {
        overturned("The injured worker is a 56 year old male with chronic low back pain since an injury on 09/09/2013. A "
                + "lumbar MRI on 10/15/2014 showed a L4-5 disc protrusion. He was managed with PT, ESIs and "
                + "medications. On 07/12/2016 he reported new weakness of the R leg over the past month, tripping over "
                + "his R foot. Exam showed a new R foot drop with R ankle dorsiflexion 3/5, where it had been 5/5 in "
                + "2015. The physician requested a repeat MRI of the lumbar spine because of the significant change in "
                + "findings. UR denied the repeat MRI on 07/20/2016.",
                "Repeat MRI lumbar spine", "2016-07-20", "2013-09-09", "Low Back Complaints");
    }

    @Test
    void tinelsAndPhalensWithSplintsFailedMeetTheElectrodiagnosticRules() {
        overturned("The injured worker is a 46 year old female assembler with numbness and tingling in both hands since "
                + "01/2016, worse at night. She has used wrist splints at night and taken ibuprofen for 3 months "
                + "without relief. On 05/03/2016 exam showed positive Tinel's and Phalen's b/l, with decreased "
                + "sensation in the median nerve distribution of both hands. The physician suspects b/l carpal tunnel "
                + "syndrome and requested EMG/NCV of the bilateral upper extremities. UR non-certified the request on "
                + "05/11/2016.",
                "EMG/NCV bilateral upper extremities", "2016-05-11", "2016-01-04", "Neck and Upper Back");
    }

    @Test
    void armSymptomsOfUnclearOriginAfterThreeWeeksMeetTheElectrodiagnosticRule() {
        overturned("The injured worker is a 52 year old male electrician with neck pain radiating to the R arm since an "
                + "injury on 02/15/2016. He had 6 sessions of PT and takes naproxen. On 05/09/2016 he reported numbness "
                + "in the R thumb and index finger. Exam: equivocal Spurling's on the R, +Tinel's at the R wrist, "
                + "reflexes symmetric. The physician could not tell a R C6 radiculopathy from R carpal tunnel syndrome "
                + "and requested EMG/NCS of the R upper extremity. UR non-certified it on 05/17/2016.",
                "EMG/NCS right upper extremity", "2016-05-17", "2016-02-15", "Neck and Upper Back");
    }

    // the fix F5 (docs/engine-evaluation.md, s12-diag)
    @Test
    void anEquivocalStraightLegRaiseIsNoClinicallyObviousRadiculopathy() {
        overturned("The injured worker is a 49 year old female nurse's aide with low back pain radiating to the L leg "
                + "since an injury on 01/25/2016. She has completed PT x 10 and a course of meloxicam, without "
                + "improvement. On 05/02/2016 she reported numbness over the L foot. Exam: SLR equivocal on the L, "
                + "reflexes 2+ and symmetric, subjective decreased sensation over the dorsum of the L foot. The "
                + "physician suspects a L5 radiculopathy and requested EMG of the bilateral lower extremities. UR "
                + "non-certified it on 05/10/2016.",
                "EMG of the bilateral lower extremities", "2016-05-10", "2016-01-25", "Low Back Complaints");
    }

    @Test
    void theOttawaKneeFindingsTheDayAfterAFallCallForFilms() {
        overturned("The patient is a 36 year old male roofer who fell from a ladder and struck his L knee on 09/12/2016. "
                + "He was seen on 09/13/2016 with a swollen L knee. Exam: effusion, tenderness over the patella, unable "
                + "to bear weight for 4 steps, flexion limited to 70 degrees. The physician requested x-rays of the L "
                + "knee. UR non-certified the x-rays on 09/15/2016.",
                "X-ray left knee 3 views", "2016-09-15", "2016-09-12", "Knee Complaints");
    }

    @Test
    void aPatientOnOpioidsWithNoScreenForMonthsIsTested() {
        overturned("The injured worker is a 60 year old male with chronic low back pain since an injury on 04/04/2012. "
                + "His medications are Norco 10/325mg 1 tab PO TID and gabapentin. The last urine drug screen, on "
                + "09/02/2015, was consistent with his prescribed medications. On 06/01/2016 the physician continued "
                + "Norco and requested a urine drug screen. UR non-certified the urine drug screen on 06/09/2016.",
                "Urine drug screen", "2016-06-09", "2012-04-04", "Drug testing");
    }

    @Test
    void bloodCountAndChemistryOnLongNsaidUseAreMonitoring() {
        overturned("The injured worker is a 57 year old female with chronic knee pain since an injury on 03/03/2013. She "
                + "has taken naproxen 550mg BID for over 2 years. No lab work has been done during that time. On "
                + "07/05/2016 the physician requested a CBC and a comprehensive metabolic panel to monitor her liver "
                + "and kidney function on the NSAID. UR non-certified the labs on 07/12/2016.",
                "CBC and CMP", "2016-07-12", "2013-03-03", "NSAIDs");
    }

    @Test
    void anL5SensoryLossAndEhlWeaknessWithASurgeonReferralMeetTheLumbarRule() {
        overturned("The injured worker is a 38 year old male laborer who injured his low back on 01/04/2016. He has had "
                + "PT x 12, chiropractic x 6, and 2 lumbar ESIs, the last on 04/01/2016, without lasting relief. On "
                + "05/16/2016 he reported L leg pain worse than back pain. Exam: decreased sensation L5 dermatome on "
                + "the L, L EHL 4/5, +SLR on the L at 45 degrees. He was referred to a spine surgeon for possible L4-5 "
                + "decompression. UR denied the MRI of the lumbar spine on 05/24/2016.",
                "Lumbar MRI", "2016-05-24", "2016-01-04", "Low Back Complaints");
    }

    @Test
    void aSuspectedCompressionFractureAfterAFallIsImagedWithCt() {
        overturned("The patient is a 67 year old female custodian who fell backward down 4 stairs on 10/03/2016, landing "
                + "on her buttocks. She has osteoporosis. On 10/05/2016 she had severe midline low back pain with point "
                + "tenderness over L1. X-rays showed possible L1 compression fracture. The physician requested a CT of "
                + "the lumbar spine to evaluate the fracture. UR non-certified the CT on 10/10/2016.",
                "CT lumbar spine", "2016-10-10", "2016-10-03", "Low Back Complaints");
    }

    @Test
    void witnessedApneasAndDaytimeSleepinessCallForASleepStudy() {
        overturned("The injured worker is a 50 year old male with chronic neck pain since an injury on 05/05/2014. On "
                + "06/06/2016 his wife reported loud snoring and witnessed pauses in his breathing during sleep, and he "
                + "has excessive daytime sleepiness, falling asleep while driving. The physician requested a sleep "
                + "study to rule out obstructive sleep apnea. UR non-certified the sleep study on 06/14/2016.",
                "Sleep study (polysomnography)", "2016-06-14", "2014-05-05", "Polysomnography");
    }

    @Test
    void failedReturnsToWorkNearMmiCallForAnFce() {
        overturned("The injured worker is a 45 year old female warehouse worker with low back pain since an injury on "
                + "06/06/2015. She has completed PT and a work hardening program. Two attempts to return to her usual "
                + "work, in 01/2016 and 03/2016, failed because of pain. On 05/05/2016 the physician found her close to "
                + "maximum medical improvement and requested a functional capacity evaluation to set her permanent work "
                + "restrictions. UR non-certified the FCE on 05/12/2016.",
                "Functional capacity evaluation", "2016-05-12", "2015-06-06", "Functional capacity evaluation");
    }

    @Test
    void aNormalNeurologicalExaminationStaysUpheld() {
        safe("The injured worker is a 44 year old male warehouse loader who injured his low back lifting boxes on "
                + "02/03/2016. He had PT x 6 sessions with some improvement. On 04/20/2016 he reported low back pain "
                + "with occasional radiation to the L buttock. Exam: negative SLR b/l, reflexes 2+ and symmetric, "
                + "sensation intact, strength 5/5. The physician requested an MRI of the lumbar spine. UR non-certified "
                + "the MRI on 04/28/2016, stating that there were no objective neurologic deficits.",
                "MRI lumbar spine", "2016-04-28", "2016-02-03", "Low Back Complaints");
    }

    @Test
    void neckPainOfTenDaysWithoutCareStaysUpheld() {
        safe("The patient is a 35 year old female bus driver with neck pain after a rear-end collision at work on "
                + "05/01/2016. On 05/09/2016 she had paraspinal tenderness and decreased cervical range of motion; "
                + "neurological exam was normal. She has not yet started PT. The physician requested a cervical MRI. UR "
                + "non-certified it on 05/11/2016.",
                "MRI cervical spine", "2016-05-11", "2016-05-01", "Neck and Upper Back");
    }

    @Test
    void impingementWithoutTherapyStaysUpheld() {
        safe("This 50 year old female cashier has R shoulder pain since 04/10/2016 from repetitive reaching. On "
                + "04/25/2016 exam showed +Neer and +Hawkins, strength 5/5, full range of motion. She has had no PT. "
                + "The physician requested an MRI of the R shoulder. UR denied it on 05/02/2016.",
                "MRI right shoulder", "2016-05-02", "2016-04-10", "Shoulder Complaints");
    }

    @Test
    void aStableKneeWithoutMechanicalSymptomsStaysUpheld() {
        safe("This 63 year old male with L knee pain since 10/24/2015 has had PT and naproxen. On 05/10/2016 he "
                + "reported intermittent aching 3/10 with walking; no locking, catching or giving way. Exam: crepitus, "
                + "negative McMurray's, stable ligaments, full ROM. The physician described the knee as stable and "
                + "requested an MRI of the L knee. UR non-certified it on 05/18/2016.",
                "MRI left knee", "2016-05-18", "2015-10-24", "Knee Complaints");
    }

    @Test
    void anUnchangedPatientDoesNotGetARepeatMri() {
        safe("The injured worker is a 56 year old male with chronic low back pain since an injury on 09/09/2013. A "
                + "lumbar MRI on 01/15/2016 showed a L4-5 disc protrusion. On 07/12/2016 his symptoms were unchanged, "
                + "with back pain radiating to the R leg; the exam was unchanged from prior visits, with decreased "
                + "sensation in the R L5 dermatome. The physician requested a repeat MRI of the lumbar spine. UR denied "
                + "it on 07/20/2016.",
                "Repeat MRI lumbar spine", "2016-07-20", "2013-09-09", "Low Back Complaints");
    }

    @Test
    void negativeTinelsAndPhalensWithoutNumbnessStayUpheld() {
        safe("The injured worker is a 46 year old female assembler with aching in both wrists since 01/2016. On "
                + "05/03/2016 exam showed tenderness over the dorsal wrists; Tinel's and Phalen's were negative b/l, "
                + "sensation intact, strength 5/5. She denied numbness or tingling. The physician requested EMG/NCV of "
                + "the bilateral upper extremities. UR non-certified it on 05/11/2016.",
                "EMG/NCV bilateral upper extremities", "2016-05-11", "2016-01-04", "Neck and Upper Back");
    }

    @Test
    void clinicallyObviousRadiculopathyConfirmedByMriGetsNoEmg() {
        safe("The injured worker is a 44 year old male with L leg pain since an injury on 02/03/2016. An MRI of "
                + "the lumbar spine on 04/01/2016 showed a large L5-S1 disc extrusion compressing the L S1 nerve root. "
                + "On 05/02/2016 he had +SLR L at 30 deg, an absent L ankle reflex and decreased sensation L S1 "
                + "dermatome; the physician diagnosed clinically obvious L S1 radiculopathy consistent with the MRI. He "
                + "requested EMG/NCV of the bilateral lower extremities. UR denied it on 05/10/2016.",
                "EMG/NCV bilateral lower extremities", "2016-05-10", "2016-02-03", "Low Back Complaints 2004, Section(s): Summary");
    }

    @Test
    void aScreenForAPatientNeverOnOpioidsStaysUpheld() {
        safe("The injured worker is a 40 year old female with chronic wrist pain since an injury on 03/03/2014. "
                + "Her medications are ibuprofen and a topical lidocaine patch; she has never been prescribed opioids "
                + "and there is no history of substance abuse. On 06/01/2016 the physician requested a urine drug "
                + "screen. UR non-certified it on 06/09/2016.",
                "Urine drug screen", "2016-06-09", "2014-03-03", "Drug testing");
    }

    @Test
    void aKneeWithoutOttawaFindingsGetsNoFilms() {
        safe("The patient is a 36 year old male roofer who bumped his L knee on a beam on 09/12/2016. On "
                + "09/13/2016 he walked into the office without a limp. Exam: no effusion, no tenderness over the "
                + "patella or fibular head, flexion to 130 degrees. The physician requested x-rays of the L knee. UR "
                + "non-certified them on 09/15/2016.",
                "X-ray left knee", "2016-09-15", "2016-09-12", "Knee Complaints");
    }

    // the fix F6 (docs/engine-evaluation.md, s12-diag)
    @Test
    void findingsTheReviewerSaysWouldSupportTheStudyAreNotTheRecords() {
        safe(REVIEWERS_CONDITIONS,
                "Lumbar MRI", "2016-05-24", "2016-01-04", "Low Back Complaints");
        Draft d = draft(REVIEWERS_CONDITIONS, "Lumbar MRI", "2016-05-24", "2016-01-04");
        assertThat(verdictOf(d, "unequivocal objective neurologic")).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    // the other side of the fix F6: the physician's own finding still counts beside the reviewer's conditions
    @Test
    void theExaminersOwnFindingCountsBesideTheReviewersConditions() {
        overturned("The injured worker is a 38 year old male laborer who injured his low back on 01/04/2016. He has had "
                + "PT x 12 and chiropractic x 6 without lasting relief. On 05/16/2016 the exam documented decreased "
                + "sensation in the L L5 dermatome and L EHL weakness 4/5, and he was referred to a spine surgeon for "
                + "possible decompression. UR denied the MRI on 05/24/2016; the UR reviewer wrote that an MRI would be "
                + "supported by a positive SLR, which was not documented.",
                "Lumbar MRI", "2016-05-24", "2016-01-04", "Low Back Complaints");
    }

    @Test
    void legNerveConductionForAPresumedRadiculopathyStaysUpheld() {
        safe("The injured worker is a 49 year old female with low back pain radiating to the L leg since an injury "
                + "on 01/25/2016, with PT x 10 without improvement. On 12/02/2016 she reported numbness in the L foot; "
                + "SLR was equivocal on the L. The physician suspects a L5 radiculopathy and requested NCV of the "
                + "bilateral lower extremities. There is no diabetes or suspected peripheral neuropathy. UR "
                + "non-certified it on 12/10/2016.",
                "NCV bilateral lower extremities", "2016-12-10", "2016-01-25", "Chronic Pain Medical Treatment 2016");
    }

    // guard for the fix F1 (docs/engine-evaluation.md, s12-diag)
    @Test
    void therapyThatHelpedIsNoFailedCare() {
        safe("The injured worker is a 47 year old male mechanic who injured his neck on 03/01/2016. He has had 12 "
                + "sessions of PT with good benefit; his neck pain decreased from 7/10 to 2/10. On 06/06/2016 he "
                + "reported occasional aching in the neck without radiation. Exam: full ROM, sensation intact, reflexes "
                + "2+ and symmetric. The physician requested a cervical MRI. UR denied the MRI on 06/14/2016.",
                "MRI of the cervical spine", "2016-06-14", "2016-03-01", "Neck and Upper Back");
    }

    // guard for the fix F2 (docs/engine-evaluation.md, s12-diag)
    @Test
    void aStabilizationConsideredAfterOneWeekOfTherapyStaysUpheld() {
        safe("This 29 year old male police officer strained his L shoulder while restraining a suspect on "
                + "05/02/2016. On 05/16/2016 he had pain with overhead reaching and +apprehension test; he had started "
                + "PT one week before. The orthopedic surgeon is considering an arthroscopic Bankart repair and "
                + "requested an MRI of the L shoulder. UR denied the request on 05/18/2016.",
                "MRI left shoulder", "2016-05-18", "2016-05-02", "Shoulder Complaints");
    }

    // guard for the fix F3 (docs/engine-evaluation.md, s12-diag)
    @Test
    void deniedSaddleNumbnessIsNoRedFlag() {
        safe("The patient is a 51 year old female who injured her low back on 06/14/2016 when she slipped on a wet "
                + "floor. She was treated with PT x 4 and ibuprofen. On 08/09/2016 she reported low back pain without "
                + "radiation; she denies saddle numbness or loss of bladder control. Exam: negative SLR b/l, sensation "
                + "intact, reflexes symmetric. The UR non-certified the lumbar MRI on 08/15/2016.",
                "MRI of the lumbar spine", "2016-08-15", "2016-06-14", "Low Back Complaints");
    }

    // guard for the fix F5 (docs/engine-evaluation.md, s12-diag)
    @Test
    void anEquivocalSignTwoWeeksAfterTheInjuryIsTooSoonForEmg() {
        safe("The injured worker is a 49 year old female nurse's aide who injured her low back on 04/26/2016. On "
                + "05/06/2016 she reported back pain with some tingling in the L foot. Exam: SLR equivocal on the L, "
                + "reflexes 2+ and symmetric. The physician requested EMG of the bilateral lower extremities. UR "
                + "non-certified it on 05/10/2016.",
                "EMG of the bilateral lower extremities", "2016-05-10", "2016-04-26", "Low Back Complaints");
    }

    // guard for the fix F4 (docs/engine-evaluation.md, s12-diag)
    @Test
    void aFootDropUnchangedSinceAnOperationIsNoNewFinding() {
        safe("The injured worker is a 56 year old male with chronic low back pain since an injury on 09/09/2013, "
                + "s/p L4-5 laminectomy 2014, with a residual R foot drop since then. A lumbar MRI on 01/15/2016 showed "
                + "postoperative changes at L4-5. On 07/12/2016 the foot drop and his back pain were unchanged from "
                + "prior visits. The physician requested a repeat MRI of the lumbar spine. UR denied it on 07/20/2016.",
                "Repeat MRI lumbar spine", "2016-07-20", "2013-09-09", "Low Back Complaints");
    }

    private static void overturned(String record, String request, String date, String injury, String citation) {
        Draft d = draft(record, request, date, injury);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).contains(citation);
    }

    /** A near miss: upheld or referred, never overturned, under the rule that decides it. */
    private static void safe(String record, String request, String date, String injury, String citation) {
        Draft d = draft(record, request, date, injury);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
        assertThat(d.citationText()).as(explain(d)).contains(citation);
    }

    private static final String REVIEWERS_CONDITIONS = "The injured worker is a 38 year old male laborer who injured his low back on 01/04/2016. He has had "
                + "PT x 12 and chiropractic x 6 without lasting relief. On 05/16/2016 he reported back pain; the exam "
                + "documented lumbar paraspinal tenderness and limited flexion. The physician requested an MRI of the "
                + "lumbar spine to consider surgery. UR denied the MRI on 05/24/2016; the UR reviewer wrote that an MRI "
                + "would be supported by decreased sensation in a dermatome or a positive SLR, which were not "
                + "documented.";
}
