package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * Why the callers of the clause reader that set statements against each other keep different cuts: a part's "no
 * current condition" reads its clause cut at semicolons and words of contrast only (SEMICOLON_OR_CONTRAST), so that a
 * list joined by ", and" and a "however" set off by commas stay one statement about each part they name; cutting more
 * there would count a part described as normal as a current condition (a need met, toward a false overturn). An
 * operation's going-ahead words are read in its clause cut at ", and" and "however" too (CONTRAST), so that another
 * thing approved in the next statement is not the operation going ahead (a service for it falsely overturned). A
 * study's denial of a lesion reaches to the end of its clause, cut at commas and every word of contrast, "whereas"
 * and "while" too (LIST_OR_CONTRAST, which had "however" but not those two). The relief of an injection is of its
 * own clause's region, the clause ending at a period before a line break too (LIST_AND_PERIODS).
 * Synthetic records written for this test (never a letter's text).
 */
class StatementCutsOfEachCallerTest {

    private static final String DATE = "2016-08-20";
    private static final String CLERK = "A 40-year-old clerk. Visit of 08/10/2016: ";

    private static void assertNoNeed(String visit, String request) {
        Draft d = draft(CLERK + visit, request, DATE, null);
        assertThat(Drafts.verdictOf(d, "medical need")).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aPartInAListJoinedByCommaAndIsDescribedByTheListsStatement() {
        assertNoNeed("Right wrist, right elbow, and right knee examinations are normal.", "Right elbow brace");
    }

    @Test
    void aHoweverSetOffByCommasLeavesOneStatementAboutThePart() {
        assertNoNeed("The right elbow, however, has a normal examination.", "Right elbow brace");
    }

    private static final String SHOULDER = "51 y/o M warehouse worker, DOI 06/02/2015, R shoulder impingement and AC "
            + "joint arthrosis. He has type 2 diabetes on metformin and hypertension on lisinopril. Failed PT x 16 and a "
            + "subacromial CSI. ";
    private static final String PRE_OP = " The surgeon requested pre-op items, which UR non-certified on 03/09/2016.";

    private static void assertNotGoingAhead(String sentence) {
        Draft d = draft(SHOULDER + sentence + PRE_OP, "Pre-op EKG", "2016-03-09", null);
        assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anotherThingApprovedAfterCommaAndIsNotTheOperationGoingAhead() {
        assertNotGoingAhead("The R shoulder arthroscopy was requested, and an MR arthrogram was approved.");
    }

    @Test
    void anotherThingApprovedAfterHoweverIsNotTheOperationGoingAhead() {
        assertNotGoingAhead("The R shoulder arthroscopy was requested, however an MR arthrogram was approved.");
    }

    private static final String LEFT_S1 = "A 47-year-old female stocker hurt on 06/11/2015 has low back pain running "
            + "down to the left foot. Twelve visits of physical therapy and naproxen gave no lasting relief. On "
            + "01/25/2016 the left straight leg raise was positive, the left ankle jerk was reduced and sensation was "
            + "diminished over the left S1 dermatome. ";
    private static final String ESI = "Left L5-S1 transforaminal epidural steroid injection under fluoroscopy";

    private static Verdict corroboration(String study) {
        Draft d = draft(LEFT_S1 + study + " The injection was non-certified on 02/08/2016.", ESI, "2016-02-08", null);
        return Drafts.verdictOf(d, "corroborated by imaging");
    }

    @Test
    void aLesionAfterWhereasIsNotDeniedByTheStatementBefore() {
        assertThat(corroboration("Her MRI showed no central stenosis whereas a left L5-S1 disc herniation "
                + "compresses the left S1 nerve root.")).isEqualTo(Verdict.MET);
    }

    @Test
    void guardAStudyClearAfterWhileStillShowsNoLesion() {
        assertThat(corroboration("Her MRI showed no stenosis while the neural foramina are patent."))
                .isNotEqualTo(Verdict.MET);
    }

    @Test
    void theReliefOfAnInjectionOnTheNextLineIsOfThatLinesRegion() {
        Draft d = draft("The patient is a 52-year-old male driver injured on 02/10/2014, with right L5 radiculopathy: an "
                + "MRI showed a right L4-L5 disc protrusion compressing the L5 root, and sensation is decreased over the "
                + "right dorsal foot. He had a right L4-L5 transforaminal epidural steroid injection on 09/01/2015. "
                + "His low back pain persists.\nA cervical epidural injection on 10/05/2015 gave 70% relief for 3 "
                + "months. The repeat injection was non-certified on 03/03/2016.",
                "Repeat right L4-L5 transforaminal epidural steroid injection", "2016-03-03", null);
        assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.OVERTURNED);
    }
}
