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
 * An OVERTURNED draft rests on documented facts for every condition of the governing rule: office visits,
 * consultations, imaging of the limbs, benzodiazepines and repeat testing, on synthetic records (met, not met, missing);
 * requests the ACOEM-based MTUS governs are referred, not decided by a fallback.
 */
class OverturnPrecisionTest {

    private static final String CHRONIC = "The patient complains of low back pain rated 6/10. ";

    @Nested
    class OfficeVisits {
        @Test
        void complaintsAloneDoNotShowTheNeedForAFollowUpVisit() {
            Draft d = draft(CHRONIC + "Current medications include ibuprofen 600 mg.", "Follow-up visit", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Chronic Pain Medical Treatment 2016", "Office visits");
            assertThat(missing(d)).contains("opioid", "clinical status has changed");
        }

        @Test
        void anOpioidThatNeedsCloseMonitoringShowsIt() {
            Draft d = draft(CHRONIC + "Current medications include Norco 10/325 mg.", "Follow-up visit", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aWorseningConditionShowsIt() {
            Draft d = draft(CHRONIC + "Since the last visit she reports worsening pain in the low back.",
                    "Follow-up visit", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void inTheAcutePhaseMissedWorkShowsIt() {
            Draft d = draft("The patient complains of low back pain. He is off work.", "Follow-up visit", DECIDED,
                    "2016-11-20");
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("2004");
        }
    }

    @Nested
    class Consultations {
        @Test
        void persistentSymptomsAndStressDoNotShowWhatASpecialistWouldAdd() {
            Draft d = draft(CHRONIC + "She has persistent symptoms and reports stress and insomnia.",
                    "Internal medicine consultation", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void aRecoverySlowerThanExpectedDoes() {
            Draft d = draft(CHRONIC + "Her recovery has been slower than expected.",
                    "Internal medicine consultation", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class LimbImaging {
        private static final String WRIST = "She complains of right wrist pain. Decreased sensation in the right C6 "
                + "dermatome. She has failed conservative care including physical therapy and splinting for 3 months. ";

        @Test
        void failedCareAloneDoesNotCallForWristImaging() {
            Draft d = draft(WRIST, "MRI of the right wrist", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Forearm, Wrist, and Hand Complaints 2004");
        }

        @Test
        void aPlannedOperationDoes() {
            Draft d = draft(WRIST + "She is scheduled for surgery of the wrist.", "MRI of the right wrist", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aKneeCtIsJudgedAsTheKneeSpecialStudies() {
            Draft d = draft("He complains of right knee pain.", "CT of the right knee", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Knee Complaints 2004");
        }

        @Test
        void aBoneScanNeedsARedFlagOfBoneDisease() {
            Draft none = draft(CHRONIC, "Bone scan of the lumbar spine", DECIDED, INJURED);
            assertOutcome(none, DraftOutcome.UPHELD);
            Draft fracture = draft(CHRONIC + "A stress fracture of the L5 pars is suspected.",
                    "Bone scan of the lumbar spine", DECIDED, INJURED);
            assertOutcome(fracture, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class RepeatStudies {
        @Test
        void aRepeatLumbarMriNeedsASignificantChangeEvenWhenTheMtusConditionsHold() {
            Draft d = draft("He has low back pain radiating to the left leg with decreased sensation in the left L5 "
                    + "dermatome and 4/5 strength of the left extensor hallucis longus. He failed conservative care "
                    + "including physical therapy for 6 months. He is a surgical candidate. An MRI of the lumbar spine "
                    + "dated 03/01/2016 revealed a disc protrusion at L4-5.", "MRI of the lumbar spine", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Official Disability Guidelines");
            assertThat(missing(d)).contains("changed significantly");
        }

        @Test
        void aUrineDrugScreenSoonAfterOneNeedsAHigherRisk() {
            String record = CHRONIC + "Current medications include Norco 10/325 mg. A urine drug screen on 10/01/2016 "
                    + "was consistent.";
            assertOutcome(draft(record, "Urine drug screen", DECIDED, INJURED), DraftOutcome.UPHELD);
            assertOutcome(draft(record + " She is at high risk for aberrant behavior.", "Urine drug screen", DECIDED,
                    INJURED), DraftOutcome.OVERTURNED);
        }

        @Test
        void aUrineDrugScreenAYearLaterIsWithinTheFrequency() {
            Draft d = draft(CHRONIC + "Current medications include Norco 10/325 mg. A urine drug screen on 10/01/2015 "
                    + "was consistent.", "Urine drug screen", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class Benzodiazepines {
        @Test
        void aShortCourseWithoutAConditionItTreats() {
            Draft d = draft(CHRONIC, "Xanax 0.5 mg #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("anxiety");
        }

        @Test
        void aShortCourseForAnxiety() {
            Draft d = draft(CHRONIC + "She reports anxiety and panic attacks.", "Xanax 0.5 mg #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class AcoemBasedMtus {
        @Test
        void aFallbackDoesNotDecideWhereTheMtusInForceIsNotInTheData() {
            Draft d = draft("He complains of right knee pain with instability.", "Knee brace", "2026-03-02",
                    "2025-06-01");
            assertOutcome(d, DraftOutcome.REFER);
            assertThat(d.rationale()).contains("ACOEM", "8 CCR 9792.21.1");
        }
    }
}
