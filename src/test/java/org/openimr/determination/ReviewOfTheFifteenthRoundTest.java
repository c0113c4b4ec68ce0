package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * The review of the fifteenth round's rehabilitation and unsafe readings (part 1): each reading that drafted a false
 * overturn or a false upheld, beside its guard, the near case that must still come out as before. Synthetic records and
 * requests written for this test (never a letter's text).
 */
class ReviewOfTheFifteenthRoundTest {

    private static Draft safe(String record, String request, String date) {
        return Drafts.assertSafe(record, request, date);
    }

    private static Draft overturned(String record, String request, String date) {
        return Drafts.assertOutcome(record, request, date, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 1. sessions approved, then given

    /** A cashier's chronic low back pain; the earlier therapy in %s; 6 visits of therapy asked for. */
    private static final String CASHIER = "A 50 year old cashier hurt her lower back at work on 01/05/2015. Diagnosis: "
            + "lumbar sprain/strain with chronic low back pain. %s Examined 09/12/2016: lumbar tenderness, forward "
            + "bending to 45 degrees, neurologically intact. The treating physician requested %s. Utilization review "
            + "denied it on 09/20/2016.";
    private static final String PT = "Physical therapy 2x3 lumbar spine";

    @Test
    void sessionsApprovedAndThenCompletedAreSessionsGiven() {
        safe(String.format(CASHIER, "Physical therapy x 12 was approved in 03/2016, and she completed it with no "
                + "lasting gain.", "PT 2x3 for the lumbar spine"), PT, "2016-09-20");
    }

    @Test
    void sessionsCertifiedAndThenAttendedAreSessionsGiven() {
        safe(String.format(CASHIER, "Twelve visits of PT were certified by utilization review in 03/2016 and she "
                + "attended all of them, with no functional gain.", "PT 2x3 for the lumbar spine"), PT, "2016-09-20");
    }

    @Test
    void acupunctureApprovedAndCompletedIsAcupunctureGiven() {
        safe(String.format(CASHIER, "Acupuncture x 12 was approved in 2015 and completed, with no relief. She is "
                + "intolerant of NSAIDs.", "acupuncture x 6 for the lumbar spine"), "Acupuncture x 6 lumbar spine", "2016-09-20");
    }

    @Test
    void guardSessionsApprovedButNeverAttendedAreNoneGiven() {
        Draft d = draft(String.format(CASHIER, "Physical therapy x 12 was approved in 03/2016, but she never attended "
                + "it because of child care.", "PT 2x3 for the lumbar spine"), PT, "2016-09-20", null);
        assertThat(explain(d)).doesNotContain("12 sessions of physical");
    }

    // ------------------------------------------------------------------ 2. a course resumed after an earlier one

    /** A roofer's low back; the chiropractic in %s; 2 visits asked for. */
    private static final String ROOFER = "A 46 year old roofer fell from a ladder on %s and hurt his lower back. "
            + "Diagnosis: lumbar sprain/strain. %s He is back at full duty. Exam 9/27/16: lumbar paraspinal tenderness, "
            + "flexion 50 deg. The PTP requested chiropractic x 2. UR 10/5/16 non-certified the request.";
    private static final String CHIRO = "Chiropractic 2 visits lumbar spine";

    @Test
    void careResumedAfterAnEarlierCourseWithoutAFlareUpIsMaintenance() {
        Draft d = safe(String.format(ROOFER, "05/09/2013", "He had chiropractic x 20 in 2014, with his ADLs improved. "
                + "He took up chiropractic again in August 2016 and has had 4 chiropractic visits to date; his pain is "
                + "the same as at baseline."), CHIRO, "2016-10-05");
        assertThat(d.rationale()).doesNotContain("allowed by the extension");
    }

    @Test
    void guardACurrentCourseAfterCareForAnOlderInjuryIsStillItsOwnCourse() {
        overturned(String.format(ROOFER, "03/02/2016", "After an older car accident he had chiropractic x 20 in 2012. "
                + "He started chiropractic in September 2016 and has had 4 chiropractic visits so far; he now sits for 1 "
                + "hour instead of 15 minutes and lifts 30 lbs instead of 10 lbs."), CHIRO, "2016-10-05");
    }

    @Test
    void aGainOfAnEarlierCourseExtendsNoCurrentCourse() {
        safe(String.format(ROOFER, "03/02/2016", "After an older car accident he had chiropractic x 20 in 2012, with his "
                + "ADLs improved. He started chiropractic in September 2016 and has had 4 chiropractic visits so far.")
                .replace("chiropractic x 2.", "chiropractic x 6."), "Chiropractic x 6 lumbar spine", "2016-10-05");
    }

    // ------------------------------------------------------------------ 3. a gain aimed at is not a gain made

    /** A roofer with 6 chiropractic visits this month; %s; 6 more asked for. */
    private static final String SIX_VISITS = "A 47 year old roofer hurt his low back in a fall on 5/9/2013. Diagnosis: "
            + "lumbar sprain/strain. He has had 6 chiropractic visits since 09/01/2016 with only temporary relief. %s "
            + "Exam 9/27/16: lumbar paraspinal tenderness, flexion 50 deg. The PTP requested chiropractic x 6. UR "
            + "10/5/16 non-certified the request.";
    private static final String SIX = "Chiropractic x 6 lumbar spine";

    @Test
    void aTreatmentGoalIsNoGain() {
        safe(String.format(SIX_VISITS, "Goals of treatment: increased lifting tolerance and improved ADLs."), SIX,
                "2016-10-05");
    }

    @Test
    void aGoalThatFunctionImprovesIsNoGain() {
        safe(String.format(SIX_VISITS, "The goal is that his ADLs improved enough for full duty."), SIX, "2016-10-05");
    }

    @Test
    void guardAGainStatedBesideAGoalStillCounts() {
        overturned(String.format(SIX_VISITS, "Treatment goal: full duty; he can now stand for 2 hours instead of 30 "
                + "minutes."), SIX, "2016-10-05");
        overturned(String.format(SIX_VISITS, "Treatment goal: full duty. He can now stand for 2 hours instead of 30 "
                + "minutes."), SIX, "2016-10-05");
    }

    // ------------------------------------------------------------------- the latest examination (finding 4, the lead)

    /** The latest treating exam leaves the sign equivocal; what follows in each record must not make it older. */
    private static final String EQUIVOCAL_EXAM = "A 52 y/o female packer hurt her low back lifting on 3/14/2015. Dx: "
            + "lumbar radiculitis. Exam 9/26/16: SLR equivocal on the R at 60 deg, sensation intact, motor 5/5. No "
            + "lumbar MRI has been done. She failed PT x 6 and NSAIDs over 3 months. The PTP requested EMG of the "
            + "bilateral lower extremities. %s";
    private static final String EMG = "EMG bilateral lower extremities";

    @Test
    void aReviewersReportOfADeficitIsNoLaterExamination() {
        overturned(String.format(EQUIVOCAL_EXAM, "UR 10/4/16 non-certified the request, stating that decreased "
                + "sensation in the right L5 dermatome was documented."), EMG, "2016-10-04");
    }

    @Test
    void aFollowUpVisitToComeDatesNoExamination() {
        overturned(String.format(EQUIVOCAL_EXAM, "She will follow up on 11/7/16. Reflexes: R Achilles 1+ versus 2+ "
                + "on the L at the 2015 QME exam. UR 10/4/16 non-certified the request."), EMG, "2016-10-04");
    }

    @Test
    void guardAHardFindingOfALaterTreatingExamStillMakesTheSignOlder() {
        Draft d = draft(String.format(EQUIVOCAL_EXAM, "Exam 10/1/16: decreased sensation in the R L5 dermatome, R "
                + "EHL 4/5, positive R SLR at 40 deg. UR 10/4/16 non-certified the request."), EMG, "2016-10-04", null);
        assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.OVERTURNED);
    }
}
