package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.missing;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openimr.determination.RecommendationTrace.Conclusion;

/**
 * For each kind of request the engine evaluates: a synthetic record (written for this test) where the guideline's
 * conditions are met, one where a condition is clearly not met or a limit is exceeded, and one where a needed fact is
 * missing. Dates: injured 2016-01-10, UR denial 2016-12-01 (CPMTG 2016, chronic pain) unless stated.
 */
class RecommendationKindsTest {

    static final String INJURED = "2016-01-10";
    static final String DECIDED = "2016-12-01";

    static void assertOutcome(Draft d, DraftOutcome expected) {
        assertThat(d.outcome()).as(explain(d)).isEqualTo(expected);
    }

    static boolean cites(Draft d, String text) {
        return d.citationText().contains(text);
    }

    @Nested
    class PhysicalMedicine {
        @Test
        void aFirstCourseWithinTheAllowanceIsMedicallyNecessary() {
            Draft d = draft("The patient is a 45-year-old man with a lumbar strain. He has not had physical therapy.",
                    "Physical therapy 2 times a week for 3 weeks for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Chronic Pain Medical Treatment 2016", "Physical medicine treatment");
        }

        @Test
        void sessionsGivenAndRequestedBeyondTheAllowanceAreNot() {
            Draft d = draft("The patient has a lumbar strain. He has completed 24 sessions of physical therapy. "
                    + "There was no functional improvement.", "Additional physical therapy 2x4 for the low back",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("24", "32", "10");
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_SUPPORTED);
        }

        @Test
        void additionalSessionsWhenTheRecordDoesNotCountTheEarlierOnesAreNotShownNecessary() {
            Draft d = draft("The patient has a lumbar strain. Treatment to date has included physical therapy and "
                    + "medications.", "Additional physical therapy 2x3 for the low back", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("sessions of physical medicine already given");
        }
    }

    @Nested
    class Manipulation {
        @Test
        void aTrialForMusculoskeletalLowBackPainInThePlanOfCare() {
            Draft d = draft("The patient has a lumbar strain with paraspinal muscle spasm. The treating physician "
                    + "recommended chiropractic treatment.", "Chiropractic manipulation for the lumbar spine 2 times a "
                    + "week for 3 weeks", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Manual therapy & manipulation");
        }

        @Test
        void manipulationOfTheKneeIsNotRecommended() {
            Draft d = draft("The patient has a right knee sprain.", "Chiropractic treatment for the right knee, 6 visits",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_RECOMMENDED);
        }

        @Test
        void withoutAMusculoskeletalCauseDocumentedItIsNotShownNecessary() {
            Draft d = draft("The patient reports neck pain.", "Chiropractic manipulation 2 times a week for 3 weeks",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.missingDocumentation()).isNotEmpty();
        }
    }

    @Nested
    class Acupuncture {
        static final String NOT_TOLERATED = "The patient has chronic low back pain. She does not tolerate "
                + "medications because of nausea. She continues a home exercise program.";

        @Test
        void aFirstCourseOfSixWhenMedicationIsNotTolerated() {
            Draft d = draft(NOT_TOLERATED, "Acupuncture 6 sessions for the low back", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Acupuncture Treatment 2007");
        }

        @Test
        void twelveInAFirstCourseExceedTheThreeToSix() {
            Draft d = draft(NOT_TOLERATED, "Acupuncture 2 times a week for 6 weeks for the low back", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("12 requested");
        }

        @Test
        void withoutAnIndicationDocumentedItIsNotShownNecessary() {
            Draft d = draft("The patient has chronic low back pain.", "Acupuncture 6 sessions for the low back",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("pain medication");
        }

        @Test
        void electroacupunctureNeedsAnIndicationOfAcupunctureAsWellAsItsOwn() {
            String radiculopathy = "He has low back pain radiating down the left leg. Diagnoses: lumbar radiculopathy.";
            Draft d = draft(radiculopathy, "Electroacupuncture 6 sessions for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).extracting(RecommendationTrace::id, RecommendationTrace::conclusion)
                    .contains(org.assertj.core.groups.Tuple.tuple("amtg-2007.electroacupuncture", Conclusion.SUPPORTED),
                            org.assertj.core.groups.Tuple.tuple("amtg-2007.acupuncture", Conclusion.UNDOCUMENTED));
            assertOutcome(draft(radiculopathy + " He continues a home exercise program.",
                    "Electroacupuncture 6 sessions for the lumbar spine", DECIDED, INJURED), DraftOutcome.OVERTURNED);
        }

        @Test
        void electroacupunctureKeepsTheFrequencyOfAcupuncture() {
            Draft d = draft("He has low back pain radiating down the left leg. Diagnoses: lumbar radiculopathy.",
                    "Electroacupuncture 4 times a week for 1 week for the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("4 a week requested, more than 3 a week");
        }

        @Test
        void forTheShoulderARequestAsAnAdjunctToRehabilitationDocumentsIt() {
            Draft d = draft("Right shoulder pain. She attends physical therapy, and acupuncture is requested as an "
                    + "adjunct to physical rehabilitation.", "Acupuncture 6 sessions for the right shoulder", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Shoulder Complaints 2004");
        }
    }

    @Nested
    class Opioids {
        @Test
        void continuingWithTheFourAsDocumentedAndALowDose() {
            Draft d = draft("Current medications include Norco 10/325 mg one tablet twice a day. With medication the "
                    + "pain is 4/10 and without medication 8/10. He reports improved function with the medication and "
                    + "is able to walk for thirty minutes. He denies side effects. A urine drug screen on 10/01/2016 was "
                    + "consistent with the prescribed medications. He is seen for monthly follow-up visits. There is "
                    + "no history of substance abuse.", "Norco 10/325 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Opioid Treatment 2016");
        }

        @Test
        void aDoseAboveTheThresholdIsNot() {
            Draft d = draft("Current medications include OxyContin 40 mg three times a day.", "OxyContin 40 mg #90",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.limits().stream()
                    .anyMatch(l -> l.verdict() == Verdict.NOT_MET && l.explanation().contains("180")));
        }

        @Test
        void continuingWithoutDocumentedMonitoringIsNotShownNecessary() {
            Draft d = draft("Current medications include Norco 10/325 mg.", "Norco 10/325 mg #90", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("urine drug screen");
        }
    }

    @Nested
    class Nsaids {
        @Test
        void forOsteoarthritis() {
            Draft d = draft("The patient is diagnosed with osteoarthritis of the right knee.", "Naproxen 550 mg #60",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void aFlareOfNeckPainIsNotAnIndicationTheSectionNames() {
            Draft d = draft("He reports acute pain and a flare-up of his chronic neck pain after lifting boxes.",
                    "Naproxen 550 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).filteredOn(r -> r.id().equals("cpmtg-2016.nsaids"))
                    .extracting(RecommendationTrace::conclusion).containsExactly(Conclusion.UNDOCUMENTED);
            Draft back = draft("Diagnosis: chronic low back pain, with a flare-up last week.", "Naproxen 550 mg #60",
                    DECIDED, INJURED);
            assertOutcome(back, DraftOutcome.OVERTURNED);
        }

        @Test
        void takenForOverAYearCallsForLaboratoryMonitoring() {
            Draft d = draft("Osteoarthritis of the right knee. Treatment goals are to walk a mile. She has taken naproxen"
                    + " 550 mg twice a day for over a year.", "Naproxen 550 mg #60", "2015-06-01", INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).filteredOn(t -> t.id().equals("cpmtg-2009.nsaids.monitoring"))
                    .singleElement().extracting(RecommendationTrace::conclusion).isEqualTo(Conclusion.UNDOCUMENTED);
            assertThat(missing(d)).contains("liver");
        }

        @Test
        void withoutAnIndicationDocumented() {
            Draft d = draft("The patient reports right shoulder discomfort.", "Naproxen 550 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class MuscleRelaxants {
        @Test
        void aShortCourseForAFlareWithSpasm() {
            Draft d = draft("The patient has an acute flare-up of low back pain. Examination shows paraspinal muscle "
                    + "spasm.", "Cyclobenzaprine 7.5 mg one at bedtime #10", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void useSinceMonthsAgoIsBeyondTheShortCourse() {
            Draft d = draft("Examination shows paraspinal muscle spasm. She has taken cyclobenzaprine since 01/2016.",
                    "Cyclobenzaprine 7.5 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void useForMonthsIsBeyondTheShortCourse() {
            Draft d = draft("Examination shows paraspinal muscle spasm. She has been on cyclobenzaprine 7.5 mg twice a "
                    + "day for the past 14 months.", "Cyclobenzaprine 7.5 mg #60", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(explain(d)).contains("NOT_MET in use since " + LocalDate.parse(DECIDED).minusMonths(14));
        }

        @Test
        void withoutSpasmOrAFlareDocumented() {
            Draft d = draft("The patient reports low back pain.", "Cyclobenzaprine 7.5 mg #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("muscle spasm");
        }

        @Test
        void spasticityIsJudgedByTheAntispasticityRuleNotTheShortCourseForAFlare() {
            Draft d = draft("Multiple sclerosis with spasticity of both legs. She has taken baclofen 10 mg three times "
                    + "a day since 2014.", "Baclofen 10 mg #90", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations()).filteredOn(t -> t.id().equals("cpmtg-2016.muscle-relaxants"))
                    .singleElement().extracting(RecommendationTrace::conclusion).isEqualTo(Conclusion.DOES_NOT_APPLY);
        }

        @Test
        void carisoprodolIsNotRecommended() {
            Draft d = draft("Examination shows muscle spasm.", "Soma 350 mg #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Carisoprodol");
        }
    }

    @Nested
    class Topicals {
        @Test
        void aCompoundWithGabapentinIsNotRecommended() {
            Draft d = draft("The patient has neuropathic pain of the left foot.",
                    "Gabapentin 10%, Amitriptyline 5% in cream base 120 g", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("gabapentin");
        }

        @Test
        void aTopicalNsaidForKneeOsteoarthritisIsJudgedByItsOwnSectionNotTheOneForNeuropathicPain() {
            Draft d = draft("Osteoarthritis of the right knee. Oral NSAIDs upset her stomach.",
                    "Voltaren gel 1% 100 g for the right knee", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations()).filteredOn(r -> r.id().equals("cpmtg-2016.topical-analgesics"))
                    .singleElement().extracting(RecommendationTrace::conclusion).isEqualTo(Conclusion.NOT_SUPPORTED);
        }

        @Test
        void aCompoundIsStillJudgedByTheSectionOnTopicalAnalgesicsInGeneral() {
            Draft d = draft("Osteoarthritis of the right knee.", "Flurbiprofen 20%, menthol 2% compounded cream 120 g "
                    + "for the right knee", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.citationText()).contains("Topical analgesics");
        }

        @Test
        void capsaicinStrongerThanTheGuidelineSupportsIsNotSupported() {
            String record = "Osteoarthritis of both hands. She could not tolerate naproxen.";
            assertOutcome(draft(record, "Capsaicin 0.025% cream 60 g", DECIDED, INJURED), DraftOutcome.OVERTURNED);
            Draft strong = draft(record, "Capsaicin 0.1% cream 60 g", DECIDED, INJURED);
            assertOutcome(strong, DraftOutcome.UPHELD);
            assertThat(strong.rationale()).contains("0.1% requested");
        }

        @Test
        void aCompoundWhoseIngredientsAreNotNamedIsNotShownNecessary() {
            Draft d = draft("The patient has neuropathic pain of the left foot. Gabapentin failed.",
                    "Compounded topical cream 240 g", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("the ingredients of the product requested");
        }

        @Test
        void lidocaineOtherThanThePatchIsNotRecommended() {
            Draft d = draft("The patient has low back pain.", "Lidocaine ointment 5% 30 g", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void theLidocainePatchAfterAFailedFirstLineDrugForLocalizedNeuropathicPain() {
            Draft d = draft("The patient is diagnosed with postherpetic neuralgia of the chest wall with localized "
                    + "peripheral pain. Gabapentin was previously tried and discontinued because of side effects.",
                    "Lidoderm 5% patch #30", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class EpiduralInjections {
        static final String RADICULOPATHY = "The patient reports pain radiating down the left leg. Examination shows "
                + "decreased sensation in the left L5 dermatome and a positive straight leg raise on the left. ";
        static final String FAILED_CARE = "Treatment to date has included physical therapy, a home exercise program, "
                + "ibuprofen and cyclobenzaprine without relief.";

        @Test
        void radiculopathyCorroboratedByImagingAfterFailedCare() {
            Draft d = draft(RADICULOPATHY + "An MRI of the lumbar spine on 06/01/2016 revealed a disc herniation at "
                    + "L4-5 compressing the left L5 nerve root. " + FAILED_CARE,
                    "Left L4-5 transforaminal epidural steroid injection under fluoroscopy", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void withoutCorroboratingImagingItIsNotShownNecessary() {
            Draft d = draft(RADICULOPATHY + FAILED_CARE,
                    "Left L4-5 transforaminal epidural steroid injection under fluoroscopy", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("MRI showing nerve root compression");
        }
    }

    @Nested
    class Imaging {
        @Test
        void aLumbarMriForARedFlag() {
            Draft d = draft("The patient reports new bowel and bladder incontinence with saddle anesthesia.",
                    "MRI of the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Low Back Complaints 2004");
        }

        @Test
        void aLumbarMriWithANormalNeurologicExaminationAndNoRedFlags() {
            Draft d = draft("The patient reports low back pain. There are no red flags. Sensation is intact, "
                    + "strength is 5/5 and reflexes are 2+ and symmetric.", "MRI of the lumbar spine", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }

        @Test
        void aShoulderMriWithoutFailedConservativeCareDocumented() {
            Draft d = draft("The patient reports right shoulder pain.", "MRI of the right shoulder", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("conservative care");
        }
    }

    @Nested
    class Electrodiagnostics {
        @Test
        void anEmgIsNotRecommendedWhenRadiculopathyIsClinicallyObvious() {
            Draft d = draft("The patient is diagnosed with lumbar radiculopathy. Examination shows decreased sensation "
                    + "in the left L5 dermatome.", "EMG of the bilateral lower extremities", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.trace().recommendations()).anyMatch(r -> r.conclusion() == Conclusion.NOT_RECOMMENDED);
        }

        @Test
        void nerveConductionOfTheLegsWithoutSuspectedNeuropathyIsNotRecommended() {
            Draft d = draft("The patient reports low back pain.", "NCV of the bilateral lower extremities", DECIDED,
                    INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class ElectricalStimulation {
        @Test
        void aOneMonthTensTrialAsAnAdjunctAfterFailedCare() {
            Draft d = draft("The patient has chronic low back pain since the injury. Physical therapy and medications "
                    + "failed to relieve the pain. She continues a home exercise program.", "TENS unit 30 day rental",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void tensAfterSurgeryIsJudgedByThePostoperativeSectionForItsFirstThirtyDays() {
            String record = "She underwent left carpal tunnel release on 11/21/2016. Incisional pain limits her hand "
                    + "therapy.";
            Draft within = draft(record, "TENS unit rental for 14 days after surgery", DECIDED, INJURED);
            assertOutcome(within, DraftOutcome.OVERTURNED);
            assertThat(within.citationText()).contains("post operative pain");
            Draft beyond = draft(record, "TENS unit rental for 60 days after surgery", DECIDED, INJURED);
            assertOutcome(beyond, DraftOutcome.UPHELD);
            assertThat(beyond.rationale()).contains("to day 70");
        }

        @Test
        void galvanicStimulationIsNotRecommended() {
            assertOutcome(draft("Chronic left heel pain.", "Galvanic stimulation unit", DECIDED, INJURED),
                    DraftOutcome.UPHELD);
        }

        @Test
        void neuromuscularStimulationIsNotRecommended() {
            Draft d = draft("The patient has low back pain.", "NMES unit purchase", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
        }
    }

    @Nested
    class HomeHealth {
        @Test
        void skilledCareForAHomeboundPatientAfterMajorSurgery() {
            Draft d = draft("The patient underwent a colon resection on 11/10/2016 and is homebound. He needs daily "
                    + "wound care with dressing changes.", "Home health nursing visits daily for 2 weeks for wound "
                    + "care", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.OVERTURNED);
        }

        @Test
        void withoutHomeboundStatusDocumented() {
            Draft d = draft("The patient needs help with cleaning and laundry.", "Home health aide 4 hours a day",
                    DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(missing(d)).contains("homebound");
        }
    }

    @Nested
    class Postsurgical {
        @Test
        void moreVisitsWithinTheGeneralCourseAfterTheInitialCourseHelped() {
            Draft d = draft("She is status post right knee arthroscopic partial medial meniscectomy on 10/01/2016. "
                    + "She has completed 6 sessions of postoperative physical therapy with functional improvement. "
                    + "The surgeon prescribed postoperative physical therapy.",
                    "Postoperative physical therapy for the right knee 2x3", "2016-11-15", "2016-08-01");
            assertOutcome(d, DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).contains("Postsurgical Treatment 2009");
            assertThat(d.rationale()).contains("falls within the 6 months postsurgical");
        }

        @Test
        void beyondTheGeneralCourse() {
            Draft d = draft("She is status post right knee arthroscopic partial medial meniscectomy on 10/01/2016. "
                    + "She has completed 12 sessions of postoperative physical therapy. The surgeon prescribed "
                    + "postoperative physical therapy.", "Postoperative physical therapy for the right knee 2x3",
                    "2016-12-15", "2016-08-01");
            assertOutcome(d, DraftOutcome.UPHELD);
            assertThat(d.rationale()).contains("18");
        }
    }

    @Nested
    class Refer {
        @Test
        void aRequestTheEngineCannotReadIsReferred() {
            Draft d = draft("The patient has low back pain.", "Zebra crossing paint", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.REFER);
            assertThat(d.citation()).isEmpty();
            assertThat(d.rationale()).contains("physician reviewer decides");
        }

        @Test
        void withoutARequestDateTheGuidelinesInForceCannotBeChosen() {
            Draft d = Drafts.ENGINE.draft(new CaseForDetermination(new CaseDates(java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()), "Low back pain.", java.util.List.of("MRI of the lumbar spine"))).get(0);
            assertOutcome(d, DraftOutcome.REFER);
        }

        @Test
        void aRequestNoRecommendationInForceAddresses() {
            Draft d = draft("The patient reports headaches.", "Outpatient rehabilitation for ten days", DECIDED, INJURED);
            assertOutcome(d, DraftOutcome.REFER);
        }
    }
}
