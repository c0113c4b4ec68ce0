package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drafts a broad battery of request texts, all in one case, against a few synthetic records and on the dates the
 * guidelines in force change: every item gets its draft, in order, with a rationale, and a REFER always says why. An
 * exception anywhere in the engine would lose every draft of a case, so this is the net under the request kinds,
 * quantities and odd texts real applications contain. Synthetic records and requests, written for this test.
 */
class DraftBatteryTest {

    private static final String CHRONIC = "The injured worker is a 52-year-old male injured at work on 03/15/2010. He "
            + "has chronic low back pain radiating to the left leg, rated 7/10. He has had 24 sessions of physical "
            + "therapy, 12 chiropractic visits and 6 acupuncture sessions without lasting benefit. Medications: Norco "
            + "10/325 mg one tablet every 6 hours, Flexeril 7.5 mg, omeprazole 20 mg and Lidoderm 5% patches. An MRI of "
            + "the lumbar spine on 04/02/2011 showed an L4-5 disc protrusion. A urine drug screen on 01/05/2015 was "
            + "consistent. There is no evidence of radiculopathy on EMG. He remains off work.";
    private static final String ACUTE = "A 34-year-old woman injured her right shoulder lifting boxes on 08/10/2016. "
            + "She has had no physical therapy. Pain 6/10 with positive impingement signs. Naproxen 550 mg twice a day.";
    private static final String POST_OPERATIVE = "The patient is a 45-year-old man injured on 05/01/2015. He "
            + "underwent right knee arthroscopy with partial medial meniscectomy on 07/20/2016 and has completed 6 "
            + "post-operative physical therapy sessions with improved range of motion.";
    private static final String ODD = "pain \u2014 \u201cworse\u201d\u00a0at night; # x 0; 0 sessions; 1,000,000 mg; "
            + "10/325/500; seen 13/45/2016 and 2016-02-30; surgery 12/31/2999; injured 01/01/1850.";

    /** Request texts as applications state them: every request kind, quantities, levels, odd and empty texts. */
    private static final List<String> REQUESTS = List.of(
            "Norco 10/325 mg #60", "Norco 10/325mg 1 tab q6h prn #120", "Hydrocodone/APAP 10/325/500 #90",
            "OxyContin 80 mg q12h #60", "Percocet 10/325 #0", "Tramadol 50mg x 0", "Ultram 50 mg 1,000,000 mg",
            "Fentanyl patch 50 mcg/hr #15", "Butrans patch 10 mcg #4", "Methadone 10 mg TID #90",
            "Gabapentin 600 mg #90", "Lyrica 75 mg #60", "Cyclobenzaprine 7.5 mg #60", "Soma 350 mg #30",
            "Tizanidine 4 mg #", "Baclofen 10 mg #90 x2 refills", "Omeprazole 20 mg #60", "Ranitidine 150 mg #60",
            "Naproxen 550 mg #60", "Celebrex 200 mg #30", "Toradol 60 mg IM injection", "Lidoderm 5% patch #30",
            "Flurbiprofen 20%/Lidocaine 5% cream 180 gm", "Diclofenac 1% gel 4 g QID to each knee 100 g tube x 3",
            "Duloxetine 60 mg #30", "Trazodone 50 mg #30", "Ambien 10 mg #30", "Xanax 0.5 mg #60",
            "Medrol dose pack", "Theramine #90", "Vitamin D 50,000 IU",
            "Physical therapy 2x4 lumbar spine", "PT x12 right shoulder", "Physical therapy 2-3x/week x 4-6 weeks",
            "Post-operative physical therapy 3x4 right knee", "Occupational therapy 2x6 right wrist",
            "Aquatic therapy 2x4", "Chiropractic 2x3 lumbar", "Chiropractic treatment x 0", "Acupuncture 0 sessions",
            "Acupuncture x12 cervical", "Massage therapy 1x6", "Work hardening program 10 sessions",
            "Lumbar epidural steroid injection L4-5, L5-S1 bilateral", "Cervical ESI C6-7 x2",
            "Lumbar ESI at L5-S1 x 2", "Facet injection L3-4, L4-5, L5-S1 bilateral",
            "Medial branch block bilateral L4-5, L5-S1", "Radiofrequency ablation L3-L4, L4-L5 right",
            "Trigger point injections x 4 sites bilateral", "Sacroiliac joint injection right",
            "Right knee intra-articular cortisone injection", "Synvisc injection left knee x3",
            "Platelet rich plasma injection right elbow", "Occipital nerve block", "Stellate ganglion block x3",
            "Right knee arthroscopy with partial medial meniscectomy", "Lumbar fusion L4-5, L5-S1",
            "Right carpal tunnel release, pre-operative labs and EKG", "Spinal cord stimulator trial",
            "Assistant surgeon", "Pre-operative medical clearance", "Post-operative cold therapy unit 7 day rental",
            "Continuous passive motion machine 21 days", "Crutches", "Front wheeled walker", "Hospital bed",
            "Lumbar brace", "Knee brace", "Cervical traction unit", "TENS unit 30 day trial", "H-wave device",
            "Hot/cold pack", "Infrared heat lamp", "Orthopedic mattress", "Gym membership 6 months",
            "MRI lumbar spine", "MRI right shoulder", "MR arthrogram right shoulder", "CT scan lumbar spine",
            "X-rays of the right knee 3 views", "Bone scan", "EMG/NCV bilateral lower extremities",
            "Urine drug screen", "Urine toxicology screen x4 per year", "Genetic testing for opioid metabolism",
            "Functional capacity evaluation", "Sleep study", "Functional restoration program 160 hours",
            "Multidisciplinary pain program", "Psychological evaluation", "Cognitive behavioral therapy 6 sessions",
            "Biofeedback 6 sessions", "Orthopedic consultation", "Pain management consultation",
            "Spine surgeon consultation", "Follow-up office visit", "Office visit x 6",
            "Home health aide 6 hours a day 5 days a week", "Home health aide 24/7",
            "Transportation to and from medical appointments", "Weight loss program",
            "Retrospective request for urine drug screen DOS: 1/1/2016",
            "Retrospective Toradol injection DOS 2/30/2016", "Retro: Norco 10/325 #60 (DOS: 13/45/2016)",
            "DOS 01/01/1900 physical therapy", "DOS: 12/31/2099 MRI lumbar spine",
            "Norco 10/325 mg #60", "Unknown", "N/A", "", "   ", ".", "#", "???", "\u2014", "x", "0", "#60", "2x4",
            "L4-5, L5-S1", "injection", "surgery", "Physical\u00a0therapy\u00a0\u00d7\u00a012\u00a0visits",
            "\u201cMRI\u201d of the lumbar spine \u2013 repeat", "!@#$%^&*()_+-=[]{};':\",./<>?",
            "Norco 10/325 ".repeat(400));

    private static final Pattern REFER_REASON = Pattern.compile(
            "No draft outcome: \\S.{9,}; the physician reviewer decides this item\\.");
    /** A value printed without its words: a Java object's name or a missing value in a sentence. */
    private static final Pattern LEAKED_VALUE = Pattern.compile("\\bnull\\b|Optional|OptionalInt|\\[\\]|\\bNaN\\b");
    /**
     * What is missing said twice over: "does not document X; or documentation that Y", "... X is documented", "does not
     * document the record documents X", "does not document a documented diagnosis".
     */
    private static final Pattern DOUBLED_DOCUMENTATION = Pattern.compile(
            "does not document (?:it is not so|[^.]*(?:; (?:or |and )?documentation (?:that|of) |\\bthe record documents\\b"
                    + "|\\ban? documented\\b|\\b(?:is|are) documented\\.))");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("chronic, before the 2009 chronic pain guidelines", CHRONIC, "2009-07-17", "2008-03-15"),
                Arguments.of("chronic, the 2009 guidelines", CHRONIC, "2009-07-18", null),
                Arguments.of("chronic, the day before the 2016 guidelines", CHRONIC, "2016-07-28", null),
                Arguments.of("chronic, the 2016 guidelines", CHRONIC, "2016-07-29", "2010-03-15"),
                Arguments.of("chronic, the ACOEM-based MTUS", CHRONIC, "2017-12-01", "2010-03-15"),
                Arguments.of("chronic, the drug formulary", CHRONIC, "2018-01-01", "2010-03-15"),
                Arguments.of("chronic, requested before the injury", CHRONIC, "2009-01-01", "2010-03-15"),
                Arguments.of("acute, three weeks after the injury", ACUTE, "2016-09-01", "2016-08-10"),
                Arguments.of("post-operative", POST_OPERATIVE, "2016-09-01", "2015-05-01"),
                Arguments.of("odd numbers and unicode, no date of injury", ODD, "2016-09-01", null),
                Arguments.of("empty record", "", "2016-09-01", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRequestOfTheCaseIsDraftedAndEveryReferSaysWhy(String name, String record, String requestDate,
            String injury) {
        CaseDates dates = CaseDates.requestedOn(LocalDate.parse(requestDate))
                .withInjury(injury == null ? null : LocalDate.parse(injury));
        List<Draft> drafts = Drafts.ENGINE.draft(new CaseForDetermination(dates, record, REQUESTS));

        assertThat(drafts).extracting(Draft::request).containsExactlyElementsOf(REQUESTS);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String where = "item " + i + " '" + d.request() + "': " + d.outcome() + " " + d.rationale();
            assertThat(d.item()).as(where).isEqualTo(i);
            assertThat(d.rationaleSentences()).as(where).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.text()).as(where).isNotBlank());
            assertThat(d.rationale()).as(where).doesNotContainPattern(LEAKED_VALUE)
                    .doesNotContainPattern(DOUBLED_DOCUMENTATION);
            assertThat(d.trace().requestDate()).as(where).contains(LocalDate.parse(requestDate));
            if (d.outcome() == DraftOutcome.REFER) {
                assertThat(d.rationale()).as(where).containsPattern(REFER_REASON);
                assertThat(d.citation()).as(where).isEmpty();
            } else {
                assertThat(d.citationText()).as(where).startsWith("Decision based on ");
                assertThat(d.rationale()).as(where).endsWith(".");
            }
        }
    }

    @Test
    void eachMissingAlternativeIsSaidOnceAfterDoesNotDocument() {
        Draft relaxant = Drafts.draft(CHRONIC, "Tizanidine 4 mg #60", "2016-09-01", "2010-03-15");
        assertThat(relaxant.rationale()).as(Drafts.explain(relaxant)).contains("The record does not document "
                + "that the patient has spasticity (e.g. spinal cord injury, multiple sclerosis); or that the (chronic) "
                + "pain has acutely worsened (an acute exacerbation).");
        Draft equipment = Drafts.draft(POST_OPERATIVE, "Continuous passive motion machine 21 days", "2016-09-01",
                "2015-05-01");
        assertThat(equipment.rationale()).as(Drafts.explain(equipment))
                .contains("The record does not document that the equipment meets a medical need (a condition of the body "
                        + "part it serves).");
        assertThat(Drafts.missing(equipment)).contains("documentation that the equipment meets a medical need");
        Draft injection = Drafts.draft("Chronic low back pain since an injury on 03/15/2010.", "Trigger point "
                + "injections x4", "2016-09-01", "2010-03-15");
        assertThat(injection.rationale()).as(Drafts.explain(injection))
                .contains("The record does not document that radiculopathy is absent (on examination, imaging and "
                        + "electrodiagnostic testing)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRequestAloneIsDraftedAsInTheCase(String name, String record, String requestDate, String injury) {
        CaseDates dates = CaseDates.requestedOn(LocalDate.parse(requestDate))
                .withInjury(injury == null ? null : LocalDate.parse(injury));
        // without an operation among the requests, an item's draft does not depend on the others of its case
        List<String> noOperation = List.of("Norco 10/325 mg #60", "Physical therapy 2x4 lumbar spine", "Unknown",
                "Cervical ESI C6-7 x2", "", "Home health aide 6 hours a day 5 days a week");
        List<Draft> together = Drafts.ENGINE.draft(new CaseForDetermination(dates, record, noOperation));
        for (int i = 0; i < noOperation.size(); i++) {
            Draft alone = Drafts.ENGINE.draft(new CaseForDetermination(dates, record, List.of(noOperation.get(i))))
                    .get(0);
            assertThat(together.get(i).outcome()).as(noOperation.get(i)).isEqualTo(alone.outcome());
            assertThat(together.get(i).rationale()).as(noOperation.get(i)).isEqualTo(alone.rationale());
        }
    }
}
