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

/** Surgery, other medications, services and the ODG fallbacks: met, not met and missing, on synthetic records. */
class MoreRecommendationKindsTest {

    @Nested
    class Surgery {
        @Test
        void aMeniscectomyWithMechanicalSymptomsATearOnMriAndFailedTherapy() {
            Draft d = draft("The right knee locks and gives way. An MRI of the right knee on 08/01/2016 revealed a tear "
                    + "of the medial meniscus. She completed 12 sessions of physical therapy and a home exercise program "
                    + "without relief.", "Right knee arthroscopy with partial medial meniscectomy", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Knee Complaints 2004", "Surgical Considerations");
        }

        @Test
        void aMeniscectomyWithoutImagingOfATear() {
            Draft d = draft("The right knee locks and gives way. She completed 12 sessions of physical therapy "
                    + "without relief.", "Right knee arthroscopy with partial medial meniscectomy", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("meniscal tear");
        }

        /**
         * A chondroplasty is not judged by the meniscectomy criteria (ACOEM 2004 knee, pp. 344-345: a meniscal tear
         * with mechanical symptoms and a tear on MRI) but by ODG's chondroplasty rule (s14-ops), which asks for an
         * effusion, crepitus or limited motion this record does not state.
         */
        @Test
        void aChondroplastyIsNotJudgedByTheMeniscectomyRule() {
            Draft d = draft("The right knee catches. An MRI of the right knee on 08/01/2016 showed grade 3 chondromalacia"
                    + " of the patella and no meniscal tear. Physical therapy and a home exercise program failed.",
                    "Right knee arthroscopy with chondroplasty", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().surgery()).contains("knee_chondroplasty");
            assertThat(d.trace().recommendations()).noneMatch(r -> r.id().equals("acoem-2004-knee.meniscectomy"));
            assertThat(d.citationText()).contains("Chondroplasty");
        }

        /**
         * s14-ops: a combined operation is decided by each definite procedure's rule; the chondroplasty's (ODG: a
         * chondral defect on MRI, effusion, crepitus or limited motion) is not documented, so the item is upheld.
         */
        @Test
        void aMeniscectomyWithAChondroplastyIsJudgedByBothRules() {
            Draft d = draft("The right knee locks and gives way. An MRI of the right knee on 08/01/2016 revealed a tear "
                    + "of the medial meniscus. She completed 12 sessions of physical therapy and a home exercise program "
                    + "without relief.", "Right knee arthroscopy with partial medial meniscectomy and chondroplasty",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().surgery()).contains("knee_chondroplasty");
            assertThat(d.trace().steps()).anyMatch(s -> s.contains("knee_meniscectomy OVERTURNED"));
        }

        @Test
        void aLumbarFusionWithoutInstabilityOrFracture() {
            Draft d = draft("The patient has degenerative disc disease at L4-5. There is no instability. Physical "
                    + "therapy failed.", "L4-5 posterior lumbar interbody fusion", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.interpreted().surgery()).contains("lumbar_fusion");
        }

        @Test
        void anOperationTheEngineCannotNameIsReferred() {
            Draft d = draft("The patient has a hernia.", "Inguinal hernia repair", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.REFER);
        }
    }

    @Nested
    class OtherMedications {
        @Test
        void aStoolSoftenerWithOpioidTherapy() {
            Draft d = draft("Current medications include Norco 10/325 mg.", "Colace 100 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aStoolSoftenerWithoutOpioids() {
            Draft d = draft("Current medications include ibuprofen 600 mg.", "Colace 100 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void barbiturateContainingAnalgesicsAreNotRecommended() {
            Draft d = draft("The patient has chronic headaches.", "Fioricet #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_RECOMMENDED);
        }

        @Test
        void ondansetronForNauseaFromOpioids() {
            Draft d = draft("She reports nausea with her opioid medication.", "Ondansetron 4 mg #20", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Non-MTUS");
        }
    }

    @Nested
    class ServicesAndEquipment {
        @Test
        void transportationForAPatientWhoCannotGetToAppointments() {
            Draft d = draft("She is wheelchair bound and unable to drive.", "Transportation to and from medical "
                    + "appointments", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void transportationWithoutANeedDocumented() {
            Draft d = draft("He reports low back pain.", "Transportation to and from medical appointments", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void aColdTherapyUnitPastTheFirstPostoperativeWeek() {
            Draft d = draft("A right shoulder arthroscopy was recommended.", "Cold therapy unit, 14 day rental",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("14 days");
        }

        @Test
        void aColdTherapyUnitForTheFirstWeekAfterAPlannedOperation() {
            Draft d = draft("A right shoulder arthroscopy was recommended and was certified by UR.",
                    "Cold therapy unit, 7 day rental",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class Imaging {
        @Test
        void neckRadiographsAfterFailedConservativeCare() {
            Draft d = draft("Neck pain has persisted despite physical therapy and medications. Sensation is decreased "
                    + "in the right C6 dermatome.", "X-rays of the cervical spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aHipMriWithoutPlainFilms() {
            Draft d = draft("The patient reports left hip pain.", "MRI of the left hip", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Hip & Pelvis");
        }
    }

    @Nested
    class PostoperativeTherapyForAPlannedOperation {
        @Test
        void theInitialCourseAfterAPlannedMeniscectomy() {
            // the operation must be shown going ahead (s13-surg): "was requested" alone now refers the service
            Draft d = draft("A right knee arthroscopic partial meniscectomy was requested and has been approved. "
                    + "Postoperative physical therapy was recommended by the surgeon.", "Postoperative physical therapy "
                    + "for the right knee, 6 sessions", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Postsurgical Treatment 2009");
        }

        @Test
        void moreThanTheInitialCourseAfterAPlannedMeniscectomy() {
            Draft d = draft("A right knee arthroscopic partial meniscectomy was requested. Postoperative physical "
                    + "therapy was recommended by the surgeon.", "Postoperative physical therapy for the right knee, "
                    + "12 sessions", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }
}
