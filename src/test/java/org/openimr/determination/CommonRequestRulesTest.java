package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.missing;
import static org.openimr.determination.RecommendationKindsTest.DECIDED;
import static org.openimr.determination.RecommendationKindsTest.INJURED;
import static org.openimr.determination.RecommendationKindsTest.assertOutcome;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rules and readings added so that common requests (RequestCoverageTest) get a draft: met, not met and missing, on
 * synthetic records written for this test.
 */
class CommonRequestRulesTest {

    @Nested
    class PhysicalMedicineForChronicLimbPain {
        @Test
        void kneeOsteoarthritisIsCountedAgainstThePhysicalMedicineAllowance() {
            Draft d = draft("The patient has chronic right knee pain. Diagnoses: osteoarthritis of the right knee. "
                    + "He has not had physical therapy.", "Physical therapy 2 x 4, right knee", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Chronic Pain Medical Treatment 2016", "Physical medicine treatment");
        }

        @Test
        void shoulderImpingementOverTheAllowanceWithoutImprovement() {
            Draft d = draft("She has chronic left shoulder pain. Diagnosis: left shoulder impingement syndrome. She "
                    + "completed 16 sessions of physical therapy.", "Physical therapy 3 x 4, left shoulder", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Physical medicine treatment");
        }

        @Test
        void carpalTunnelSyndromeIsANeuritis() {
            Draft d = draft("She reports numbness of the right hand. Diagnosis: right carpal tunnel syndrome. She "
                    + "completed 6 sessions of occupational therapy with improved grip strength and function.",
                    "Occupational therapy 2 x 3, right wrist", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Physical medicine treatment");
            assertThat(d.trace().recommendations())
                    .filteredOn(r -> r.id().equals("cpmtg-2016.physical-medicine.neuralgia"))
                    .extracting(RecommendationTrace::conclusion)
                    .containsExactly(RecommendationTrace.Conclusion.NOT_SUPPORTED);
            assertThat(d.rationale()).contains("Neuralgia, neuritis and radiculitis - 8 to 10 visits over 4 weeks",
                    "6 sessions of physical medicine already given and 6 requested (2 a week for 3 weeks) make 12, "
                            + "more than the 10 the guideline allows");
        }
    }

    @Nested
    class Acetaminophen {
        @Test
        void firstLineForKneeOsteoarthritis() {
            Draft d = draft("Diagnoses: osteoarthritis of the right knee. Current medications include omeprazole 20 mg.",
                    "Tylenol 500 mg #100", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Chronic Pain Medical Treatment 2016", "NSAIDs");
        }

        @Test
        void withoutOsteoarthritisBackPainOrAnExacerbation() {
            Draft d = draft("Diagnosis: right carpal tunnel syndrome. She wears a night splint.",
                    "Acetaminophen 500 mg #100", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().drug().flatMap(RequestedDrug::code)).contains("acetaminophen");
        }

        @Test
        void anAcuteExacerbationOfBackPain() {
            Draft d = draft("Diagnosis: chronic low back pain. He reports a flare-up last week after lifting.",
                    "Acetaminophen 500 mg #100", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.rationale()).contains("flare-up", "low back pain");
        }

        @Test
        void aFlareOfNeckPainIsNotTheBackPainExacerbation() {
            Draft d = draft("Diagnosis: chronic neck pain. He reports a flare-up last week after lifting.",
                    "Acetaminophen 500 mg #100", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).filteredOn(r -> r.id().equals("cpmtg-2016.acetaminophen"))
                    .extracting(RecommendationTrace::conclusion)
                    .containsExactly(RecommendationTrace.Conclusion.NOT_SUPPORTED);
        }

        @Test
        void acutePainOfAWristSprainIsNotAnExacerbationOfBackPain() {
            Draft d = draft("Diagnosis: right wrist sprain. She reports acute pain of the right wrist since the fall.",
                    "Acetaminophen 500 mg #100", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).filteredOn(r -> r.id().equals("cpmtg-2016.acetaminophen"))
                    .extracting(RecommendationTrace::conclusion)
                    .containsExactly(RecommendationTrace.Conclusion.NOT_SUPPORTED);
        }
    }

    @Nested
    class GymMembership {
        @Test
        void aFailedHomeProgramNeedForEquipmentAndSupervision() {
            Draft d = draft("He has chronic low back pain. His home exercise program has not been effective after two "
                    + "revisions. He requires exercise equipment for strengthening. The exercise will be supervised by "
                    + "a physical therapist.", "Gym membership for 6 months", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Non-MTUS", "Gym memberships");
        }

        @Test
        void aHomeProgramThatIsNotShownToHaveFailed() {
            Draft d = draft("He has chronic low back pain and does a home exercise program.",
                    "Gym membership x 12 months", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().modalities()).contains("gym_membership");
            assertThat(missing(d)).contains("home exercise program");
        }
    }

    @Nested
    class FunctionalRestorationBeforeSurgery {
        static final String ADMISSION = "Diagnosis: chronic low back pain since 2013. A functional capacity evaluation "
                + "on 10/04/2016 measured his baseline. He failed physical therapy, medications and injections, and no "
                + "other treatment options are likely to help. He has significant loss of function and needs help to "
                + "dress. He is motivated to change, and the negative predictors were addressed. ";
        static final String FUSION = "A spine surgeon recommended an L4-5 fusion. ";

        static RecommendationTrace.Conclusion conclusion(Draft d, String id) {
            return d.trace().recommendations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                    .conclusion();
        }

        @Test
        void aProgramToAvoidSurgeryIsTheTenVisitTrialNotTheFullProgram() {
            Draft d = draft(ADMISSION + FUSION + "He wants the program to avoid surgery.",
                    "Functional restoration program, 20 visits", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(conclusion(d, "cpmtg-2016.functional-restoration"))
                    .isEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
            assertThat(conclusion(d, "cpmtg-2016.functional-restoration.trial-before-surgery"))
                    .isEqualTo(RecommendationTrace.Conclusion.NOT_SUPPORTED);
        }

        @Test
        void theTenVisitTrialToAvoidSurgery() {
            Draft d = draft(ADMISSION + FUSION + "He wants the program to avoid surgery.",
                    "Functional restoration program, 10 visits", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(conclusion(d, "cpmtg-2016.functional-restoration.trial-before-surgery"))
                    .isEqualTo(RecommendationTrace.Conclusion.SUPPORTED);
        }

        @Test
        void aSurgicalCandidateWithoutTheAimToAvoidSurgeryIsNotAdmitted() {
            Draft d = draft(ADMISSION + FUSION, "Functional restoration program, 10 visits", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(conclusion(d, "cpmtg-2016.functional-restoration"))
                    .isEqualTo(RecommendationTrace.Conclusion.NOT_SUPPORTED);
            assertThat(d.trace().recommendations()).noneMatch(r -> r.id().endsWith("trial-before-surgery")
                    && r.conclusion() != RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        }
    }

    @Nested
    class ReferralOnDelayedRecovery {
        @Test
        void recoverySlowerThanExpectedIsAReasonForReferralUnderOneRule() {
            Draft d = draft("Left lateral epicondylitis for eight months. Her recovery has been slower than expected "
                    + "despite a forearm strap and therapy.", "Referral to a sports medicine specialist", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations())
                    .filteredOn(r -> r.conclusion() != RecommendationTrace.Conclusion.DOES_NOT_APPLY)
                    .extracting(RecommendationTrace::id, RecommendationTrace::conclusion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("acoem-2004-general-approaches.referral",
                            RecommendationTrace.Conclusion.SUPPORTED));
        }

        @Test
        void painThatFailedToImproveWithTherapyIsTheChronicCourseNotDelayedRecovery() {
            Draft d = draft("Left lateral epicondylitis for eight months. Her pain failed to improve with therapy.",
                    "Referral to a sports medicine specialist", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations())
                    .filteredOn(r -> r.conclusion() != RecommendationTrace.Conclusion.DOES_NOT_APPLY)
                    .extracting(RecommendationTrace::id, RecommendationTrace::conclusion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("acoem-2004-general-approaches.referral",
                            RecommendationTrace.Conclusion.UNDOCUMENTED));
        }
    }

    @Nested
    class TensPurchase {
        static final String RECORD = "The patient has had low back pain with lumbar radiculopathy for two years. "
                + "Medications and physical therapy failed. He takes part in a functional restoration program with a "
                + "home exercise program.";

        @Test
        void aPurchaseWithoutATrialIsNotSupported() {
            Draft d = draft(RECORD, "TENS unit purchase", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.id().equals("cpmtg-2016.tens.purchase"));
            assertThat(missing(d)).contains("successful 1 month trial of transcutaneous electrical nerve stimulation");
        }

        @Test
        void aOneMonthRentalIsTheTrial() {
            Draft d = draft(RECORD, "TENS unit, one month rental", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations())
                    .filteredOn(r -> r.id().startsWith("cpmtg-2016.tens."))
                    .extracting(RecommendationTrace::id, RecommendationTrace::conclusion)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("cpmtg-2016.tens.chronic",
                                    RecommendationTrace.Conclusion.SUPPORTED),
                            org.assertj.core.groups.Tuple.tuple("cpmtg-2016.tens.purchase",
                                    RecommendationTrace.Conclusion.DOES_NOT_APPLY));
            assertThat(d.rationale()).contains(
                    "Documented - the treatment supports an evidence-based functional restoration program",
                    "the request is within its limits");
        }
    }
}
