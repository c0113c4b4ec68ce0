package org.openimr.determination;

import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.guard;
import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.met;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Courses of care separated by time, and the exercise massage is an adjunct to (s13-crehab2, docs/engine-evaluation.md).
 * Chiropractic for the low back given in an earlier period that ended long before the request is an earlier course: its
 * sessions and gains are not the current course's, and care repeated after it is maintenance care (CPMTG Manual therapy
 * &amp; manipulation, MT-3) unless a recurrence or flare-up of the back is documented, when the flare-up rule decides
 * (MT-4). Massage needs exercise done now (MS-1): a home program stopped, only taught, or one a plan only starts is
 * none. Synthetic records written for OpenIMR.
 */
class TherapyCoursesAndHomeExerciseTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void draftFollowsTheCourseAndTheExercise(String name, PhrasingsOfTheTherapyCriteriaTest.Row row) {
        PhrasingsOfTheTherapyCriteriaTest.check(row);
    }

    static Stream<Arguments> rows() {
        return Stream.concat(earlierCourses(), exerciseBesideMassage());
    }

    /** A roofer's chronic LBP; chiropractic with gains long ago; the current state in %s; 2 visits asked for. */
    private static final String BACK = "This 47 y/o M roofer hurt his low back in a fall on 5/9/2013. Dx: lumbar "
            + "sprain/strain. %s He went back to full duty afterwards and still works full duty. %s Exam 9/27/16: "
            + "lumbar paraspinal tenderness, flexion 50 deg. The PTP requested chiropractic x 2. UR 10/5/16 "
            + "non-certified the request.";
    private static final String EARLY = "He had chiropractic x 10 in 2014, after which he could stand for 2 hours "
            + "instead of 30 minutes.";
    private static final String REQUEST = "Chiropractic 2 visits lumbar spine";

    private static Stream<Arguments> earlierCourses() {
        return Stream.of(
                guard("earlier course, at baseline, no flare-up",
                        String.format(BACK, EARLY, "He denies a flare-up; his back pain is at baseline."), REQUEST,
                        "2016-10-05"),
                guard("earlier course, nothing said of a flare-up",
                        String.format(BACK, EARLY, "His pain is 4/10."), REQUEST, "2016-10-05"),
                guard("earlier course, a flare-up of the neck only",
                        String.format(BACK, EARLY, "Since 9/20/16 he has a flare-up of neck pain."), REQUEST,
                        "2016-10-05"),
                guard("earlier course of a month, no flare-up",
                        String.format(BACK, "He had 8 chiropractic visits in March 2016 and could then stand for 2 "
                                + "hours instead of 30 minutes.", "His back pain is unchanged."), REQUEST, "2016-10-05"),
                met("earlier course, a flare-up of the back",
                        String.format(BACK, EARLY, "Since 9/20/16 he has a flare-up of low back pain."), REQUEST,
                        "2016-10-05", "Manual therapy"),
                met("earlier course of 18 visits, a flare-up of the back",
                        String.format(BACK, EARLY.replace("x 10", "x 18"),
                                "Since 9/20/16 he has a flare-up of low back pain."), REQUEST, "2016-10-05",
                        "Manual therapy"),
                guard("earlier course, a flare-up, 6 visits asked for",
                        String.format(BACK, EARLY, "Since 9/20/16 he has a flare-up of low back pain."),
                        "Chiropractic 2x3 lumbar spine", "2016-10-05"),
                guard("earlier course, a flare-up, but off work",
                        String.format(BACK, EARLY, "Since 9/20/16 he has a flare-up of low back pain.")
                                .replace("He went back to full duty afterwards and still works full duty.",
                                        "He has been off work since 2015."), REQUEST, "2016-10-05"),
                met("a course of last month with gains continues",
                        String.format(BACK, "He had 6 chiropractic visits in Sept 2016 and can now stand for 2 hours "
                                + "instead of 30 minutes.", ""), REQUEST, "2016-10-05", "Manual therapy"));
    }

    /** Chronic LBP; the exercise beside massage in %s; massage x 4 asked for. */
    private static final String RUB = "This 41 y/o F packer strained her low back on 2/2/2015. Dx: lumbar myofascial "
            + "pain. %s 9/12/16: paraspinal trigger points and spasm. The PTP requested massage therapy x 4. UR 9/19/16 "
            + "non-certified.";
    private static final String RUB_REQUEST = "Massage therapy 4 sessions lumbar spine";

    private static Stream<Arguments> exerciseBesideMassage() {
        return Stream.of(
                guard("stopped home exercises, not in PT",
                        String.format(RUB, "She has stopped her home exercises and is not in PT."), RUB_REQUEST,
                        "2016-09-19"),
                guard("plan starts a HEP", String.format(RUB, "Plan: start a home exercise program."), RUB_REQUEST,
                        "2016-09-19"),
                guard("taught a HEP in 2015", String.format(RUB, "She was taught a HEP in 2015."), RUB_REQUEST,
                        "2016-09-19"),
                guard("no longer does home exercises",
                        String.format(RUB, "She no longer does her home exercises."), RUB_REQUEST, "2016-09-19"),
                met("does home exercises daily", String.format(RUB, "She does her home exercises daily."), RUB_REQUEST,
                        "2016-09-19", "Massage"),
                met("plan continues the HEP", String.format(RUB, "Plan: continue HEP."), RUB_REQUEST, "2016-09-19",
                        "Massage"));
    }
}
