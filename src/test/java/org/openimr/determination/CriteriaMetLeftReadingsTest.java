package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Modality;
import org.openimr.casefile.Stated;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.TherapySessions;

/**
 * The readings the tenth round left: records that meet the rule in force in the words physicians write are overturned,
 * and the same record missing the criterion stays upheld. Synthetic records and requests, written for this test (never
 * a letter's text).
 */
class CriteriaMetLeftReadingsTest {

    private static final String REQUEST_DATE = "2016-09-01";

    private static Draft draftOf(String record, String request) {
        return draft(record, request, REQUEST_DATE, null);
    }

    private static void assertOutcome(String record, String request, DraftOutcome expected) {
        Drafts.assertOutcome(record, request, REQUEST_DATE, expected);
    }

    // --------------------------------------------------------- 1. a surgical lesion in the words of an MRI report

    private static final String KNEE = "The patient is a 41-year-old male who twisted his right knee stepping off a "
            + "pallet on 03/14/2016. He reports medial knee pain with locking, catching and giving way. Exam: medial "
            + "joint line tenderness, positive McMurray test. MRI of the right knee on 05/02/2016 showed %s. He "
            + "completed 8 sessions of physical therapy and took naproxen without lasting relief. The physician "
            + "requests an orthopedic surgery consultation for the right knee.";

    @Test
    void aMeniscalTearInTheWordsOfAnMriReportIsALesionSurgeryHelps() {
        assertOutcome(KNEE.formatted("a complex tear of the posterior horn of the medial meniscus"),
                "Orthopedic surgery consultation right knee", DraftOutcome.OVERTURNED);
        assertOutcome(KNEE.formatted("a medial meniscus tear"), "Orthopedic surgery consultation right knee",
                DraftOutcome.OVERTURNED);
    }

    @Test
    void aKneeMriWithoutATearShowsNoLesionSurgeryHelps() {
        assertOutcome(KNEE.formatted("mild degenerative changes of the medial compartment"),
                "Orthopedic surgery consultation right knee", DraftOutcome.UPHELD);
    }

    private static final String SHOULDER = "The patient is a 52-year-old female who injured her right shoulder lifting "
            + "boxes on 02/10/2016. Exam: weakness of abduction 3/5, positive drop arm test. MRI of the right shoulder "
            + "on 04/20/2016 showed %s. She completed 10 sessions of physical therapy without lasting relief.";

    @Test
    void aFullThicknessRotatorCuffTearIsALesionSurgeryHelps() {
        assertOutcome(SHOULDER.formatted("a full-thickness rotator cuff tear with retraction"),
                "Orthopedic surgery consultation right shoulder", DraftOutcome.OVERTURNED);
        assertOutcome(SHOULDER.formatted("tendinosis of the supraspinatus without a tear"),
                "Orthopedic surgery consultation right shoulder", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- 2. medial branch blocks: a normal examination, no fusion

    private static final String FACETS = "The patient is a 56-year-old female with chronic axial low back pain since an "
            + "injury at work on 06/12/2014. Exam: tenderness over the lumbar facets at L4-5 and L5-S1, pain on "
            + "extension and rotation. %s She completed physical therapy, a home exercise program and NSAIDs for more "
            + "than 4 weeks without relief.%s";
    private static final String BLOCKS = "Bilateral L4-5 and L5-S1 medial branch blocks";

    @Test
    void aNormalNeurologicalExaminationWithNoSpineSurgeryMeetsTheMedialBranchBlockRule() {
        Draft d = draftOf(FACETS.formatted("She is neurologically intact.", ""), BLOCKS);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(verdictOf(d, "radiculopathy is absent")).isEqualTo(Verdict.MET);
        assertThat(verdictOf(d, "not previously fused")).isEqualTo(Verdict.MET);
        assertOutcome(FACETS.formatted("Normal sensation, strength and reflexes in both legs.", ""), BLOCKS,
                DraftOutcome.OVERTURNED);
    }

    @Test
    void radiatingPainOrASpineOperationOnRecordStillUpholds() {
        Draft radiating = draftOf(FACETS.formatted("Pain radiates down the left leg; she is neurologically intact.", ""),
                BLOCKS);
        assertThat(radiating.outcome()).as(explain(radiating)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(verdictOf(radiating, "radiculopathy is absent")).isEqualTo(Verdict.NOT_MET);
        Draft operated = draftOf(FACETS.formatted("She is neurologically intact.",
                " She is status post L4-5 laminectomy in 2012."), BLOCKS);
        assertThat(operated.outcome()).as(explain(operated)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(verdictOf(operated, "not previously fused")).isEqualTo(Verdict.UNKNOWN);
    }

    // --------------------------------------------------------- 3. less pain medication, the drug named

    private static final String ACUPUNCTURE = "The patient is a 38-year-old male with chronic low back pain since a "
            + "lifting injury at work on 04/02/2014. %s He has had no acupuncture. The physician requests 6 acupuncture "
            + "sessions for the low back.";

    @Test
    void lessOfANamedDrugIsPainMedicationReduced() {
        for (String reduced : new String[] {"He reduced his ibuprofen from three to one tablet a day.",
                "He cut back on Norco from 4 to 2 a day.", "He now takes half the Norco he took."}) {
            assertOutcome(ACUPUNCTURE.formatted(reduced), "Acupuncture 6 sessions low back", DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void aDrugTakenAsBeforeOrNotReducedIsNoReduction() {
        assertOutcome(ACUPUNCTURE.formatted("He takes ibuprofen three tablets a day."),
                "Acupuncture 6 sessions low back", DraftOutcome.UPHELD);
        assertOutcome(ACUPUNCTURE.formatted("He has not reduced his ibuprofen."),
                "Acupuncture 6 sessions low back", DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- 4. a program's hours are its days and weeks

    private static final String PROGRAM = "The patient is a 47-year-old female with chronic low back pain since an "
            + "injury at work on 09/10/2013. A functional capacity evaluation was done. She has failed physical "
            + "therapy, chiropractic care, NSAIDs and an epidural steroid injection, none of which have helped. She is "
            + "not a surgical candidate. She has significant loss of function and is motivated to change; negative "
            + "predictors have been addressed.";

    @Test
    void eightyHoursOfAProgramAreTwoWeeks() {
        Draft d = draftOf(PROGRAM, "Functional restoration program 80 hours");
        assertThat(d.interpreted().quantity().weeks()).hasValue(2);
        assertThat(d.interpreted().quantity().days()).hasValue(10);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void oneHundredSixtyHoursGoPastTheFirstTwoWeeks() {
        Draft d = draftOf(PROGRAM, "Functional restoration program 160 hours");
        assertThat(d.interpreted().quantity().weeks()).hasValue(4);
        assertThat(d.interpreted().quantity().days()).hasValue(20);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // --------------------------------------------------------- 5. function with the drug

    private static final String OPIOID = "The patient is a 50-year-old male with chronic low back pain since an injury "
            + "at work on 03/03/2012. He takes Norco 10/325 mg one tablet three times a day for more than a year and "
            + "is seen monthly. With Norco his pain goes from 8/10 to 4/10. %s He has no side effects; a urine drug "
            + "screen on 06/01/2016 was consistent, and he has a signed opioid agreement.";

    @Test
    void anAbilityTheRecordCreditsToTheDrugIsFunctionalImprovement() {
        for (String gain : new String[] {"With Norco he is able to walk 30 minutes.",
                "Norco allows him to do his housework.", "The medication lets him sleep and work full duty."}) {
            assertOutcome(OPIOID.formatted(gain), "Norco 10/325 mg #90", DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void anAbilityCreditedToNothingIsNoGainFromTheDrug() {
        assertOutcome(OPIOID.formatted("He is able to walk 30 minutes."), "Norco 10/325 mg #90", DraftOutcome.UPHELD);
        assertOutcome(OPIOID.formatted("Without Norco he is able to walk 10 minutes."), "Norco 10/325 mg #90",
                DraftOutcome.UPHELD);
    }

    @Test
    void aGainCreditedToTheDrugIsNotTheTherapysGain() {
        String record = "The patient is a 50-year-old male with chronic low back pain since an injury at work on "
                + "03/03/2012. He continues a home exercise program and completed 6 sessions of acupuncture. %s";
        assertOutcome(record.formatted("With Norco he is able to walk 30 minutes."),
                "Acupuncture 6 additional sessions low back", DraftOutcome.UPHELD);
        assertOutcome(record.formatted("Since acupuncture he is able to walk 30 minutes longer."),
                "Acupuncture 6 additional sessions low back", DraftOutcome.OVERTURNED);
    }

    // --------------------------------------------------------- 6. sessions planned or requested are not sessions given

    private static ClinicalFacts facts(String text) {
        return ClinicalFactExtractor.standard().extract(text);
    }

    @Test
    void sessionsInAPlanOrRequestSentenceAreNotSessionsGiven() {
        for (String plan : new String[] {"Plan: massage therapy 6 sessions, continue HEP, follow up in 4 weeks.",
                "Request PT 2x4.", "We recommend chiropractic x 6."}) {
            ClinicalFacts f = facts("A 44-year-old female with chronic neck pain since an injury at work on 05/05/2014. "
                    + plan);
            assertThat(f.therapySessions()).as(plan).noneMatch(TherapySessions::completed);
        }
        String record = "A 44-year-old female with chronic neck pain since an injury at work on 05/05/2014. She "
                + "continues her home exercise program daily. Plan: massage therapy 6 sessions, continue HEP, follow "
                + "up in 4 weeks.";
        assertOutcome(record, "Massage therapy 6 sessions neck", DraftOutcome.OVERTURNED);
    }

    @Test
    void sessionsGivenAreStillCounted() {
        ClinicalFacts f = facts("A 44-year-old female with chronic neck pain. She completed 6 sessions of massage "
                + "therapy. Plan: continue HEP.");
        assertThat(f.therapySessions()).singleElement().satisfies(t -> {
            assertThat(t.modality()).isEqualTo(Modality.MASSAGE);
            assertThat(t.completed()).isTrue();
        });
    }

    // --------------------------------------------------------- 7. the industrial injury, not an earlier event

    @Test
    void theDateOfInjuryIsTheIndustrialOneNotAnEarlierOrNonIndustrialEvent() {
        ClinicalFacts f = facts("A 46-year-old female with low back pain. She fell at home in 2010 and had a prior "
                + "car accident in 2005, both without lasting symptoms. She injured her low back lifting a patient at "
                + "work on 07/15/2016.");
        assertThat(f.dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(StatedDate.day(LocalDate.of(2016, 7, 15)));
    }

    @Test
    void anEventAtHomeAloneGivesNoDateOfInjury() {
        assertThat(facts("A 46-year-old female with low back pain. She fell at home in 2010.").dateOfInjury())
                .isEmpty();
        // a mechanism naming neither work nor another event is still read, as before
        assertThat(facts("A 33-year-old male strained his right shoulder lifting a ladder on 07/20/2016.")
                .dateOfInjury()).get().extracting(Stated::value).isEqualTo(StatedDate.day(LocalDate.of(2016, 7, 20)));
    }
}
