package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.guard;
import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.met;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a review of the s13-rehab3 readings found (s13-fixe, docs/engine-evaluation.md): a worsening in general words
 * read as a flare-up of the back when it was of something else, denied, or dated from the injury or years back; a past
 * course "ordered" and then completed read as sessions asked for; "2 weeks from surgery" before a scheduled operation
 * read as after a done one; and an operation's stated year overridden by an interval that named another event. Each
 * false overturn must now be UPHELD or REFER, and the meeting readings of s13-rehab3 must still overturn. Synthetic
 * records written for OpenIMR.
 */
class FifthReviewOfTheFifteenthRoundTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void draftFollowsTheReading(String name, PhrasingsOfTheTherapyCriteriaTest.Row row) {
        PhrasingsOfTheTherapyCriteriaTest.check(row);
    }

    static Stream<Arguments> rows() {
        return Stream.of(worseningOfSomethingElse(), pastCourseCompleted(), intervalToAnOperationToCome())
                .flatMap(s -> s);
    }

    // ------------------------------------------------------------------ a worsening in general words

    /** Chronic LBP, chiropractic with gains in 2014, back at full duty; the state in %s; 2 visits asked for. */
    private static final String BACK = "This 45 y/o M lineman hurt his low back lifting a cable spool on 4/2/2013. Dx: "
            + "lumbar sprain/strain. He had chiropractic x 10 in 2014, after which he could sit for 2 hours instead of "
            + "30 minutes. He returned to full duty and still works full duty. %s Exam 9/27/16: lumbar paraspinal "
            + "tenderness, flexion 50 deg. The PTP requested chiropractic x 2. UR 10/5/16 non-certified the request.";
    private static final String CHIRO = "Chiropractic 2 visits lumbar spine";
    private static final String DAY = "2016-10-05";

    private static Arguments maintenance(String name, String state) {
        return guard(name, String.format(BACK, state), CHIRO, DAY);
    }

    private static Stream<Arguments> worseningOfSomethingElse() {
        return Stream.of(
                maintenance("his mood worsened since", "He says his mood has worsened since he lost his overtime "
                        + "shifts."),
                maintenance("his sleep worse for 3 months", "His sleep has been worse for 3 months."),
                maintenance("GERD worse since; the back at baseline", "His GERD is worse since he started naproxen; "
                        + "his back pain is at baseline."),
                maintenance("neither better nor worse since", "Pain is neither better nor worse since the last "
                        + "visit."),
                maintenance("LBP neither better nor worse since", "His LBP is neither better nor worse since the last "
                        + "visit."),
                maintenance("LBP worse since the industrial injury", "His LBP has been worse since the industrial "
                        + "injury in 2013."),
                maintenance("worse since the MVA of the injury's date", "His low back has been worse since the MVA "
                        + "of 4/2/2013."),
                maintenance("acute on chronic LBP in an earlier year", "In 2014 he was seen for acute on chronic LBP "
                        + "and treated with chiropractic."),
                maintenance("LBP worse for 2 years", "His LBP has been worse for 2 years."),
                met("guard: increased LBP for 2 weeks", String.format(BACK, "He reports increased LBP for 2 weeks."),
                        CHIRO, DAY, "Manual therapy"),
                met("guard: LBP worse since lifting a box last month", String.format(BACK, "His LBP is worse since "
                        + "lifting a box on 9/20/16."), CHIRO, DAY, "Manual therapy"),
                met("guard: acute on chronic LBP now", String.format(BACK, "Assessment 9/27/16: acute on chronic "
                        + "LBP."), CHIRO, DAY, "Manual therapy"));
    }

    // ------------------------------------------------------------------ a past course ordered, then completed

    /** The same back, the course of %s given this summer; chiropractic x %s asked for now. */
    private static final String COURSE = "This 45 y/o M lineman hurt his low back lifting a cable spool on 4/2/2013. "
            + "Dx: lumbar sprain/strain. %s He returned to full duty and still works full duty. His back pain is at "
            + "baseline. Exam 9/27/16: lumbar paraspinal tenderness, flexion 50 deg. The PTP requested chiropractic x "
            + "6. UR 10/5/16 non-certified the request.";
    private static final String SIX = "Chiropractic 6 visits lumbar spine";

    private static Stream<Arguments> pastCourseCompleted() {
        return Stream.of(
                guard("ordered x 16, which he completed by a date", String.format(COURSE, "On 8/1/16 the PTP ordered "
                        + "chiropractic x 16, which he completed by 9/20/16, after which he could sit for 2 hours "
                        + "instead of 30 minutes."), SIX, DAY),
                guard("asked for x 16 and completed it", String.format(COURSE, "On 8/1/16 he asked for chiropractic "
                        + "x 16 and completed it; after it he could sit for 2 hours instead of 30 minutes."), SIX, DAY),
                guard("ordered x 16 on a date two months back", String.format(COURSE, "On 7/25/16 the PTP ordered "
                        + "chiropractic x 16. After the course he could sit for 2 hours instead of 30 minutes."),
                        SIX, DAY),
                // guard: an order at the latest visit is still the request, not sessions given (s13-rehab3)
                met("guard: asks for chiropractic x 2 with a flare-up", String.format(BACK, "Since 9/20/16 he has a "
                        + "flare-up of low back pain.").replace("The PTP requested chiropractic x 2.",
                                "On 9/27/16 the PTP ordered chiropractic x 2."), CHIRO, DAY, "Manual therapy"));
    }

    // ------------------------------------------------------------------ an interval to an operation to come

    /** A right knee meniscus tear; the visit in %s; PT 2x3 asked for. */
    private static final String KNEE = "This 52 y/o M warehouse lead twisted his R knee stepping off a pallet jack on "
            + "1/19/2016. MRI showed a medial meniscus tear. %s He walks with a mild limp, knee flexion is 100 deg and "
            + "quadriceps strength 4/5. The surgeon requested PT 2x3 for the knee. UR 5/17/16 non-certified the "
            + "request.";
    private static final String KNEE_PT = "Physical therapy 2x3 right knee";

    private static Stream<Arguments> intervalToAnOperationToCome() {
        return Stream.of(
                guard("2 weeks from a scheduled surgery", String.format(KNEE, "He had PT x 10 in 2/2016 and 3/2016 "
                        + "with temporary benefit. 5/10/16: R knee arthroscopy is scheduled for 5/24/16; he is 2 "
                        + "weeks from surgery."), KNEE_PT, "2016-05-17"),
                // s14-ops: "out from" counts from an operation done, as "after" does (this row was a guard while
                // the words were read as no interval at all)
                met("2 weeks out from surgery, no date after", String.format(KNEE, "He had PT x 10 in 2/2016 and "
                        + "3/2016 with temporary benefit. 5/10/16: he is 2 weeks out from surgery."), KNEE_PT,
                        "2016-05-17", "Postsurgical"),
                guard("weeks after returning to work after a 2014 arthroscopy", String.format(KNEE, "He had PT x 10 "
                        + "in 2015 with temporary benefit. On 5/10/16, 6 weeks after returning to full duty after a "
                        + "2014 R knee arthroscopy, he twisted the knee again."), KNEE_PT, "2016-05-17"),
                met("guard: 3 wks s/p R knee scope at a dated visit", String.format(KNEE, "5/10/16: he is 3 wks s/p R "
                        + "knee arthroscopic partial medial meniscectomy. No post-op PT has been given yet."),
                        KNEE_PT, "2016-05-17", "Postsurgical"));
    }

    // ------------------------------------------------------------------ the dates the draft states

    @Test
    void anOperationsStatedYearIsKept() {
        Draft d = Drafts.draft(String.format(KNEE, "He had PT x 10 in 2015 with temporary benefit. On 5/10/16, 6 weeks "
                + "after returning to full duty after a 2014 R knee arthroscopy, he twisted the knee again."), KNEE_PT,
                "2016-05-17", null);
        assertThat(d.rationale() + Drafts.explain(d)).doesNotContain("2016-03-29");
    }

    @Test
    void aReckonedOperationIsPlacedNotDated() {
        Draft d = Drafts.draft(String.format(KNEE, "5/10/16: he is 3 weeks post-op. No post-op PT has been given yet."),
                KNEE_PT, "2016-05-17", null);
        assertThat(d.rationale()).doesNotContain("unspecified").doesNotContain("dates the");
        Draft named = Drafts.draft(String.format(KNEE, "He had a R knee partial meniscectomy. 5/10/16: he is 3 weeks "
                + "post-op. No post-op PT has been given yet."), KNEE_PT, "2016-05-17", null);
        assertThat(named.rationale()).contains("places the").contains("2016-04-19")
                .contains("3 weeks before the visit of 2016-05-10").doesNotContain("dates the");
    }
}
