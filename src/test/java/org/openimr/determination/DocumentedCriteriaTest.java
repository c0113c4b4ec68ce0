package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.missing;
import static org.openimr.determination.RecommendationKindsTest.DECIDED;
import static org.openimr.determination.RecommendationKindsTest.INJURED;
import static org.openimr.determination.RecommendationKindsTest.assertOutcome;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openimr.determination.RecommendationTrace.Conclusion;

/**
 * Criteria that decide whether a documented record overturns a denial: the region a study is for, one office visit
 * at a time, short-term home nursing after major surgery, a surgical consultation for radiculopathy matching
 * imaging. Met, not met and missing, on synthetic records.
 */
class DocumentedCriteriaTest {

    @Nested
    class RegionOfTheRequest {
        private static final String LOW_BACK = "She has low back pain. Treatment has included 12 sessions of physical "
                + "therapy and medications without relief.";

        @Test
        void aStudyOfARegionTheRecordNamesIsJudgedOnItsCriteria() {
            Draft d = draft("She has right wrist pain. Treatment has included 12 sessions of physical therapy and "
                    + "medications without relief. She is scheduled for surgery.", "X-ray of the right wrist", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aStudyOfARegionTheRecordNeverNamesServesNoDocumentedComplaint() {
            Draft d = draft(LOW_BACK, "X-ray of the right wrist", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("complaints, findings or a diagnosis concern the body region");
        }

        @Test
        void aConcussionIsAComplaintOfTheHead() {
            Draft d = draft("Concussion at work in September 2016. Headaches and dizziness have worsened over the past "
                    + "month.", "CT scan of the head", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aLimbStudyCountsTheSpineThatSuppliesIt() {
            Draft d = draft("He has low back pain radiating to the left leg. Treatment has included physical therapy.",
                    "MRI of the lumbar spine", DECIDED, INJURED);
            assertThat(d.trace().recommendations().get(0).criteria().get(0).verdict()).isEqualTo(Verdict.MET);
        }
    }

    @Nested
    class NeurologicFindingsOfTheRequestedRegion {
        private static final String NECK = "She has neck pain since the injury. Physical therapy and medications for "
                + "two months failed to relieve the pain. ";

        @Test
        void aCervicalMriWithDeficitsOnlyOfTheLegsHasNoNeurologicFindingsForTheNeck() {
            Draft d = draft(NECK + "There is decreased sensation in the left L5 dermatome and weakness of the left "
                    + "EHL.", "MRI of the cervical spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("a neurologic examination documenting objective findings that identify "
                    + "a specific nerve root or nerve");
        }

        @Test
        void theSameMriWithDeficitsOfTheC6RootIsJudgedOnThem() {
            Draft d = draft(NECK + "There is decreased sensation in the left C6 dermatome and weakness of the left "
                    + "biceps.", "MRI of the cervical spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations().get(0).criteria()).anyMatch(c -> c.predicate().equals(
                    "anyOf") && c.verdict() == Verdict.MET);
        }

        @Test
        void anEmgOfTheArmsWithFindingsOnlyInTheLegsFindsNoSuspectedFocalDysfunction() {
            Draft d = draft(NECK + "There is decreased sensation in the left L5 dermatome and weakness of the left "
                    + "EHL.", "EMG of the bilateral upper extremities", DECIDED, INJURED);
            assertThat(focalDysfunction(d)).containsExactly(Verdict.UNKNOWN, Verdict.UNKNOWN);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void anEmgOfTheArmsWithOnlyALumbarRadiculopathyFindsNoSuspectedFocalDysfunction() {
            Draft d = draft(NECK + "The diagnoses include lumbar radiculopathy.", "EMG of the bilateral upper "
                    + "extremities", DECIDED, INJURED);
            assertThat(focalDysfunction(d)).as(Drafts.explain(d)).containsExactly(Verdict.UNKNOWN, Verdict.UNKNOWN);
            Draft arms = draft(NECK + "The diagnoses include cervical radiculopathy.", "EMG of the bilateral upper "
                    + "extremities", DECIDED, INJURED);
            assertThat(focalDysfunction(arms)).as(Drafts.explain(arms)).containsExactly(Verdict.MET, Verdict.MET);
        }

        @Test
        void aFindingThatNamesNoPartOfTheBodyStillCounts() {
            Draft d = draft(NECK + "There is decreased sensation and weakness.", "EMG of the bilateral upper "
                    + "extremities", DECIDED, INJURED);
            assertThat(focalDysfunction(d)).containsExactly(Verdict.MET, Verdict.MET);
        }

        @Test
        void aCervicalMriWithOnlyWristSignsOfCarpalTunnelHasNoNeurologicFindingsForTheNeck() {
            Draft d = draft(NECK + "There is a positive Tinel's sign at the right wrist, a positive Phalen's test and "
                    + "decreased sensation in the median nerve distribution of the right hand.",
                    "MRI of the cervical spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("a neurologic examination documenting objective findings that identify "
                    + "a specific nerve root or nerve");
        }

        @Test
        void aCervicalMriWithDeficitsOfTheHandIsJudgedOnThem() {
            Draft d = draft(NECK + "There is decreased sensation in the fingers of the right hand and weakness of the "
                    + "right grip.", "MRI of the cervical spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void anEmgOfTheArmsCountsAWristTinelSign() {
            Draft d = draft(NECK + "There is a positive Tinel's sign at the right wrist.", "EMG of the bilateral upper "
                    + "extremities", DECIDED, INJURED);
            assertThat(focalDysfunction(d)).containsExactly(Verdict.MET, Verdict.MET);
        }

        /** The verdicts on suspected focal neurologic dysfunction: the ACOEM neck chapter's, then the CPMTG's. */
        private static java.util.List<Verdict> focalDysfunction(Draft d) {
            return d.trace().recommendations().stream().flatMap(r -> r.criteria().stream())
                    .filter(c -> c.criterion().startsWith("subtle focal neurologic dysfunction"))
                    .map(CriterionFinding::verdict).toList();
        }
    }

    @Nested
    class OfficeVisits {
        private static final String RECORD = "He complains of persistent low back pain rated 6/10. Current "
                + "medications include Norco 10/325 mg.";

        @Test
        void oneFollowUpVisitForAnOpioidThatNeedsMonitoring() {
            assertOutcome(draft(RECORD, "Follow-up visit with the treating physician", DECIDED, INJURED),
                    DraftOutcome.OVERTURNED);
        }

        @Test
        void aSetNumberOfVisitsIsNotCertifiedInAdvance() {
            Draft d = draft(RECORD, "Monthly follow-up visits for 6 months", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().quantity().count()).hasValue(6);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_SUPPORTED
                    && r.limits().stream().anyMatch(l -> l.explanation().equals(
                            "6 visits requested, more than the 1 the guideline lets one request certify")));
        }

        @Test
        void noClinicalReasonDocumented() {
            Draft d = draft("The patient was seen.", "Follow-up visit", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class HomeNursing {
        @Test
        void shortTermSkilledCareAfterMajorSurgeryNeedsNoHomeboundStatement() {
            Draft d = draft("He was hospitalized and underwent a colon resection. There are surgical drains in the "
                    + "abdomen.", "Home health nursing daily for 2 weeks", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void afterMajorSurgeryWithoutASkilledNeed() {
            Draft d = draft("He was hospitalized and underwent a colon resection. He is recovering well.",
                    "Home health nursing daily for 2 weeks", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("skilled medical care");
        }

        @Test
        void longerTermPersonalCareWithoutSurgeryNeedsAHomeboundPatient() {
            Draft d = draft("She needs assistance with bathing and toileting.", "Home health aide 4 hours a day",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("homebound");
        }
    }

    @Nested
    class SurgicalConsultation {
        @Test
        void radiculopathyOnExaminationMatchingImaging() {
            Draft d = draft("He has low back pain. Prior treatment included physical therapy and acupuncture. An MRI of "
                    + "the lumbar spine on 06/01/2016 revealed a disc extrusion at L4-5 compressing the right L5 nerve "
                    + "root. Straight leg raise was positive on the right.",
                    "Spine surgery consultation for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Low Back Complaints 2004", "Surgical Considerations");
        }

        @Test
        void imagingWithoutAnyClinicalSignOrRadiatingSymptom() {
            Draft d = draft("He has low back pain. Prior treatment included physical therapy and acupuncture. An MRI of "
                    + "the lumbar spine on 06/01/2016 revealed a disc extrusion at L4-5. Straight leg raise was "
                    + "negative.", "Spine surgery consultation for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void withoutImaging() {
            Draft d = draft("He has low back pain radiating to the right leg. Straight leg raise was positive on the "
                    + "right. Prior treatment included physical therapy.", "Spine surgery consultation for the lumbar "
                    + "spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("imaging");
        }
    }

    @Nested
    class ColdTherapy {
        @Test
        void aColdTherapyUnitIsNotAnAtHomeColdPack() {
            Draft d = draft("She has chronic low back pain.", "Cold therapy unit", DECIDED, INJURED);
            assertThat(d.interpreted().modalities()).containsExactly("cold_therapy_unit");
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class RequestDateFromTheRecord {
        private Draft undated(String record) {
            return Drafts.ENGINE.draft(new CaseForDetermination(new CaseDates(java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()), record, java.util.List.of("Physical therapy 2 x 3 for the low back")))
                    .get(0);
        }

        @Test
        void withoutHeaderDatesTheUrDecisionTheRecordDatesChoosesTheGuidelines() {
            Draft d = undated("He has low back pain. Utilization review dated 11/19/13 denied the request for "
                    + "physical therapy.");
            assertThat(d.trace().requestDate()).contains(java.time.LocalDate.of(2013, 11, 19));
            assertThat(d.trace().requestDateBasis()).isEqualTo("UR decision date the record states");
            assertThat(d.outcome()).isNotEqualTo(DraftOutcome.REFER);
        }

        @Test
        void withoutAnyDateTheItemIsReferred() {
            Draft d = undated("He has low back pain. Utilization review denied the request for physical therapy.");
            assertOutcome(d, DraftOutcome.REFER);
        }
    }

    @Nested
    class ContinuingOpioids {
        private static final String MONITORED = "He has had chronic low back pain since 2014. Current medications include "
                + "Norco 10/325 mg one tablet every 6 hours. On 11/10/2016, the patient was seen. With Norco his pain "
                + "decreases from 8/10 to 4/10 and he is able to walk longer and do household chores. A urine drug "
                + "screen on 10/01/2016 was consistent with the prescribed medications. He denies side effects.";

        @Test
        void painReliefFunctionAndMonitoringDocumentedOnAStableDose() {
            Draft d = draft(MONITORED, "Norco 10/325 mg #120", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Opioid Treatment 2016");
        }

        @Test
        void withoutFunctionalImprovement() {
            Draft d = draft(MONITORED.replace(" and he is able to walk longer and do household chores", ""),
                    "Norco 10/325 mg #120", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("objective functional improvement");
        }

        @Test
        void withoutAVisitInTheThreeMonthsBeforeTheRequest() {
            Draft d = draft(MONITORED.replace("On 11/10/2016, the patient was seen.", "On 03/10/2016, the patient was "
                    + "seen."), "Norco 10/325 mg #120", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("sees the prescriber face to face regularly");
        }

        @Test
        void aHistoryOfOpioidUseDisorderNeedsAnAddictionSpecialist() {
            Draft d = draft(MONITORED + " He has a history of opioid use disorder.", "Norco 10/325 mg #120", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("addiction specialist");
        }
    }

    @Nested
    class FirstTrialOfManipulation {
        private static final String RECORD = "He has had chronic low back pain since 2014. He has not had chiropractic "
                + "care. With his medications he is able to walk longer.";

        @Test
        void aFirstTrialWithinTheSixVisitsTheGuidelineAllows() {
            Draft d = draft(RECORD, "Chiropractic treatment 2 x 3 for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Manual therapy & manipulation");
        }

        @Test
        void moreThanTheTrialIsNotExtendedByImprovementFromSomethingElse() {
            Draft d = draft(RECORD, "Chiropractic treatment for the lumbar spine, 12 visits", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("functional improvement");
        }

        @Test
        void withoutAMusculoskeletalCauseDocumented() {
            Draft d = draft("He reports headaches.", "Chiropractic treatment 2 x 3 for the lumbar spine", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("musculoskeletal");
        }
    }

    @Nested
    class LaboratoryAndGeneticTests {
        @Test
        void bloodCountAndChemistryForAPatientTakingAnNsaid() {
            Draft d = draft("Current medications include naproxen 550 mg twice daily.", "Labs: CBC, CMP", DECIDED,
                    INJURED);
            assertThat(d.interpreted().kind()).contains(org.openimr.guidelines.RequestKind.LAB_TEST);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("NSAIDs, specific drug list & adverse effects");
        }

        @Test
        void beforeAnOperationWithoutADiseaseOrDrugThatBearsOnItsRisk() {
            Draft d = draft("A right knee arthroscopy was recommended. She is otherwise healthy.", "Pre-operative labs",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("bears on the risk of an operation");
        }

        @Test
        void beforeAnOperationForAPatientWithDiabetes() {
            Draft d = draft("A right knee arthroscopy was recommended and has been authorized. She has diabetes.",
                    "Pre-operative labs",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Non-MTUS");
        }

        @Test
        void withNoIndicationInTheRecordGenerallyAcceptedStandardsUpholdTheTests() {
            Draft d = draft("She has low back pain.", "Labs: CBC, CMP", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("generally accepted standards of medical practice (Labor Code "
                    + "4610.5(c)(2)(E))");
        }

        @Test
        void geneticTestingForOpioidMisuseIsNotRecommended() {
            Draft d = draft("Current medications include Norco 10/325 mg.", "Genetic testing for opioid metabolism",
                    DECIDED, INJURED);
            assertThat(d.interpreted().kind()).contains(org.openimr.guidelines.RequestKind.OTHER_DIAGNOSTIC_TEST);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_RECOMMENDED);
        }

        @Test
        void anMrArthrogramIsAnMri() {
            Draft d = draft("She has right shoulder pain.", "MR arthrogram of the right shoulder", DECIDED, INJURED);
            assertThat(d.interpreted().kind()).contains(org.openimr.guidelines.RequestKind.MRI);
        }
    }

    @Nested
    class PostsurgicalTherapyWithinThePeriod {
        private static final String RECORD = "She underwent a right shoulder arthroscopic rotator cuff repair on "
                + "09/20/2016. She has completed 12 sessions of postoperative physical therapy with improved range of "
                + "motion and function.";

        @Test
        void aSecondCourseWithinTheGeneralCourseAfterTheFirstHelped() {
            Draft d = draft(RECORD, "Post-operative physical therapy 2 x 6 for the right shoulder", "2016-11-15",
                    "2016-01-15");
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Postsurgical Treatment 2009");
        }

        @Test
        void aSecondCourseWithoutImprovementFromTheFirst() {
            Draft d = draft(RECORD.replace(" with improved range of motion and function", ""),
                    "Post-operative physical therapy 2 x 6 for the right shoulder", "2016-11-15", "2016-01-15");
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("functional improvement");
        }
    }

    @Nested
    class ADocumentedDateOutsideTheWindow {
        @Test
        void aHeadCtLongAfterTheInjuryDoesNotAskForTheDateTheRecordGives() {
            Draft d = draft("He struck his head at work. He reports headaches.", "CT scan of the head", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).as(Drafts.explain(d)).doesNotContain("the date of the injury")
                    .doesNotContain("abnormal findings on neurologic examination")
                    .contains("the patient failed to improve, or deteriorated");
        }

        @Test
        void withoutADateOfInjuryTheDateIsWhatIsMissing() {
            Draft d = draft("He struck his head at work. He reports headaches.", "CT scan of the head", DECIDED, null);
            assertThat(missing(d)).as(Drafts.explain(d)).contains("the date of the injury");
        }
    }

    @Nested
    class ALesionToBeRuledOutIsSuspected {
        private static final String ELBOW = "He has had right elbow pain for three months despite physical therapy. "
                + "X-rays were normal. ";

        @Test
        void anElbowMriToRuleOutALigamentTearServesASuspectedLesion() {
            Draft d = draft(ELBOW + "The plan is an MRI of the right elbow to rule out a ligament tear.",
                    "MRI of the right elbow", DECIDED, INJURED);
            assertThat(missing(d)).as(Drafts.explain(d)).doesNotContain("a specific elbow lesion is suspected");
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void withoutALesionNamedTheMriServesNone() {
            Draft d = draft(ELBOW + "The plan is an MRI of the right elbow.", "MRI of the right elbow", DECIDED,
                    INJURED);
            assertThat(missing(d)).contains("a specific elbow lesion is suspected");
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class SleepStudy {
        @Test
        void forSuspectedSleepApnea() {
            Draft d = draft("He reports loud snoring and excessive daytime sleepiness.", "Sleep study", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Polysomnography");
        }

        @Test
        void forInsomniaAloneWithoutATreatmentTrial() {
            Draft d = draft("He reports difficulty sleeping because of pain.", "Sleep study", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("sleep");
        }
    }

    @Nested
    class InpatientRehabilitation {
        private static final String RECORD = "He underwent open reduction and internal fixation of a tibial plateau "
                + "fracture and was hospitalized. He is unable to transfer independently and is not safe for home.";

        @Test
        void afterAHospitalStayWithANewLossOfFunctionAndNoSafeHome() {
            Draft d = draft(RECORD, "Skilled nursing facility with physical therapy 10 days", DECIDED, INJURED);
            assertThat(d.interpreted().kind()).contains(org.openimr.guidelines.RequestKind.INPATIENT_REHABILITATION);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Non-MTUS", "Skilled nursing facility");
        }

        @Test
        void longerThanTheGuidelineAllows() {
            assertOutcome(draft(RECORD, "Skilled nursing facility 30 days", DECIDED, INJURED), DraftOutcome.UPHELD);
        }

        @Test
        void withoutAStatementThatHomeIsNotSafe() {
            Draft d = draft(RECORD.replace(" and is not safe for home", ""), "Skilled nursing facility 10 days",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("care at home is not safe");
        }
    }

    @Nested
    class RedFlags {
        @Test
        void redFlagsDeniedInGeneralContradictTheRedFlagCriterionOfARegionalStudy() {
            Draft d = draft("Low back pain for two months after lifting boxes. No red flags were found on "
                    + "examination.", "X-ray of the lumbar spine", DECIDED, INJURED);
            RecommendationTrace xRay = d.trace().recommendations().stream()
                    .filter(t -> t.id().equals("acoem-2004-low-back.x-ray")).findFirst().orElseThrow();
            assertThat(xRay.criteria().get(1).verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(xRay.conclusion()).isEqualTo(Conclusion.NOT_SUPPORTED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void aRedFlagOfAnotherRegionStillDoesNotCount() {
            Draft d = draft("Low back pain for two months. She had a fracture of the right wrist last year.",
                    "X-ray of the lumbar spine", DECIDED, INJURED);
            RecommendationTrace xRay = d.trace().recommendations().stream()
                    .filter(t -> t.id().equals("acoem-2004-low-back.x-ray")).findFirst().orElseThrow();
            assertThat(xRay.criteria().get(1).verdict()).isEqualTo(Verdict.UNKNOWN);
        }
    }

    @Nested
    class ConservativeCareTime {
        @Test
        void careForWeeksCannotHaveFailedWhenTheSymptomsBeganDaysAgo() {
            Draft d = draft("Neck pain began ten days ago at work. No red flags.", "MRI of the cervical spine",
                    DECIDED, "2016-11-21");
            RecommendationTrace mri = trace(d, "acoem-2004-neck.mri");
            assertThat(mri.conclusion()).isEqualTo(Conclusion.NOT_SUPPORTED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void longEnoughSymptomsWithoutCareNamedLeaveItUnknown() {
            Draft d = draft("Neck pain persists. No red flags.", "MRI of the cervical spine", DECIDED, INJURED);
            assertThat(trace(d, "acoem-2004-neck.mri").conclusion()).isEqualTo(Conclusion.UNDOCUMENTED);
        }
    }

    @Nested
    class RepeatInjections {
        private static final String RADICULOPATHY = "Left arm pain from a C7 radiculopathy confirmed by EMG on "
                + "03/02/2016, with a diminished left triceps reflex; physical therapy, exercises, meloxicam and "
                + "methocarbamol had failed. ";

        @Test
        void theDatedLastInjectionMakesTheRequestARepeatJudgedOnItsLastingRelief() {
            Draft d = draft(RADICULOPATHY + "The cervical epidural injection on 08/10/2016 gave 60% relief for two "
                    + "months and she stopped taking tramadol; she was able to do household chores again.",
                    "Repeat cervical epidural steroid injection at C6-7 under fluoroscopy", DECIDED, INJURED);
            assertThat(trace(d, "cpmtg-2016.esi").conclusion()).isEqualTo(Conclusion.DOES_NOT_APPLY);
            assertThat(trace(d, "cpmtg-2016.esi.repeat").conclusion()).isEqualTo(Conclusion.SUPPORTED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void reliefThatLastedTooShortIsNotEnough() {
            Draft d = draft(RADICULOPATHY + "The cervical epidural injection on 08/10/2016 gave 60% relief for two "
                    + "weeks and she took less tramadol.", "Repeat cervical epidural steroid injection at C6-7",
                    DECIDED, INJURED);
            // criterion 0 is the radiculopathy every block needs; 1 is the relief from the last one
            assertThat(trace(d, "cpmtg-2016.esi.repeat").criteria().get(0).verdict()).isEqualTo(Verdict.MET);
            assertThat(trace(d, "cpmtg-2016.esi.repeat").criteria().get(1).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void aRepeatTooSoonAfterTheLastTriggerPointInjections() {
            Draft d = draft("Myofascial neck pain with trigger points. Trigger point injections were done on "
                    + "11/10/2016.", "Repeat trigger point injections to the trapezius", DECIDED, INJURED);
            RecommendationTrace repeat = trace(d, "cpmtg-2016.trigger-point-injections.repeat");
            assertThat(repeat.criteria().get(2).verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(repeat.conclusion()).isEqualTo(Conclusion.NOT_SUPPORTED);
        }
    }

    @Nested
    class CareOutcomes {
        @Test
        void stretchingCountsAsTheStretchingTheTriggerPointCriteriaName() {
            Draft d = draft("Myofascial neck pain for a year. Trigger points with a twitch response and referred pain "
                    + "are found in the trapezius. Stretching, physical therapy, naproxen and cyclobenzaprine have not "
                    + "helped. There is no radiculopathy.", "Trigger point injections x3 with lidocaine", DECIDED,
                    INJURED);
            assertThat(trace(d, "cpmtg-2016.trigger-point-injections").criteria().get(2).verdict())
                    .isEqualTo(Verdict.MET);
        }
    }

    @Nested
    class NamedConditions {
        @Test
        void botulinumToxinForCervicalDystonia() {
            Draft d = draft("She has cervical dystonia with involuntary turning of the head.",
                    "Botox injection to the neck muscles", DECIDED, INJURED);
            assertThat(trace(d, "cpmtg-2016.botulinum-toxin").conclusion()).isEqualTo(Conclusion.SUPPORTED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void normalNerveConductionStudiesContradictACarpalTunnelDiagnosisConfirmedByThem() {
            Draft d = draft("Tingling in the right hand. Nerve conduction studies of the right arm on 02/03/2016 were "
                    + "normal. Night splinting failed.", "Right carpal tunnel release", DECIDED, INJURED);
            assertThat(trace(d, "acoem-2004-hand.carpal-tunnel-release").conclusion())
                    .isEqualTo(Conclusion.NOT_SUPPORTED);
        }

        @Test
        void aTearOfTheMeniscusHornOnImaging() {
            Draft d = draft("The knee locks. The MRI of the right knee on 01/12/2016 showed a tear of the posterior "
                    + "horn of the medial meniscus. Physical therapy and a home exercise program failed.",
                    "Right knee arthroscopic partial medial meniscectomy", DECIDED, INJURED);
            assertThat(trace(d, "acoem-2004-knee.meniscectomy").conclusion()).isEqualTo(Conclusion.SUPPORTED);
        }
    }

    static RecommendationTrace trace(Draft d, String id) {
        return d.trace().recommendations().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not considered\n" + Drafts.explain(d)));
    }

    @Nested
    class WhatTheRecordContradicts {
        private static final String Y2015 = "2015-06-01";
        private static final String INJURED_2014 = "2014-01-10";

        private static CriterionFinding finding(Draft d, String recommendation, String predicate) {
            return trace(d, recommendation).criteria().stream()
                    .filter(f -> f.predicate().equals(predicate)).findFirst()
                    .orElseThrow(() -> new AssertionError(Drafts.explain(d)));
        }

        @Test
        void drugsTheRecordSaysWereNeverTakenAreNoFailedTrial() {
            Draft d = draft("Chronic left knee pain. She has not tried naproxen, ibuprofen or acetaminophen. The "
                    + "treatment goals are to walk 30 minutes a day. Baseline pain is 7/10 and a functional assessment "
                    + "was done.", "Norco 5/325 mg one tablet every 6 hours #60", Y2015, INJURED_2014);
            CriterionFinding f = finding(d, "cpmtg-2009.opioids.initiating", "failedTreatment");
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(f.evidence()).extracting(Evidence::statement)
                    .contains("the record states the patient has not taken naproxen");
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void aNamedCareTheRecordSaysWasNeverTriedIsNoFailedConservativeCare() {
            Draft d = draft("Numbness of the right hand at night. Nerve conduction studies confirmed carpal tunnel "
                    + "syndrome. She has not tried a wrist splint.", "Hand surgeon consultation for the right wrist",
                    Y2015, INJURED_2014);
            CriterionFinding f = finding(d, "acoem-2004-hand.surgical-consultation", "failedConservativeCare");
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(f.evidence()).extracting(Evidence::statement)
                    .containsExactly("the record states bracing has not been tried");
        }

        @Test
        void aRefillWithoutAFrequencyKeepsTheDailyDoseTheRecordPrescribes() {
            String record = "He takes Norco 10/325 mg two tablets every 4 hours for chronic shoulder pain.";
            Draft d = draft(record, "Norco 10/325 mg #360", Y2015, INJURED_2014);
            LimitFinding l = d.trace().recommendations().stream()
                    .filter(r -> r.id().equals("cpmtg-2009.opioids.hydrocodone-acetaminophen")).findFirst()
                    .orElseThrow().limits().get(0);
            assertThat(l.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("120 mg a day as the record prescribes Norco");
            Draft other = draft(record, "Norco 5/325 mg #360", Y2015, INJURED_2014);
            assertThat(other.trace().recommendations().stream()
                    .filter(r -> r.id().equals("cpmtg-2009.opioids.hydrocodone-acetaminophen")).findFirst()
                    .orElseThrow().limits().get(0).verdict()).as("another strength is another prescription")
                    .isEqualTo(Verdict.UNKNOWN);
        }

        @Test
        void aSkilledNeedMeansTheCareIsNotHomemakerServicesAlone() {
            Draft d = draft("She is homebound after an ankle fracture. A draining wound needs dressing changes; she "
                    + "also needs help with laundry.", "Home health nursing 2 hours a day 3 days a week for 4 weeks",
                    Y2015, INJURED_2014);
            assertThat(finding(d, "cpmtg-2009.home-health", "absent").verdict()).isEqualTo(Verdict.MET);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void painWithoutRadiationIntoTheArmsDeniesRadiculopathy() {
            Draft d = draft("Cervical strain two weeks ago. Neck pain without radiation into the arms.",
                    "Chiropractic manipulation 6 visits for the cervical spine", Y2015, "2015-05-15");
            assertThat(finding(d, "acoem-2004-neck.manipulation", "absent").verdict()).isEqualTo(Verdict.MET);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void noRedFlagsIsSaidOfEveryRegion() {
            Draft d = draft("Right shoulder pain for eight months. There are no red flags.",
                    "Orthopedic surgeon consultation for the right shoulder", Y2015, INJURED_2014);
            CriterionFinding any = finding(d, "acoem-2004-shoulder.surgical-consultation", "anyOf");
            assertThat(any.parts().get(0).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void aTearOfTheMedialMeniscusIsALesionOnImaging() {
            Draft d = draft("Left knee pain with locking for four months. A course of physical therapy exercises "
                    + "failed. An MRI of the left knee on 03/30/2015 showed a tear of the medial meniscus.",
                    "Orthopedic surgery consultation for the left knee", Y2015, INJURED_2014);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    /** The conclusion of one recommendation in a draft's trace. */
    static Conclusion conclusion(Draft d, String id) {
        return trace(d, id).conclusion();
    }

    @Nested
    class StatementsAgainstAFact {
        @Test
        void drivingHimselfDocumentsThatThePatientCanGetToAppointments() {
            Draft d = draft("Right wrist sprain. He drives himself to therapy.",
                    "Transportation to and from medical appointments", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(conclusion(d, "odg.transportation")).isEqualTo(Conclusion.NOT_SUPPORTED);
        }

        @Test
        void aLowRiskOfMisuseIsNeitherAModerateNorAHighOne() {
            Draft d = draft("Chronic neck pain treated with oxycodone 10 mg every 6 hours. A urine drug screen on "
                    + "09/20/2016 was consistent. She is at low risk for opioid misuse.", "Urine drug screen", DECIDED,
                    INJURED);
            assertThat(conclusion(d, "odg.urine-drug-testing.recent-screen")).isEqualTo(Conclusion.NOT_SUPPORTED);
            assertThat(conclusion(d, "odg.urine-drug-testing.high-risk")).isEqualTo(Conclusion.DOES_NOT_APPLY);
        }

        @Test
        void nauseaFromOpioidsIsNotNauseaAnAntiemeticServes() {
            Draft d = draft("Chronic low back pain on Percocet 10/325 mg four times a day. She reports opioid-induced "
                    + "nausea most mornings.", "Ondansetron 4 mg #10", DECIDED, INJURED);
            assertThat(conclusion(d, "odg.ondansetron")).isEqualTo(Conclusion.NOT_SUPPORTED);
        }

        @Test
        void aSuccessfulOrFailedStimulatorTrialIsReadInWords() {
            String request = "Spinal cord stimulator implant";
            assertOutcome(draft("Failed back surgery syndrome. The SCS trial was successful, with 70% relief.",
                    request, DECIDED, INJURED), DraftOutcome.OVERTURNED);
            Draft failed = draft("Failed back surgery syndrome. The SCS trial failed.", request, DECIDED, INJURED);
            assertThat(conclusion(failed, "cpmtg-2016.spinal-cord-stimulator.implant"))
                    .isEqualTo(Conclusion.NOT_SUPPORTED);
        }
    }

    @Nested
    class GeneralStatements {
        @Test
        void noRedFlagsSpeaksOfTheRegionRequestedToo() {
            Draft d = draft("Left hip pain from a contusion. Radiographs were normal. No red flags. There is no sign "
                    + "of a labral tear, avascular necrosis or stress fracture.", "MRI of the left hip", DECIDED,
                    INJURED);
            assertThat(conclusion(d, "odg.hip.mri")).isEqualTo(Conclusion.NOT_SUPPORTED);
        }

        @Test
        void noPriorSurgeryMeansNoFusedLevel() {
            Draft d = draft("Axial low back pain with no radiating pain into the legs. She failed 8 weeks of physical "
                    + "therapy, a home exercise program and naproxen. No prior lumbar surgery.",
                    "Bilateral lumbar medial branch blocks at L4-5 and L5-S1", DECIDED, INJURED);
            assertThat(d.trace().recommendations().stream().filter(r -> r.id().equals("odg.facet.medial-branch-block"))
                    .flatMap(r -> r.criteria().stream()).filter(c -> c.criterion().contains("previously fused")))
                    .extracting(CriterionFinding::verdict).containsExactly(Verdict.MET);
        }

        @Test
        void aRepeatProcedureIsDatedFromTheLastOne() {
            Draft d = draft("Facet mediated low back pain. Radiofrequency neurotomy on 03/15/2016 gave 30% relief.",
                    "Repeat radiofrequency neurotomy right L4-5 and L5-S1", DECIDED, INJURED);
            assertThat(d.trace().recommendations().stream()
                    .filter(r -> r.id().equals("odg.facet.radiofrequency-repeat")).flatMap(r -> r.criteria().stream())
                    .map(CriterionFinding::criterion)).contains("at least 6 months since the last procedure (261 days)");
            assertThat(conclusion(d, "odg.facet.radiofrequency-repeat")).isEqualTo(Conclusion.NOT_SUPPORTED);
        }
    }

    /** Defects a code review found, each on a synthetic record. */
    @Nested
    class ReviewFindings {
        private static CriterionFinding finding(Draft d, String recommendation, String predicate) {
            return trace(d, recommendation).criteria().stream().filter(f -> f.predicate().equals(predicate))
                    .findFirst().orElseThrow(() -> new AssertionError(Drafts.explain(d)));
        }

        private static final String MYOFASCIAL = "Myofascial pain of the right trapezius for a year. There are "
                + "circumscribed trigger points with a twitch response and referred pain. ";

        @Test
        void careThatGaveNoReliefWasTriedNotLeftUntried() {
            Draft d = draft(MYOFASCIAL + "No relief with physical therapy.",
                    "Trigger point injections x4 to the right trapezius", DECIDED, INJURED);
            CriterionFinding care = finding(d, "cpmtg-2016.trigger-point-injections", "failedConservativeCare");
            assertThat(care.evidence()).extracting(Evidence::statement)
                    .noneMatch(t -> t.contains("has not been tried"));
            assertThat(care.verdict()).isEqualTo(Verdict.UNKNOWN);
        }

        @Test
        void careTheRecordSaysWasNeverTriedStillFailsTheCriterion() {
            Draft d = draft(MYOFASCIAL + "She has not tried physical therapy.",
                    "Trigger point injections x4 to the right trapezius", DECIDED, INJURED);
            CriterionFinding care = finding(d, "cpmtg-2016.trigger-point-injections", "failedConservativeCare");
            assertThat(care.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(care.evidence()).extracting(Evidence::statement)
                    .containsExactly("the record states physical therapy has not been tried");
        }

        private static final String HAND = "Numbness and tingling of the right hand for eight months. Night splinting "
                + "and anti-inflammatory medications failed. ";

        @Test
        void aStudyNamingCarpalTunnelSyndromeConfirmsItWhateverElseItRulesOut() {
            Draft d = draft(HAND + "An EMG/NCV of the upper extremities on 05/10/2016 showed moderate right carpal "
                    + "tunnel syndrome and no evidence of cervical radiculopathy.", "Right carpal tunnel release",
                    DECIDED, INJURED);
            assertThat(finding(d, "acoem-2004-hand.carpal-tunnel-release", "documented").verdict())
                    .isEqualTo(Verdict.MET);
        }

        @Test
        void aStudyWithNoEvidenceOfCarpalTunnelSyndromeContradictsIt() {
            Draft d = draft(HAND + "An EMG/NCV of the upper extremities on 05/10/2016 showed no evidence of carpal "
                    + "tunnel syndrome.", "Right carpal tunnel release", DECIDED, INJURED);
            assertThat(finding(d, "acoem-2004-hand.carpal-tunnel-release", "documented").verdict())
                    .isEqualTo(Verdict.NOT_MET);
            Draft other = draft(HAND + "Nerve conduction studies of the right arm on 05/10/2016 showed no "
                    + "electrodiagnostic evidence of carpal tunnel syndrome.", "Right carpal tunnel release", DECIDED,
                    INJURED);
            assertThat(finding(other, "acoem-2004-hand.carpal-tunnel-release", "documented").verdict())
                    .isEqualTo(Verdict.NOT_MET);
        }

        private static final String RADICULAR = "Low back pain radiating to the left leg with decreased sensation in "
                + "the left L5 dermatome. An MRI of the lumbar spine on 08/02/2016 showed a disc protrusion at L4-5 "
                + "compressing the left L5 nerve root. Physical therapy, ibuprofen and cyclobenzaprine failed. ";

        @Test
        void theDateOfAUtilizationReviewOrARequestIsNotTheDateOfAnInjection() {
            Draft d = draft(RADICULAR + "The provider requested a lumbar epidural steroid injection on 11/10/2016. "
                    + "UR non-certified the lumbar epidural steroid injection on 11/20/2016.",
                    "Lumbar epidural steroid injection left L4-5", DECIDED, INJURED);
            assertThat(trace(d, "cpmtg-2016.esi.repeat").conclusion()).isEqualTo(Conclusion.DOES_NOT_APPLY);
            assertThat(trace(d, "cpmtg-2016.esi").conclusion()).isNotEqualTo(Conclusion.DOES_NOT_APPLY);
        }

        @Test
        void anInjectionTheRecordDatesMakesTheNextOneARepeat() {
            Draft d = draft(RADICULAR + "A lumbar epidural steroid injection on 06/01/2016 gave 60% relief for eight "
                    + "weeks.", "Lumbar epidural steroid injection left L4-5", DECIDED, INJURED);
            assertThat(trace(d, "cpmtg-2016.esi").conclusion()).isEqualTo(Conclusion.DOES_NOT_APPLY);
            assertThat(trace(d, "cpmtg-2016.esi.repeat").conclusion()).isNotEqualTo(Conclusion.DOES_NOT_APPLY);
        }

        private static final String EARLIER_ESI = RADICULAR + "A lumbar epidural steroid injection on 06/01/2016 gave "
                + "60% relief for eight weeks with less pain at night and ";

        @Test
        void lessPainIsNotLessMedicationAndNoReductionIsNone() {
            Draft d = draft(EARLIER_ESI + "no reduction in his medications. He walks farther.",
                    "Lumbar epidural steroid injection left L4-5", DECIDED, INJURED);
            assertThat(finding(d, "cpmtg-2016.esi.repeat", "painRelief").verdict()).isEqualTo(Verdict.UNKNOWN);
        }

        @Test
        void reliefWithLessMedicationMeetsTheRepeatCriterion() {
            Draft d = draft(EARLIER_ESI + "reduced use of his pain medications. He walks farther.",
                    "Lumbar epidural steroid injection left L4-5", DECIDED, INJURED);
            assertThat(finding(d, "cpmtg-2016.esi.repeat", "painRelief").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void theReliefJudgedIsThatOfTheEarlierTreatmentOfTheKindRequested() {
            Draft d = draft(MYOFASCIAL + "Trigger point injections to the right trapezius on 08/01/2016 gave 20% "
                    + "relief. Her medications give 60% relief for eight weeks at a time.",
                    "Repeat trigger point injections x4 to the right trapezius", DECIDED, INJURED);
            CriterionFinding relief = finding(d, "cpmtg-2016.trigger-point-injections.repeat", "painRelief");
            assertThat(relief.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(relief.evidence()).extracting(Evidence::statement).containsExactly("the record reports 20% relief");
        }

        @Test
        void weeksStatedBesideACountAreTheSupplyRequested() {
            Draft d = draft("Acute low back spasm after lifting a box on 11/20/2016.",
                    "Cyclobenzaprine 7.5 mg #30 for 6 weeks", DECIDED, "2016-11-20");
            assertThat(d.trace().recommendations().stream().flatMap(r -> r.limits().stream())
                    .map(LimitFinding::explanation)).as(Drafts.explain(d)).contains("42 days' supply requested, more than 2-3 weeks per course");
        }
    }
}
