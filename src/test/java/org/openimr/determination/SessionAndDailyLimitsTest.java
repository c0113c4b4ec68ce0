package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Limits a request is held to by what it asks for at once: injections in one session (trigger points, CPMTG p. 122),
 * levels in one session (epidural steroid injections, CPMTG p. 46), grams of diclofenac gel a day (CPMTG p. 112), and
 * the weeks a topical NSAID has been used (CPMTG pp. 111-112). Synthetic records written for OpenIMR.
 */
class SessionAndDailyLimitsTest {

    static LimitFinding limit(Draft d, String recommendation, String limit) {
        return d.trace().recommendations().stream().filter(r -> r.id().equals(recommendation))
                .flatMap(r -> r.limits().stream()).filter(l -> l.limit().equals(limit)).findFirst()
                .orElseThrow(() -> new AssertionError("no limit '" + limit + "' of " + recommendation + "\n"
                        + Drafts.explain(d)));
    }

    @Nested
    class TriggerPointInjections {

        static final String MYOFASCIAL = "Chronic myofascial pain of the neck and both upper trapezius muscles for over a"
                + " year. Palpation finds circumscribed trigger points with a local twitch response and pain referred to"
                + " the occiput. Stretching, physical therapy, naproxen and tizanidine have failed. No radiculopathy is"
                + " found on examination.";
        static final String TPI = "cpmtg-2016.trigger-point-injections";
        static final String PER_SESSION = "3-4 injections per session";

        Draft draft(String request) {
            return Drafts.draft(MYOFASCIAL, request, "2016-12-01", "2015-10-01");
        }

        @Test
        void sixInjectionsInOneSessionAreMoreThanTheGuidelineAllows() {
            Draft d = draft("Trigger point injections x 6 to the trapezius");
            LimitFinding l = limit(d, TPI, PER_SESSION);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("6 injections requested in one session, more than the 4 the guideline"
                    + " allows");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void sitesOnBothSidesCountTwice() {
            Draft d = draft("TPI x 4 sites, bilateral upper trapezius");
            LimitFinding l = limit(d, TPI, PER_SESSION);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("8 injections requested in one session (4 on each side), more than"
                    + " the 4 the guideline allows");
        }

        @Test
        void fourInjectionsAreWithinTheLimit() {
            Draft d = draft("Trigger point injections x4 to the upper trapezius muscles with lidocaine");
            LimitFinding l = limit(d, TPI, PER_SESSION);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("4 injections requested in one session, within the 4 the guideline"
                    + " allows");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.OVERTURNED);
        }

        @Test
        void sessionsAreNotInjectionsInOneSession() {
            Draft d = draft("Trigger point injections x 6 sessions to the upper trapezius muscles");
            LimitFinding l = limit(d, TPI, PER_SESSION);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.UNKNOWN);
            assertThat(l.explanation()).isEqualTo("the request does not state how many injections");
        }

        @Test
        void aRequestThatStatesNoNumberIsNotCounted() {
            Draft d = draft("Trigger point injections to the upper trapezius muscles with lidocaine");
            LimitFinding l = limit(d, TPI, PER_SESSION);
            assertThat(l.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(l.explanation()).isEqualTo("the request does not state how many injections");
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class EpiduralLevels {

        static final String RADICULOPATHY = "Low back pain radiating to the left calf with decreased sensation in the"
                + " left S1 dermatome and a positive straight leg raise. An MRI of the lumbar spine on 09/10/2016"
                + " showed a disc protrusion at L5-S1 compressing the left S1 nerve root. She has tried physical therapy,"
                + " a home exercise program, ibuprofen and cyclobenzaprine without relief.";

        @Test
        void twoInterlaminarLevelsInOneSessionAreMoreThanOne() {
            Draft d = Drafts.draft(RADICULOPATHY,
                    "Interlaminar epidural steroid injection at L4-5 and L5-S1 under fluoroscopy", "2016-12-01",
                    "2015-10-01");
            LimitFinding l = limit(d, "cpmtg-2016.esi", "at most 1 level per session");
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("2 levels requested");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void oneInterlaminarLevelIsWithinIt() {
            Draft d = Drafts.draft(RADICULOPATHY, "Interlaminar epidural steroid injection at L5-S1 under fluoroscopy",
                    "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, "cpmtg-2016.esi", "at most 1 level per session");
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }
    }

    @Nested
    class DiclofenacGel {

        static final String KNEE_OA = "Assessment: osteoarthritis of both knees, confirmed on standing x-rays. She"
                + " prefers to avoid oral anti-inflammatories because of reflux.";
        static final String GEL = "cpmtg-2016.diclofenac-gel";
        static final String DAILY = "at most 32 g a day";

        LimitFinding daily(String request) {
            return limit(Drafts.draft(KNEE_OA, request, "2016-12-01", "2015-10-01"), GEL, DAILY);
        }

        @Test
        void gramsPerApplicationTimesApplicationsADayAreTheDailyAmount() {
            LimitFinding l = daily("Voltaren gel 1%, apply 4 g four times daily");
            assertThat(l.verdict()).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("16 g a day requested (4 g 4 times a day), within 32 g a day");
            assertThat(daily("Voltaren gel 1%, 8 g four times a day").explanation())
                    .isEqualTo("32 g a day requested (8 g 4 times a day), within 32 g a day");
        }

        @Test
        void gramsToEachOfTwoJointsCountForBoth() {
            LimitFinding l = daily("Voltaren gel 1%, 4 g to each knee QID");
            assertThat(l.verdict()).isEqualTo(Verdict.MET);
            assertThat(l.explanation()).isEqualTo("32 g a day requested (4 g to each of 2 sites 4 times a day),"
                    + " within 32 g a day");
        }

        @Test
        void eightGramsFourTimesADayToBothKneesIsTwiceTheMaximum() {
            Draft d = Drafts.draft(KNEE_OA, "Voltaren gel 1%, apply 8 g QID to both knees", "2016-12-01",
                    "2015-10-01");
            LimitFinding l = limit(d, GEL, DAILY);
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("64 g a day requested (8 g to each of 2 sites 4 times a day),"
                    + " more than 32 g a day");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void theSizeOfATubeIsNotADailyAmount() {
            Draft d = Drafts.draft(KNEE_OA, "Voltaren gel 1% 100 g tube for the knees", "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, GEL, DAILY);
            assertThat(l.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(l.explanation()).isEqualTo("the request does not state the grams applied a day");
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }

        @Test
        void aTubeBesideTheDoseIsNotCountedInIt() {
            assertThat(daily("Voltaren gel 1% 100 g, apply 2 g to the left knee three times a day").explanation())
                    .isEqualTo("6 g a day requested (2 g 3 times a day), within 32 g a day");
        }

        @Test
        void gelUsedLongerThanTheShortTermCourseGoesBeyondIt() {
            Draft d = Drafts.draft(KNEE_OA + " She has used Voltaren gel 1% since 03/01/2016 on both knees.",
                    "Voltaren gel 1%, apply 4 g four times daily", "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, "cpmtg-2016.topical-nsaids", "4-12 weeks per course");
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).startsWith("in use since 2016-03-01 (275 days before the request), beyond");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        }
    }
}
