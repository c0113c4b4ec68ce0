package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Limits a request is held to by what it asks for at once: injections in one session (trigger points, CPMTG p. 122),
 * levels in one session (epidural steroid injections, CPMTG p. 46). Synthetic records written for OpenIMR.
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
            LimitFinding l = limit(d, "cpmtg-2016.esi", "at most 1 levels per session");
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.NOT_MET);
            assertThat(l.explanation()).isEqualTo("2 levels requested");
            assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        }

        @Test
        void oneInterlaminarLevelIsWithinIt() {
            Draft d = Drafts.draft(RADICULOPATHY, "Interlaminar epidural steroid injection at L5-S1 under fluoroscopy",
                    "2016-12-01", "2015-10-01");
            LimitFinding l = limit(d, "cpmtg-2016.esi", "at most 1 levels per session");
            assertThat(l.verdict()).as(Drafts.explain(d)).isEqualTo(Verdict.MET);
            assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        }
    }
}
