package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * The Postsurgical Treatment Guidelines' courses: the initial course is half the general course; a subsequent course
 * within the general course needs functional improvement; going beyond the general course also needs a reason to
 * expect more improvement.
 */
class PostsurgicalCoursesTest {

    private static final String DATE = "2016-09-01";
    private static final String INJURY = "2015-02-03";
    private static final String REPAIR = "A 50-year-old woman underwent right shoulder arthroscopy with rotator cuff repair "
            + "on 08/01/2016. She has completed 12 sessions of post-operative physical therapy. ";
    private static final String IMPROVED = REPAIR + "The therapist documents improved function: she now dresses "
            + "herself.";

    @Test
    void sessionsGivenAndRequestedWithinTheInitialCourseAreWithinIt() {
        Draft d = draft(REPAIR, "Post-op physical therapy 8 visits", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(explain(d)).contains("12 sessions of physical therapy already given and 8 requested make 20, within "
                + "the initial course of up to 20");
    }

    @Test
    void goingBeyondTheInitialCourseNeedsFunctionalImprovementOnly() {
        Draft without = draft(REPAIR, "Post-op physical therapy 12 visits", DATE, INJURY);
        assertThat(without.outcome()).as(explain(without)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(without.rationale()).contains("make 24, beyond the initial course of up to 20")
                .doesNotContain("complete the initial course")
                .as("the wider extension's requirement is not what this request needs")
                .doesNotContain("more functional improvement can be achieved");
        Draft with = draft(IMPROVED, "Post-op physical therapy 12 visits", DATE, INJURY);
        assertThat(with.outcome()).as(explain(with)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void functionalImprovementAloneDoesNotGoBeyondTheGeneralCourse() {
        Draft d = draft(IMPROVED, "Post-op physical therapy 30 visits", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("make 42, more than the 40 the guideline allows")
                .contains("more functional improvement can be achieved by continuing");
    }

    private static final String KNEE_REPLACEMENT = "58 y/o M, DOI 3/2/15, s/p R TKA 8/20/16. ";

    @Test
    void sessionsOfPostOpTherapyInShorthandCountAsGiven() {
        Draft d = draft(KNEE_REPLACEMENT + "Completed 6 sessions of post-op PT; flexion 95 deg.",
                "Additional post-op physical therapy 2x3 for the right knee", "2016-09-22", null);
        assertThat(explain(d)).contains("6 sessions of physical therapy already given and 6 requested");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void walkingWithoutTheWalkerIsAFunctionalGainForASubsequentCourse() {
        String given = KNEE_REPLACEMENT + "Completed 12 sessions of post-op PT. ";
        Draft gained = draft(given + "He is now ambulating w/o walker.", "Post-op PT 2x4, right knee", "2016-10-10",
                null);
        assertThat(gained.outcome()).as(explain(gained)).isEqualTo(DraftOutcome.OVERTURNED);
        Draft still = draft(given + "He still ambulates with a walker.", "Post-op PT 2x4, right knee", "2016-10-10",
                null);
        assertThat(still.outcome()).as(explain(still)).isEqualTo(DraftOutcome.UPHELD);
    }
}
