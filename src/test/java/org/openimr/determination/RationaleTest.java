package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.casefile.Span;

/**
 * A rationale states no fact it cannot point to: every fact sentence carries evidence whose span quotes the record
 * or the request exactly, and its quoted words are in the sentence. Synthetic records, written for this test.
 */
class RationaleTest {

    record Example(String record, String request) {
    }

    static List<Example> examples() {
        return List.of(
                new Example("The patient has a lumbar strain. He has completed 24 sessions of physical therapy.",
                        "Additional physical therapy 2x4 for the low back"),
                new Example("She is status post lumbar fusion at L4-5 on 02/01/2015. She completed 30 sessions of "
                        + "physical therapy.", "Physical therapy 3 x 4 for the lumbar spine"),
                new Example("The patient reports new bowel and bladder incontinence.", "MRI of the lumbar spine"),
                new Example("Current medications include OxyContin 40 mg three times a day.", "OxyContin 40 mg #90"),
                new Example("The patient has neuropathic pain.", "Gabapentin 10%, Baclofen 2% cream 120 g"),
                new Example("The patient is diagnosed with lumbar radiculopathy. Examination shows decreased "
                        + "sensation in the left L5 dermatome.", "EMG of the bilateral lower extremities"),
                new Example("The patient underwent a colon resection on 11/10/2016 and is homebound. He needs daily "
                        + "wound care with dressing changes.", "Home health nursing visits daily for 2 weeks"),
                new Example("The patient has low back pain.", "Zebra crossing paint"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyFactSentencePointsToTheTextItQuotes(Example e) {
        Draft d = Drafts.draft(e.record(), e.request(), "2016-12-01", "2016-01-10");
        assertThat(d.rationaleSentences()).isNotEmpty();
        assertThat(d.rationaleSentences().get(d.rationaleSentences().size() - 1).kind())
                .isEqualTo(RationaleSentence.Kind.CONCLUSION);
        for (RationaleSentence s : d.rationaleSentences()) {
            if (s.kind() != RationaleSentence.Kind.FACT) {
                continue;
            }
            assertThat(s.evidence()).as(s.text()).isNotEmpty();
            for (Evidence ev : s.evidence()) {
                Span span = ev.span();
                String text = span.documentId().equals("record") ? e.record() : e.request();
                assertThat(text.substring(span.start(), span.end())).as(s.text()).isEqualTo(span.quote());
                assertThat(s.text()).contains(ev.quote());
            }
        }
        for (RecommendationTrace r : d.trace().recommendations()) {
            for (CriterionFinding f : r.criteria()) {
                for (Evidence ev : f.allEvidence()) {
                    String text = ev.span().documentId().equals("record") ? e.record() : e.request();
                    assertThat(text.substring(ev.span().start(), ev.span().end())).isEqualTo(ev.span().quote());
                }
            }
        }
    }

    /** The study that corroborates a radiculopathy is quoted before the findings of the examination it backs. */
    @Test
    void theCorroboratingStudyIsQuotedBeforeTheDeficits() {
        Draft d = Drafts.draft("Left leg pain since a fall at work. Examination: decreased sensation in the left L5 "
                + "dermatome, weakness of the left extensor hallucis longus, diminished left ankle reflex and a "
                + "positive straight leg raise on the left. MRI of the lumbar spine on 06/01/2016 showed an L4-5 disc "
                + "protrusion compressing the left L5 nerve root.", "Left L4-5 transforaminal epidural steroid "
                + "injection under fluoroscopy", "2016-11-01", "2016-03-01");
        String rationale = d.rationale();
        assertThat(rationale).contains("the MRI showed an L4-5 disc protrusion compressing the left L5 nerve root");
        assertThat(rationale.indexOf("the MRI showed")).isLessThan(rationale.indexOf("the examination found"));
    }
}
