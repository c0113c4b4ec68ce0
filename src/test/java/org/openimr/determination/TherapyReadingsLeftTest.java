package org.openimr.determination;

import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.guard;
import static org.openimr.determination.PhrasingsOfTheTherapyCriteriaTest.met;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rehabilitation readings the fifteenth round left (s13-rehab3, docs/engine-evaluation.md): a postsurgical period stated
 * as an interval from the operation at a dated visit ("3 weeks post-op", "POD #21", "6 wks s/p L knee scope"); a count
 * of sessions governed by a request verb ("asks for chiropractic x 2"), which is sessions asked for, not given; and a
 * flare-up of the back in other words ("increased LBP for 2 weeks", "worse since", "acute on chronic"). Each reading
 * has its guards, which must stay UPHELD or REFER. Synthetic records written for OpenIMR.
 */
class TherapyReadingsLeftTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void draftFollowsTheReading(String name, PhrasingsOfTheTherapyCriteriaTest.Row row) {
        PhrasingsOfTheTherapyCriteriaTest.check(row);
    }

    static Stream<Arguments> rows() {
        return Stream.of(postoperativeInterval(), countsAskedFor(), flareUpInOtherWords()).flatMap(s -> s);
    }

    // ------------------------------------------------------------------ the operation dated by an interval at a visit

    /** A knee meniscectomy the record does not date; the interval and the visit in %s; post-op PT 2x3 asked for. */
    private static final String KNEE = "This 52 y/o M warehouse lead twisted his %1$s knee stepping off a pallet jack on "
            + "1/19/2016. MRI showed a medial meniscus tear. %2$s He walks with a mild limp, knee flexion is 100 deg and "
            + "quadriceps strength 4/5. No post-op PT has been given yet. The surgeon requested post-op PT 2x3 for the "
            + "knee. UR 5/17/16 non-certified, stating that a home program would suffice.";
    private static final String RIGHT_REQUEST = "Post-operative physical therapy 2x3 right knee";

    private static String knee(String side, String visit) {
        return String.format(KNEE, side, visit);
    }

    private static Stream<Arguments> postoperativeInterval() {
        return Stream.of(
                met("3 weeks post-op at a dated visit", knee("R", "He then had a R knee arthroscopic partial medial "
                        + "meniscectomy. At the visit of 5/10/16 he is 3 weeks post-op."), RIGHT_REQUEST, "2016-05-17",
                        "Postsurgical"),
                met("3 wks s/p the operation, the visit's date first", knee("R", "5/10/16: he is 3 wks s/p R knee "
                        + "arthroscopic partial medial meniscectomy."), RIGHT_REQUEST, "2016-05-17", "Postsurgical"),
                met("POD #21 at a post-op check", knee("R", "He had a R knee partial meniscectomy. Post-op check "
                        + "5/10/16, POD #21: wound healed."), RIGHT_REQUEST, "2016-05-17", "Postsurgical"),
                met("6 wks s/p L knee scope", knee("L", "Progress note 5/10/16: 6 wks s/p L knee scope with partial "
                        + "meniscectomy."), "Post-operative physical therapy 2x3 left knee", "2016-05-17",
                        "Postsurgical"),
                guard("post-op interval, but 12 post-op visits given", knee("R", "5/10/16: he is 10 wks s/p R knee "
                        + "arthroscopic partial medial meniscectomy and has completed 12 post-op PT visits.")
                        .replace("No post-op PT has been given yet. ", ""), RIGHT_REQUEST, "2016-05-17"),
                guard("a planned duration after a planned operation, over the course", knee("R", "On 4/26/16 a R knee "
                        + "partial meniscectomy was recommended, with PT for 6 weeks post-op.")
                        .replace("No post-op PT has been given yet. ", "He has had 12 sessions of PT. "),
                        "Physical therapy 2x3 right knee", "2016-05-17"));
    }

    // ------------------------------------------------------------------ a count governed by a request verb

    /** Chronic LBP, chiropractic with gains in 2014, back at full duty; the request in %s; 2 visits asked for. */
    private static final String BACK = "This 45 y/o M lineman hurt his low back lifting a cable spool on 4/2/2013. Dx: "
            + "lumbar sprain/strain. He had chiropractic x 10 in 2014, after which he could sit for 2 hours instead of "
            + "30 minutes. He returned to full duty and still works full duty. %s Exam 9/27/16: lumbar paraspinal "
            + "tenderness, flexion 50 deg. %s UR 10/5/16 non-certified the request.";
    private static final String CHIRO_REQUEST = "Chiropractic 2 visits lumbar spine";

    /** Chronic LBP, no PT yet; the request in %s; PT x 6 asked for. */
    private static final String LBP = "This 38 y/o F shipping clerk strained her low back lifting a box on 3/3/2015. Dx: "
            + "lumbar myofascial pain. %s On 9/6/16 she reports LBP 6/10; exam shows paraspinal tenderness and spasm. She "
            + "takes naproxen and walks daily. %s UR 9/14/16 non-certified the request.";
    private static final String PT_REQUEST = "Physical therapy x 6 lumbar spine";

    private static Stream<Arguments> countsAskedFor() {
        return Stream.of(
                guard("asks for chiropractic x 2, no flare-up: maintenance",
                        String.format(BACK, "His back pain is at baseline.", "The PTP asks for chiropractic x 2."),
                        CHIRO_REQUEST, "2016-10-05"),
                met("asks for chiropractic x 2, a flare-up",
                        String.format(BACK, "Since 9/20/16 he has a flare-up of low back pain.",
                                "The PTP asks for chiropractic x 2."), CHIRO_REQUEST, "2016-10-05", "Manual therapy"),
                met("requests PT x 6, no prior PT",
                        String.format(LBP, "No prior PT.", "The PTP requests PT x 6 for the low back."), PT_REQUEST,
                        "2016-09-14", "Chronic Pain"),
                met("is asking for PT x 6, no prior PT",
                        String.format(LBP, "No prior PT.", "The PTP is asking for PT x 6 for the low back."), PT_REQUEST,
                        "2016-09-14", "Chronic Pain"),
                guard("has had PT x 6 still counts",
                        String.format(LBP, "She has had PT x 6 in 2015.", "The PTP asks for PT x 6 for the low back."),
                        PT_REQUEST, "2016-09-14"));
    }

    // ------------------------------------------------------------------ a flare-up of the back in other words

    private static String flare(String state) {
        return String.format(BACK, state, "The PTP requested chiropractic x 2.");
    }

    private static Stream<Arguments> flareUpInOtherWords() {
        return Stream.of(
                met("increased LBP for 2 weeks", flare("He reports increased LBP for 2 weeks."), CHIRO_REQUEST,
                        "2016-10-05", "Manual therapy"),
                met("worse since lifting a box", flare("His low back pain is worse since lifting a box on 9/22/16."),
                        CHIRO_REQUEST, "2016-10-05", "Manual therapy"),
                met("exacerbation of LBP", flare("He presents with an exacerbation of LBP after yard work."),
                        CHIRO_REQUEST, "2016-10-05", "Manual therapy"),
                met("acute on chronic LBP", flare("Assessment: acute on chronic LBP."), CHIRO_REQUEST, "2016-10-05",
                        "Manual therapy"),
                guard("flare-up denied", flare("He denies increased LBP or a flare-up; his pain is at baseline."),
                        CHIRO_REQUEST, "2016-10-05"),
                guard("worse since, of the neck", flare("His neck pain is worse since lifting a box on 9/22/16."),
                        CHIRO_REQUEST, "2016-10-05"),
                guard("increased pain of the knee",
                        flare("He reports increased right knee pain for 2 weeks; his back is at baseline."),
                        CHIRO_REQUEST, "2016-10-05"),
                guard("flare-up only in the UR reviewer's words",
                        String.format(BACK, "His back pain is at baseline.", "The PTP requested chiropractic x 2.")
                                .replace("non-certified the request.", "non-certified the request, noting that "
                                        + "1-2 visits are supported for an exacerbation of low back pain."),
                        CHIRO_REQUEST, "2016-10-05"),
                guard("a past flare-up long resolved",
                        flare("He had increased LBP for 2 weeks in 2015, which resolved with home exercise."),
                        CHIRO_REQUEST, "2016-10-05"));
    }
}
