package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.TherapySessions;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.guidelines.RequestKind;

/**
 * The second review of the fourteenth round (rehabilitation, surgery and leftover readings): each reading that drafted
 * a false overturn, or hid a fact, beside its guard, the near case that must still come out as before. Synthetic
 * records and requests written for this test (never a letter's text).
 */
class SecondReviewOfTheFourteenthRoundTest {

    private static final ClinicalFactExtractor EXTRACTOR = ClinicalFactExtractor.standard();
    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();

    private static Draft overturned(String record, String request, String date) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        return d;
    }

    // ------------------------------------------------------------------ 1. mechanical symptoms of the knee requested

    private static final String SCOPE = "Left knee arthroscopy with partial meniscectomy";
    private static final String SCOPE_DATE = "2016-07-13";
    private static final String MECHANIC = "52 y/o M mechanic, DOI 01/11/2016, twisted the L knee stepping off a lift. ";
    private static final String TORN = "MRI L knee 03/2016: tear of the posterior horn of the medial meniscus. ";
    private static final String FAILED_CARE = "Failed 10 PT visits and a HEP. ";
    private static final String SEEN = "06/20/2016: L knee aches when kneeling; medial joint line tenderness, "
            + "+McMurray's. ";
    private static final String ASKED = "Plan: L knee scope, PMM. UR 07/13/2016 non-certified.";

    @Test
    void mechanicalSymptomsOfAnotherPartAreNotTheKnees() {
        Drafts.assertSafe(MECHANIC + TORN + FAILED_CARE + SEEN + "Lifting, his lumbar spine gives out, and his R shoulder catches "
                + "overhead. " + ASKED, SCOPE, SCOPE_DATE);
        Drafts.assertSafe(MECHANIC + "He wore a hinged brace locked in extension for 10 days. " + TORN + FAILED_CARE + SEEN + ASKED,
                SCOPE, SCOPE_DATE);
        Drafts.assertSafe(MECHANIC + TORN + FAILED_CARE + SEEN + "He denies locking. The R knee gave way twice in 2015. " + ASKED,
                SCOPE, SCOPE_DATE);
        Drafts.assertSafe(MECHANIC + TORN + FAILED_CARE + SEEN + "He denies locking. The right knee was buckling in 2015. " + ASKED,
                SCOPE, SCOPE_DATE);
    }

    @Test
    void aTearOfAnotherStructureIsNoMeniscalTear() {
        Drafts.assertSafe(MECHANIC + "MRI L knee 03/2016: radial tear of the anterior cruciate ligament and a femoral bone bruise. "
                + FAILED_CARE + "06/20/2016: the L knee gives way on turning; joint line tenderness. " + ASKED,
                SCOPE, SCOPE_DATE);
    }

    @Test
    void guardMechanicalSymptomsOfTheRequestedKneeStillCount() {
        overturned(MECHANIC + "MRI L knee 03/2016: flap tear of the posterior horn of the medial meniscus. "
                + FAILED_CARE + SEEN + "The L knee buckles and catches on stairs. " + ASKED, SCOPE, SCOPE_DATE);
    }

    // ------------------------------------------------------------------ 2. a screen missing the prescribed drug

    private static List<UrineDrugScreen.Result> results(String text) {
        return EXTRACTOR.extract(text).urineDrugScreens().stream().map(UrineDrugScreen::result).toList();
    }

    private static final String ON_OXY = "He takes oxycodone 10 mg four times daily. ";

    @Test
    void aScreenMissingThePrescribedDrugIsNotConsistent() {
        assertThat(results(ON_OXY + "The UDS of 02/02/2016 showed no illicit substances and was negative as well for "
                + "the prescribed opioid.")).doesNotContain(UrineDrugScreen.Result.CONSISTENT);
        assertThat(results(ON_OXY + "The UDS of 02/02/2016 was negative for illicit drugs but did not detect his "
                + "oxycodone.")).containsExactly(UrineDrugScreen.Result.INCONSISTENT);
        assertThat(results(ON_OXY + "The UDS of 02/02/2016 was negative for illicit drugs; oxycodone was not "
                + "detected.")).containsExactly(UrineDrugScreen.Result.INCONSISTENT);
        assertThat(results(ON_OXY + "The UDS of 02/02/2016 was negative for illicit drugs and negative for "
                + "oxycodone.")).containsExactly(UrineDrugScreen.Result.INCONSISTENT);
        // guard: a screen negative for illicit drugs alone is still consistent
        assertThat(results(ON_OXY + "The UDS of 02/02/2016 was negative for illicit drugs."))
                .containsExactly(UrineDrugScreen.Result.CONSISTENT);
        assertThat(results(ON_OXY + "The UDS of 02/02/2016: illicit drugs not detected, consistent with his regimen."))
                .containsExactly(UrineDrugScreen.Result.CONSISTENT);
    }

    @Test
    void aScreenNotDoneIsNoConsistentScreen() {
        assertThat(results(ON_OXY + "A UDS has never been done to confirm he is compliant."))
                .doesNotContain(UrineDrugScreen.Result.CONSISTENT);
        assertThat(results(ON_OXY + "Drug screen not obtained; his clinic behavior is appropriate."))
                .doesNotContain(UrineDrugScreen.Result.CONSISTENT);
        assertThat(results(ON_OXY + "He declined a urine drug screen, though he says he is compliant."))
                .doesNotContain(UrineDrugScreen.Result.CONSISTENT);
        // guard: a screen reported as compliant still is
        assertThat(results(ON_OXY + "The urine drug screen of 01/05/2016 was compliant."))
                .containsExactly(UrineDrugScreen.Result.CONSISTENT);
    }

    @Test
    void anOpioidWithAScreenMissingItIsNotOverturned() {
        Drafts.assertSafe("A 61 y/o F nurse aide, DOI 04/04/2012, has chronic low back pain. PT, NSAIDs and gabapentin have failed. "
                + ON_OXY + "On 02/25/2016 pain was 8/10 without and 4/10 with her medication, and with it she can "
                + "walk her dog and do light housework. No side effects. The UDS of 01/12/2016 was negative for "
                + "illicit drugs but did not detect the oxycodone. Oxycodone was non-certified on 03/04/2016.",
                "Oxycodone 10 mg #120", "2016-03-04");
    }

    // ------------------------------------------------------------------ 3. a date without its year is no count

    private static List<TherapySessions> therapy(String text) {
        return EXTRACTOR.extract(text).therapySessions();
    }

    @Test
    void aDateWithoutItsYearIsNoCountOfSessions() {
        assertThat(therapy("She began 5/20 post-op PT after the repair.")).allSatisfy(t -> assertThat(t.count()).isEmpty());
        assertThat(therapy("Started 4/12 postop physical therapy.")).allSatisfy(t -> assertThat(t.count()).isEmpty());
        // guard: sessions given as a fraction of a course are still counted
        assertThat(therapy("She has completed 6/12 post-op PT.")).singleElement()
                .satisfies(t -> assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(6)));
        assertThat(therapy("She attended 4/8 sessions of PT.")).singleElement()
                .satisfies(t -> assertThat(t.count()).contains(TherapySessions.SessionCount.exactly(4)));
    }

    @Test
    void postOperativeTherapyStartedOnADateIsNotOverturnedOnAGuessedCount() {
        Drafts.assertSafe("51 y/o F cashier, L knee injury 10/5/15; MRI tear of the lateral meniscus. S/p L knee scope with partial "
                + "lateral meniscectomy 2/24/16. She began 3/10 post-op PT and goes twice weekly. By 4/12/16 knee "
                + "flexion has improved from 85 to 120 deg and she now walks without crutches, but stairs remain hard. The surgeon requested "
                + "more PT 2x3 for the L knee. UR non-certified on 4/21/16.",
                "Additional physical therapy 2x3 left knee", "2016-04-21");
    }

    // ------------------------------------------------------------------ 4. nerve studies that deny the lesion

    @Test
    void nerveStudiesDenyingCubitalTunnelSyndromeDoNotConfirmIt() {
        String after = " Elbow pad at night and PT x 6 since 04/2016 without relief. 08/20/2016: tingling of the L small "
                + "finger, +Tinel's at the cubital tunnel. UR 09/07/2016 non-certified.";
        String who = "45 y/o F packer, DOI 02/02/2016. ";
        Drafts.assertSafe(who + "NCS 04/2016: ulnar nerve velocities across the elbow are normal; the study does not support "
                + "cubital tunnel syndrome." + after, "Left cubital tunnel release", "2016-09-07");
        Drafts.assertSafe(who + "NCS 04/2016: mild L median neuropathy at the wrist; cubital tunnel syndrome was excluded." + after,
                "Left cubital tunnel release", "2016-09-07");
        Drafts.assertSafe("45 y/o F packer, DOI 02/02/2016. NCS 04/2016: the findings do not show carpal tunnel syndrome. Night "
                + "splint and an injection since 04/2016 without relief. 08/20/2016: numb L thumb, +Phalen's. UR "
                + "09/07/2016 non-certified.", "Left carpal tunnel release", "2016-09-07");
    }

    // ------------------------------------------------------------------ 5. psychotherapy with medication management

    @Test
    void psychotherapyWithMedicationManagementIsStillPsychotherapy() {
        assertThat(INTERPRETER.interpret("Psychotherapy plus medication management x 2").kind())
                .contains(RequestKind.PSYCHOTHERAPY);
        assertThat(INTERPRETER.interpret("CBT and med management, 4 sessions").kind())
                .contains(RequestKind.PSYCHOTHERAPY);
        // guard: a psychiatrist's medication management alone is still an office visit
        assertThat(INTERPRETER.interpret("Psychiatry medication management x 3").kind())
                .contains(RequestKind.OFFICE_VISIT);
    }

    // ------------------------------------------------------------------ 6. the same course treated the part too

    @Test
    void aCourseTheNextSentenceSaysTreatedTheRequestedPartCountsForIt() {
        Drafts.assertSafe("This 50 y/o M, DOI 3/3/2015, has neck and R shoulder pain since a fall. Cervical pain treated with PT x 14 "
                + "in 2015. The same sessions also worked on his shoulder. 9/20/16: R shoulder flexion 130 deg. The PTP "
                + "requested PT 2x4 for the R shoulder. UR 10/6/16 non-certified.",
                "Physical therapy 2 times a week for 4 weeks right shoulder", "2016-10-06");
    }

    // ------------------------------------------------------------------ 7. the record's facts in a UR sentence

    private static final String TYPIST = "This 39 y/o F typist has neck pain from a cumulative trauma, DOI 4/2/2015. "
            + "Dx: cervical strain. She keeps up PT and a home exercise program. She had 6 acupuncture sessions in "
            + "Aug-Sep 2016. The acupuncturist asked for 6 more. ";

    @Test
    void anImprovementTheSummaryReportsInAReviewSentenceIsTheRecords() {
        overturned(TYPIST + "UR 10/12/16 non-certified it although her standing tolerance increased from 20 minutes to "
                + "90 minutes and her Norco use decreased from 3 to 1 tablet a day after acupuncture.",
                "Additional acupuncture 1 time a week for 6 weeks cervical spine", "2016-10-12");
        // guard: an improvement only the reviewer names, as the guideline's condition, is none
        Drafts.assertSafe(TYPIST + "She says acupuncture helps; her exam is unchanged. UR 10/12/16 denied the request, noting that "
                + "guidelines allow more sessions only with documented gains such as improved typing tolerance.",
                "Additional acupuncture 1 time a week for 6 weeks cervical spine", "2016-10-12");
    }

    // ------------------------------------------------------------------ 8. a normal examination of the same part

    private static Verdict need(String visit) {
        Draft d = draft("A 38-year-old teller. Visit of 08/12/2016: " + visit, "Right elbow brace", "2016-08-20", null);
        return Drafts.verdictOf(d, "medical need");
    }

    @Test
    void aNormalExaminationOfThePartInAnotherClauseCounts() {
        assertThat(need("Right elbow soreness after work; right elbow exam within normal limits.")).isNotEqualTo(Verdict.MET);
        assertThat(need("She notes occasional right elbow soreness, but her right elbow exam is normal."))
                .isNotEqualTo(Verdict.MET);
        // guard: a normal finding of another part leaves the elbow's complaint standing
        assertThat(need("Right elbow soreness after work, tender lateral epicondyle, but her gait is normal."))
                .isEqualTo(Verdict.MET);
    }

    // ------------------------------------------------------------------ 9. labs before an operation that is off

    private static final String LABS = "Pre-operative labs: CBC, CMP, PT/INR";
    private static final String ON_WARFARIN = "70 y/o F with R knee osteoarthritis takes warfarin for atrial "
            + "fibrillation. ";

    @Test
    void labsBeforeAnOperationCancelledOrOnlyToBeDiscussedAreNotOverturned() {
        Drafts.assertSafe(ON_WARFARIN + "Her R TKA, once scheduled, was non-certified by UR on 04/18/2016 and then cancelled. On "
                + "05/09/2016 the PCP ordered pre-op blood work. UR 05/25/2016 non-certified.", LABS, "2016-05-25");
        Drafts.assertSafe(ON_WARFARIN + "She will see the surgeon to decide whether a R TKA is indicated. On 05/09/2016 the PCP "
                + "ordered pre-op blood work. UR 05/25/2016 non-certified.", LABS, "2016-05-25");
    }

    @Test
    void guardLabsBeforeAScheduledOperationOfARiskyPatientAreStillOverturned() {
        overturned(ON_WARFARIN + "A R TKA is scheduled for 06/14/2016. On 05/09/2016 the PCP ordered pre-op blood work. "
                + "UR 05/25/2016 non-certified.", LABS, "2016-05-25");
    }
}
