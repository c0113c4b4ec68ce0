package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rehabilitation criteria one by one, each written the several ways a treating physician's note or an IMR summary
 * states it: the sessions already given, objective functional improvement from them, a flare-up, the operation and its
 * date, the quantity asked for, the reason for reduced weight bearing and the exercise beside massage. Each phrasing
 * sits in a base record that meets every other criterion and must come out OVERTURNED with the guideline's citation;
 * beside it, guards where the same words do not meet the criterion (negated, of another part, too old, only the UR
 * reviewer's words, a plan) must stay UPHELD or REFER. Synthetic records written for OpenIMR (session 13, s13-crehab,
 * docs/engine-evaluation.md).
 */
class PhrasingsOfTheTherapyCriteriaTest {

    /** A row: the record, the request, the UR date, and the citation words of an overturn (null: must stay safe). */
    record Row(String record, String request, String date, String citation) {
    }

    static Arguments met(String name, String record, String request, String date, String citation) {
        return Arguments.of(name, new Row(record, request, date, citation));
    }

    static Arguments guard(String name, String record, String request, String date) {
        return Arguments.of(name, new Row(record, request, date, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void phrasing(String name, Row row) {
        check(row);
    }

    /** A guard's draft is upheld or referred; a meeting row's is overturned with the citation's words. */
    static void check(Row row) {
        if (row.citation() == null) {
            Drafts.assertSafe(row.record(), row.request(), row.date());
            return;
        }
        Draft d = draft(row.record(), row.request(), row.date(), null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).contains(row.citation());
    }

    static Stream<Arguments> rows() {
        return Stream.of(firstCourseOfTherapy(), moreManipulation(), flareUp(), acupuncture(), postoperative(),
                aquaticAndMassage()).flatMap(s -> s);
    }

    // ------------------------------------------------------------------ chronic PT: sessions already given

    /** Chronic low back myofascial pain; the sessions already given go in %s; PT 2x3 asked for. */
    private static final String LOW_BACK = "This 43 y/o M delivery driver strained his low back lifting boxes on "
            + "2/11/2015. Dx: lumbar myofascial pain, lumbar sprain/strain. %s On 9/6/16 he reports LBP 6/10 that is worse "
            + "with sitting; exam shows lumbar paraspinal tenderness and spasm, flexion 45 deg. He takes naproxen and does "
            + "stretches at home. The PTP requested PT 2x3 for the lumbar spine to teach a core program. UR 9/14/16 "
            + "non-certified the request, stating that a home program is sufficient.";
    private static final String PT_REQUEST = "Physical therapy 2 times a week for 3 weeks lumbar spine";

    private static Stream<Arguments> firstCourseOfTherapy() {
        return Stream.of(
                met("no prior PT", String.format(LOW_BACK, "No prior PT."), PT_REQUEST, "2016-09-14", "Chronic Pain"),
                met("has not had physical therapy", String.format(LOW_BACK, "He has not had physical therapy for this injury."),
                        PT_REQUEST, "2016-09-14", "Chronic Pain"),
                met("never attended PT", String.format(LOW_BACK, "He has never attended PT."), PT_REQUEST, "2016-09-14",
                        "Chronic Pain"),
                met("Tx to date: meds and chiro x 4",
                        String.format(LOW_BACK, "Tx to date: meds, chiro x 4; no PT."), PT_REQUEST, "2016-09-14",
                        "Chronic Pain"),
                met("s/p 2 PT", String.format(LOW_BACK, "He is s/p 2 PT visits in 2015 before he moved."), PT_REQUEST,
                        "2016-09-14", "Chronic Pain"),
                met("has had 3 sessions of PT", String.format(LOW_BACK, "He has had 3 sessions of PT in March 2015."),
                        PT_REQUEST, "2016-09-14", "Chronic Pain"),
                met("completed PT x 4", String.format(LOW_BACK, "Completed PT x 4 in 2015."), PT_REQUEST, "2016-09-14",
                        "Chronic Pain"),
                met("attended two physical therapy visits",
                        String.format(LOW_BACK, "He attended two physical therapy visits in April 2015."), PT_REQUEST,
                        "2016-09-14", "Chronic Pain"),
                guard("s/p 12 PT", String.format(LOW_BACK, "He is s/p 12 PT in 2015 with no lasting benefit."), PT_REQUEST,
                        "2016-09-14"),
                guard("has had 12 sessions of PT", String.format(LOW_BACK, "He has had 12 sessions of PT."), PT_REQUEST,
                        "2016-09-14"),
                guard("PT 2x/wk for 6 wks completed",
                        String.format(LOW_BACK, "He completed PT 2x/wk for 6 wks in 2015."), PT_REQUEST, "2016-09-14"),
                guard("Tx to date: PT x12, chiro x6 w/o benefit",
                        String.format(LOW_BACK, "Tx to date: PT x12, chiro x6 w/o benefit."), PT_REQUEST, "2016-09-14"),
                guard("PT 3x4 asked for", String.format(LOW_BACK, "No prior PT."),
                        "Physical therapy 3 times a week for 4 weeks lumbar spine", "2016-09-14"));
    }

    // ------------------------------------------------------------------ chiropractic: gains from the trial

    /** Chronic LBP after a 6-visit chiropractic trial; the functional gain in %s; 6 more asked for. */
    private static final String CHIRO = "This 39 y/o F grocery clerk injured her low back stocking shelves on "
            + "4/20/2015. Dx: lumbar sprain/strain with myofascial pain. Tx to date: NSAIDs, PT x 10 in 2015, HEP. She "
            + "completed 6 chiropractic visits in Aug 2016. Progress note 9/8/16: %s Lumbar flexion is still limited and "
            + "paraspinal spasm persists. The chiropractor requested 6 more visits of chiropractic manipulation. UR "
            + "9/15/16 non-certified, stating there was no documented objective functional improvement.";
    private static final String CHIRO_REQUEST = "Additional chiropractic 2x3 lumbar spine";

    private static Stream<Arguments> moreManipulation() {
        return Stream.of(
                met("able to walk 30 min vs 10", String.format(CHIRO, "She is now able to walk 30 min vs 10 min before chiro."),
                        CHIRO_REQUEST, "2016-09-15", "Manual therapy"),
                met("sitting tolerance from 20 to 60 min",
                        String.format(CHIRO, "Sitting tolerance increased from 20 to 60 minutes."), CHIRO_REQUEST,
                        "2016-09-15", "Manual therapy"),
                met("returned to modified duty", String.format(CHIRO, "She returned to modified duty on 9/1/16."),
                        CHIRO_REQUEST, "2016-09-15", "Manual therapy"),
                met("Oswestry from 46% to 28%", String.format(CHIRO, "Oswestry improved from 46% to 28%."), CHIRO_REQUEST,
                        "2016-09-15", "Manual therapy"),
                met("ADLs improved: dresses without help",
                        String.format(CHIRO, "ADLs improved: she now dresses and bathes without help."), CHIRO_REQUEST,
                        "2016-09-15", "Manual therapy"),
                guard("ADLs have not improved", String.format(CHIRO, "Her ADLs have not improved; walking is still 10 min."),
                        CHIRO_REQUEST, "2016-09-15"),
                guard("pain better only", String.format(CHIRO, "She states the chiro helps and pain is 5/10 from 7/10."),
                        CHIRO_REQUEST, "2016-09-15"),
                guard("no improvement in walking",
                        String.format(CHIRO, "There was no improvement in her walking tolerance, still 10 min."),
                        CHIRO_REQUEST, "2016-09-15"),
                guard("return to work only a goal", String.format(CHIRO, "Goal: return to modified duty."),
                        CHIRO_REQUEST, "2016-09-15"),
                guard("gain only in the UR reviewer's words", "This 39 y/o F grocery clerk injured her low back on "
                        + "4/20/2015. Dx: lumbar sprain/strain. She completed 6 chiropractic visits in Aug 2016. 9/8/16: pain "
                        + "6/10, exam unchanged. The chiropractor requested 6 more visits. UR 9/15/16 non-certified, stating "
                        + "that continued care requires objective gains such as improved walking tolerance or return to work.",
                        CHIRO_REQUEST, "2016-09-15"),
                guard("gains, but 18 visits already given",
                        String.format(CHIRO.replace("6 chiropractic visits in Aug 2016", "18 chiropractic visits in Jun-Aug 2016"),
                                "She returned to modified duty on 9/1/16."), CHIRO_REQUEST, "2016-09-15"));
    }

    // ------------------------------------------------------------------ chiropractic: a flare-up after earlier success

    /** Chronic LBP, earlier chiropractic with gains and return to work; the flare in %s; 2 visits asked for. */
    private static final String FLARE = "This 51 y/o M mechanic has chronic LBP since a lifting injury on 3/3/2013. Dx: "
            + "lumbar sprain/strain. Chiropractic x 12 in 2014 improved his lifting tolerance from 20 to 50 lbs and he "
            + "returned to full duty, which he continues. %s Exam 10/3/16: paraspinal spasm, flexion 40 deg. The PTP "
            + "requested chiropractic x 2 visits. UR 10/11/16 non-certified as maintenance care.";
    private static final String FLARE_REQUEST = "Chiropractic treatment 2 visits lumbar spine";

    /*
     * The course of 2014 is an earlier one (s13-crehab2): it is not counted in the current course, and the flare-up rule
     * decides; without the flare words the request would be maintenance care (TherapyCoursesAndHomeExerciseTest).
     */
    private static Stream<Arguments> flareUp() {
        return Stream.of(
                met("flare-up", String.format(FLARE, "He reports a flare-up of LBP since 9/26/16."), FLARE_REQUEST,
                        "2016-10-11", "Manual therapy"),
                met("acute exacerbation", String.format(FLARE, "On 10/3/16 he presents with an acute exacerbation of LBP."),
                        FLARE_REQUEST, "2016-10-11", "Manual therapy"),
                met("flared up", String.format(FLARE, "His back flared up after a long drive on 9/28/16."), FLARE_REQUEST,
                        "2016-10-11", "Manual therapy"),
                met("recurrence", String.format(FLARE, "He has a recurrence of low back pain for 1 week."), FLARE_REQUEST,
                        "2016-10-11", "Manual therapy"));
    }

    // ------------------------------------------------------------------ acupuncture: reason and quantity

    /** Chronic neck pain; the reason for acupuncture in %s; the quantity in the request. */
    private static final String ACU = "This 46 y/o F bank teller has neck and upper back pain from a cumulative trauma "
            + "claim, DOI 6/1/2015. Dx: cervical strain, myofascial pain. She has not had acupuncture. %s Exam 10/4/16: "
            + "trapezius tenderness, cervical rotation 55 deg b/l. The PTP requested a trial of acupuncture. UR "
            + "10/12/16 non-certified, stating that the patient had not failed conservative care.";

    private static Stream<Arguments> acupuncture() {
        String adjunct = String.format(ACU, "She attends PT 2x/wk and does a HEP.");
        return Stream.of(
                met("stopped naproxen for gastritis", String.format(ACU, "She stopped naproxen due to gastritis."),
                        "Acupuncture x 6 cervical spine", "2016-10-12", "Acupuncture"),
                met("intolerant of NSAIDs", String.format(ACU, "She is intolerant of NSAIDs (GI upset)."),
                        "Acupuncture x 6 cervical spine", "2016-10-12", "Acupuncture"),
                met("tramadol tapered", String.format(ACU, "Tramadol is being tapered and was reduced to 50 mg a day."),
                        "Acupuncture x 6 cervical spine", "2016-10-12", "Acupuncture"),
                met("attends PT 2x/wk", adjunct, "Acupuncture x 6 cervical spine", "2016-10-12", "Acupuncture"),
                met("in conjunction with PT", String.format(ACU, "Acupuncture is requested in conjunction with her ongoing PT."),
                        "Acupuncture x 6 cervical spine", "2016-10-12", "Acupuncture"),
                met("quantity 2x3", adjunct, "Acupuncture 2x3 cervical spine", "2016-10-12", "Acupuncture"),
                met("quantity six visits", adjunct, "Acupuncture six visits for the neck", "2016-10-12", "Acupuncture"),
                met("quantity 1 x 6", adjunct, "Acupuncture 1 x 6 cervical", "2016-10-12", "Acupuncture"),
                met("quantity 4 sessions", adjunct, "Acupuncture, 4 sessions, neck", "2016-10-12", "Acupuncture"),
                guard("quantity 12 sessions", adjunct, "Acupuncture x 12 cervical spine", "2016-10-12"),
                guard("quantity 2x6", adjunct, "Acupuncture 2x6 cervical spine", "2016-10-12"),
                guard("PT was stopped", String.format(ACU, "PT was discontinued in 2015 and she no longer exercises."),
                        "Acupuncture x 6 cervical spine", "2016-10-12"),
                guard("not intolerant of NSAIDs", String.format(ACU, "She is not intolerant of NSAIDs and takes naproxen daily."),
                        "Acupuncture x 6 cervical spine", "2016-10-12"),
                guard("a side effect of no drug", String.format(ACU, "She stopped PT due to side effects of the heat packs."),
                        "Acupuncture x 6 cervical spine", "2016-10-12"),
                guard("not in PT", String.format(ACU, "She is not in PT and does no exercise."),
                        "Acupuncture x 6 cervical spine", "2016-10-12"),
                guard("naproxen tolerated well", String.format(ACU, "She tolerates naproxen well without side effects."),
                        "Acupuncture x 6 cervical spine", "2016-10-12"));
    }

    // ------------------------------------------------------------------ postoperative therapy: operation and date

    /** A partial medial meniscectomy; the operation and its date in %s; 6 post-op PT asked for by the surgeon. */
    private static final String KNEE = "This 50 y/o M carpenter twisted his R knee on a ladder 1/12/2016. MRI showed a "
            + "medial meniscus tear. %s At the post-op visit of 5/3/16 he walks with a mild limp, knee flexion is 100 deg "
            + "and quadriceps strength 4/5. No post-op PT has been given yet. The surgeon requested post-op PT 2x3 for "
            + "the R knee. UR 5/10/16 non-certified, stating that a home program would suffice.";
    private static final String KNEE_REQUEST = "Post-operative physical therapy 2x3 right knee";

    private static Stream<Arguments> postoperative() {
        return Stream.of(
                met("s/p R knee scope PMM on a date",
                        String.format(KNEE, "He is s/p R knee arthroscopic partial medial meniscectomy on 4/12/16."),
                        KNEE_REQUEST, "2016-05-10", "Postsurgical"),
                met("underwent scope w/ partial meniscectomy",
                        String.format(KNEE, "He underwent R knee arthroscopy with partial medial meniscectomy 4/12/2016."),
                        KNEE_REQUEST, "2016-05-10", "Postsurgical"),
                met("date written out", String.format(KNEE,
                        "On April 12, 2016 he had a right knee arthroscopic partial meniscectomy."), KNEE_REQUEST,
                        "2016-05-10", "Postsurgical"),
                guard("operation past the postsurgical period", "This 50 y/o M carpenter twisted his R knee on a ladder "
                        + "1/12/2015. He is s/p R knee arthroscopic partial medial meniscectomy on 4/12/15. 5/3/16: he walks "
                        + "with a mild limp, knee flexion is 120 deg. He completed 12 post-op PT visits in 2015. The surgeon "
                        + "requested post-op PT 2x3 for the R knee. UR 5/10/16 non-certified.", KNEE_REQUEST, "2016-05-10"));
    }

    // ------------------------------------------------------------------ aquatic therapy and massage

    /** Chronic knee pain; the reason for reduced weight bearing in %s; aquatic therapy 2x4 asked for. */
    private static final String POOL = "This 57 y/o F housekeeper, DOI 8/8/2014, has chronic b/l knee pain with "
            + "osteoarthritis. No prior aquatic therapy. %s The PTP requested aquatic therapy 2x4 for the knees. UR "
            + "11/10/16 non-certified.";
    private static final String POOL_REQUEST = "Aquatic therapy 2 times a week for 4 weeks bilateral knees";
    /** Chronic LBP; the exercise beside massage in %s; massage x 4 asked for. */
    private static final String RUB = "This 36 y/o F CNA strained her low back on 5/5/2015. Dx: lumbar myofascial pain. "
            + "%s 9/8/16: paraspinal spasm and trigger points persist. The PTP requested massage therapy x 4. UR 9/15/16 "
            + "non-certified.";
    private static final String RUB_REQUEST = "Massage therapy 4 sessions lumbar spine";

    private static Stream<Arguments> aquaticAndMassage() {
        return Stream.of(
                met("morbid obesity", String.format(POOL, "Dx also includes morbid obesity."), POOL_REQUEST, "2016-11-10",
                        "Chronic Pain"),
                met("could not tolerate land-based PT",
                        String.format(POOL, "She could not tolerate land-based therapy due to knee pain."), POOL_REQUEST,
                        "2016-11-10", "Chronic Pain"),
                guard("BMI 23, no trouble on land",
                        String.format(POOL, "BMI 23. She walks without a device and tolerates land exercise."), POOL_REQUEST,
                        "2016-11-10"),
                met("does a HEP daily", String.format(RUB, "She does a HEP daily."), RUB_REQUEST, "2016-09-15", "Massage"),
                met("continues home exercises", String.format(RUB, "She continues her home exercise program."), RUB_REQUEST,
                        "2016-09-15", "Massage"),
                met("in active PT", String.format(RUB, "She is currently in PT 2x/wk for core strengthening."), RUB_REQUEST,
                        "2016-09-15", "Massage"));
    }
}
