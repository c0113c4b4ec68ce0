package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.SessionAndDailyLimitsTest.limit;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openimr.determination.RecommendationTrace.Conclusion;

/**
 * Injection limits that count the injections already given with the one requested: at most 4 epidural blocks per
 * region a year and 2 in the diagnostic phase (CPMTG p. 46), at most 3 subacromial injections an episode (ACOEM 2004
 * Shoulder). Synthetic records written for OpenIMR.
 */
class InjectionsGivenLimitsTest {

    @Nested
    class EpiduralBlocksAYear {

        static final String RELIEF = "Right leg pain from an S1 radiculopathy, with decreased sensation along the lateral"
                + " right foot; an MRI on 02/10/2015 showed a disc extrusion at L5-S1 compressing the right S1 root; physical therapy, home exercises, naproxen and"
                + " cyclobenzaprine had failed. ";
        static final String REPEAT = "cpmtg-2016.esi.repeat";
        static final String PER_YEAR = "at most 4 injections per region per year";
        static final String REQUEST = "Repeat right L5-S1 transforaminal epidural steroid injection under fluoroscopy";

        Draft draft(String given) {
            return Drafts.draft(RELIEF + given + " Each gave 70% relief for eight weeks, she cut her Norco from four to"
                    + " two tablets a day, and she was able to return to work. The pain has now returned.", REQUEST,
                    "2016-12-01", "2014-10-01");
        }

        @Test
        void fourInTheYearAndTheOneRequestedAreMoreThanFour() {
            Draft d = draft("She had epidural steroid injections on 01/20/2016, 04/15/2016, 07/10/2016 and 10/05/2016.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("4 epidural injections already given in the 12 months before the"
                    + " request and 1 requested make 5, more than the 4 the guideline allows");
            assertThat(l.evidence()).first().satisfies(e -> {
                assertThat(e.statement()).isEqualTo("4 epidural injections already given");
                assertThat(e.span().quote()).isEqualTo(
                        "epidural steroid injections on 01/20/2016, 04/15/2016, 07/10/2016 and 10/05/2016");
            });
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void anInjectionDatedToTheDayInOneNoteAndToTheMonthInAnotherIsOne() {
            Draft d = draft("She had epidural steroid injections on 01/20/2016, 04/15/2016 and 07/10/2016. At the"
                    + " follow-up she said the ESI in April 2016 helped the most.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("3 epidural injections already given in the 12 months before the"
                    + " request and 1 requested make 4, within the 4 the guideline allows");
        }

        @Test
        void levelsRequestedInOneSessionAreOneInjectionAgainstTheYear() {
            Draft d = Drafts.draft(RELIEF + "She had epidural steroid injections on 01/20/2016, 04/15/2016 and"
                    + " 07/10/2016. Each gave 70% relief for eight weeks, she cut her Norco from four to two tablets a"
                    + " day, and she was able to return to work. The pain has now returned.",
                    "Repeat right transforaminal epidural steroid injection at L4-5 and L5-S1, 2 levels",
                    "2016-12-01", "2014-10-01");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("3 epidural injections already given in the 12 months before the"
                    + " request and 1 requested make 4, within the 4 the guideline allows");
        }

        @Test
        void injectionsBeforeTheYearDoNotCount() {
            Draft d = draft("She had an epidural steroid injection on 03/02/2015 and another on 06/15/2015. She"
                    + " had epidural steroid injections on 01/20/2016 and 10/05/2016.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("2 epidural injections already given in the 12 months before the"
                    + " request and 1 requested make 3, within the 4 the guideline allows");
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }

        @Test
        void injectionsToAnotherRegionDoNotCount() {
            Draft d = draft("She had cervical epidural injections on 01/20/2016, 04/15/2016 and 07/10/2016. She had"
                    + " an epidural steroid injection at L5-S1 on 10/05/2016.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("1 epidural injection already given in the 12 months before the"
                    + " request and 1 requested make 2, within the 4 the guideline allows");
            assertThat(l.evidence()).first().satisfies(e -> assertThat(e.span().quote())
                    .isEqualTo("an epidural steroid injection at L5-S1 on 10/05/2016"));
        }

        @Test
        void aCountWithoutDatesThatCouldGoPastTheLimitDoesNotDecide() {
            Draft d = draft("She has had four prior lumbar ESIs, the last on 10/05/2016.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.UNKNOWN);
            assertThat(l.explanation()).isEqualTo("1 epidural injection already given in the 12 months before the"
                    + " request and 1 requested make 2; the dates of 3 more already given are not stated");
            assertThat(l.evidence()).first().satisfies(e -> assertThat(e.span().quote())
                    .isEqualTo("four prior lumbar ESIs, the last on 10/05/2016"));
            assertThat(l.missing()).isEmpty();
        }

        @Test
        void noCountStatedDoesNotDecide() {
            Draft d = draft("She had epidural steroid injections to the low back before, the last on 10/05/2016.");
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.UNKNOWN);
            assertThat(l.explanation()).isEqualTo("1 requested; the number of epidural injections already given:"
                    + " not stated");
            assertThat(l.evidence()).first().satisfies(e -> {
                assertThat(e.statement()).isEqualTo("earlier epidural injections (number not stated)");
                assertThat(e.span().quote()).isEqualTo("epidural steroid injections");
            });
            assertThat(l.missing()).isEmpty();
        }
    }

    @Nested
    class EpiduralDiagnosticPhase {

        static final String RADICULOPATHY = "Low back pain radiating to the left calf with decreased sensation in the"
                + " left S1 dermatome and a positive straight leg raise. An MRI of the lumbar spine on 09/10/2015"
                + " showed a disc protrusion at L5-S1 compressing the left S1 nerve root. She has tried physical therapy,"
                + " a home exercise program, ibuprofen and cyclobenzaprine without relief. ";
        static final String FIRST = "cpmtg-2016.esi";
        static final String DIAGNOSTIC = "at most 2 injections per diagnostic phase";
        static final String REQUEST = "Left L5-S1 transforaminal epidural steroid injection under fluoroscopy";

        static final String REPEAT = "cpmtg-2016.esi.repeat";
        static final String PER_YEAR = "at most 4 injections per region per year";
        static final String ONE_AT_A_TIME = "at most 1 injection per request";

        /**
         * An old series is done: the request is a repeat block, judged by the repeat criteria (at least 50% relief with
         * less medication for 6-8 weeks, CPMTG p. 46), not counted against the diagnostic phase of two.
         */
        @Test
        void anOldSeriesIsDoneAndTheRepeatCriteriaDecide() {
            Draft d = Drafts.draft(RADICULOPATHY + "She is status post two epidural injections in 2014 (03/2014 and"
                    + " 08/2014).", REQUEST, "2016-12-01", "2013-10-01");
            assertThat(conclusion(d, FIRST)).as(Drafts.explain(d)).isEqualTo(Conclusion.DOES_NOT_APPLY);
            assertThat(conclusion(d, REPEAT)).as(Drafts.explain(d)).isEqualTo(Conclusion.UNDOCUMENTED);
            LimitFinding l = limit(d, REPEAT, PER_YEAR);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("0 epidural injections already given in the 12 months before the"
                    + " request and 1 requested make 1, within the 4 the guideline allows");
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.UPHELD);
            assertThat(Drafts.missing(d)).contains("at least 50% pain relief");
        }

        @Test
        void anEarlierInjectionWhoseDateIsNotStatedMakesTheRequestARepeat() {
            Draft d = Drafts.draft(RADICULOPATHY + "She had a lumbar epidural steroid injection in the past.", REQUEST,
                    "2016-12-01", "2013-10-01");
            assertThat(conclusion(d, FIRST)).as(Drafts.explain(d)).isEqualTo(Conclusion.DOES_NOT_APPLY);
            assertThat(conclusion(d, REPEAT)).as(Drafts.explain(d)).isEqualTo(Conclusion.UNDOCUMENTED);
        }

        /** Injections to another region are another episode: this region's diagnostic phase has not begun. */
        @Test
        void injectionsToAnotherRegionLeaveThisRegionsDiagnosticPhase() {
            Draft d = Drafts.draft(RADICULOPATHY + "She had cervical epidural injections on 01/20/2016 and"
                    + " 04/15/2016.", REQUEST, "2016-12-01", "2013-10-01");
            assertThat(conclusion(d, REPEAT)).as(Drafts.explain(d)).isEqualTo(Conclusion.DOES_NOT_APPLY);
            LimitFinding l = limit(d, FIRST, DIAGNOSTIC);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("no earlier epidural injections to the region are on record, so the"
                    + " request starts the diagnostic phase: 1 requested, within the 2 the guideline allows");
            assertThat(conclusion(d, FIRST)).isEqualTo(Conclusion.SUPPORTED);
        }

        /**
         * "ESI x 2" asks for the diagnostic phase's two at once: the guideline allows the second only after the first
         * response is known (no series), so one request certifies one.
         */
        @Test
        void aSeriesOfTwoRequestedAtOnceIsMoreThanOneARequest() {
            Draft d = Drafts.draft(RADICULOPATHY + "She has not had any injections.",
                    "Left L5-S1 transforaminal ESI under fluoroscopy x 2", "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, FIRST, ONE_AT_A_TIME);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("2 epidural injections requested at once, more than the 1 the"
                    + " guideline allows");
            assertThat(limit(d, FIRST, DIAGNOSTIC).verdict()).isEqualTo(Verdict.MET);
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void twoEpiduralInjectionsWordedOutAreASeriesOfTwo() {
            Draft d = Drafts.draft(RADICULOPATHY + "She has not had any injections.",
                    "Two lumbar epidural steroid injections at left L5-S1", "2016-12-01", "2015-10-01");
            assertThat(limit(d, FIRST, ONE_AT_A_TIME).explanation()).isEqualTo("2 epidural injections requested at"
                    + " once, more than the 1 the guideline allows");
        }

        /** Sites, levels and sides of one session are one injection, not a series. */
        @Test
        void sitesAndSidesOfOneSessionAreOneInjection() {
            for (String request : List.of("Left L4-5, L5-S1 TFESI under fluoroscopy x 2 sites",
                    "Lumbar ESI under fluoroscopy, 1 injection each side at L5-S1")) {
                Draft d = Drafts.draft(RADICULOPATHY + "She has not had any injections.", request, "2016-12-01",
                        "2015-10-01");
                LimitFinding l = limit(d, FIRST, ONE_AT_A_TIME);
                assertThat(l.verdict()).as(request + "\n" + Drafts.explain(d)).isEqualTo(Verdict.MET);
            }
        }

        /** The digit of a level ("L4-5") is no count of injections. */
        @Test
        void aLevelIsNotACountOfInjections() {
            Draft d = Drafts.draft(RADICULOPATHY + "She has not had any injections.",
                    "Left L4-5 epidural steroid injections under fluoroscopy", "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, FIRST, ONE_AT_A_TIME);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("the request states no number, so one of the epidural injections is"
                    + " requested, within the 1 the guideline allows");
        }

        static Conclusion conclusion(Draft d, String recommendation) {
            return d.trace().recommendations().stream().filter(r -> r.id().equals(recommendation)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + recommendation + "\n" + Drafts.explain(d)))
                    .conclusion();
        }

        @Test
        void noneGivenLeavesRoomForTheOneRequested() {
            Draft d = Drafts.draft(RADICULOPATHY + "She has not had any injections.", REQUEST, "2016-12-01",
                    "2015-10-01");
            LimitFinding l = limit(d, FIRST, DIAGNOSTIC);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("no injections already given and 1 requested make 1, within the 2"
                    + " the guideline allows");
            assertThat(l.evidence()).first().satisfies(e -> {
                assertThat(e.statement()).isEqualTo("no injections already given");
                assertThat(e.span().quote()).isEqualTo("injections");
            });
        }

        @Test
        void aRecordSilentOnInjectionsGivenStartsTheDiagnosticPhase() {
            Draft d = Drafts.draft(RADICULOPATHY, REQUEST, "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, FIRST, DIAGNOSTIC);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("no earlier epidural injections to the region are on record, so the"
                    + " request starts the diagnostic phase: 1 requested, within the 2 the guideline allows");
            assertThat(l.missing()).isEmpty();
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class SubacromialInjectionsAnEpisode {

        static final String IMPINGEMENT = "Diagnosis - left shoulder impingement syndrome. Pain on overhead reaching"
                + " limits her work; Neer and Hawkins signs are positive. Six weeks of physical therapy with"
                + " strengthening exercises and naproxen have not helped. ";
        static final String RULE = "acoem-2004-shoulder.subacromial-injection";
        static final String PER_COURSE = "at most 3 injections per course";
        static final String REQUEST = "Subacromial corticosteroid injection, left shoulder";

        @Test
        void threeGivenAndOneRequestedAreMoreThanThree() {
            Draft d = Drafts.draft(IMPINGEMENT + "She received a subacromial injection on 05/10/2016, another on"
                    + " 08/02/2016 and another on 10/20/2016.", REQUEST, "2016-12-01", "2016-03-15");
            LimitFinding l = limit(d, RULE, PER_COURSE);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("3 shoulder injections already given and 1 requested make 4, more"
                    + " than the 3 the guideline allows");
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void twoGivenAndOneRequestedAreWithinThree() {
            Draft d = Drafts.draft(IMPINGEMENT + "She received a subacromial injection on 05/10/2016 and another on"
                    + " 08/02/2016.", REQUEST, "2016-12-01", "2016-03-15");
            LimitFinding l = limit(d, RULE, PER_COURSE);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("2 shoulder injections already given and 1 requested make 3, within"
                    + " the 3 the guideline allows");
            assertThat(l.evidence()).first().satisfies(e -> assertThat(e.span().quote())
                    .isEqualTo("a subacromial injection on 05/10/2016 and another on 08/02/2016"));
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }

        @Test
        void cortisoneInjectionsToTheShoulderAreShoulderInjections() {
            Draft d = Drafts.draft(IMPINGEMENT + "She has had three cortisone injections to the left shoulder this year.",
                    REQUEST, "2016-12-01", "2016-03-15");
            LimitFinding l = limit(d, RULE, PER_COURSE);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("3 shoulder injections already given and 1 requested make 4, more"
                    + " than the 3 the guideline allows");
            assertThat(l.evidence()).first().satisfies(e -> assertThat(e.span().quote())
                    .isEqualTo("three cortisone injections"));
        }
    }
}
