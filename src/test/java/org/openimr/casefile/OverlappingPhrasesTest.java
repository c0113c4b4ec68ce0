package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;

/**
 * Phrases that share words: a phrase of another vocabulary inside a longer one still gives its fact, two context
 * triggers that only partly overlap and act differently both act, and within one vocabulary a phrase inside a longer
 * one gives way to it.
 */
class OverlappingPhrasesTest {

    @Test
    void aBodyPartInsideAnInjectionStillGivesTheBodyPart() {
        String text = "Treatment has included a lumbar epidural steroid injection.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.bodyParts()).singleElement().satisfies(b -> {
            assertThat(b.region()).isEqualTo(new BodySite(BodyRegion.LUMBAR_SPINE, Optional.empty()));
            assertThat(b.assertion()).isEqualTo(Assertion.AFFIRMED);
            assertSpan(b.span(), text, "lumbar");
        });
        assertThat(facts.conservativeCare()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConservativeCare.Kind.INJECTIONS);
            assertThat(c.assertion()).isEqualTo(Assertion.AFFIRMED);
            assertSpan(c.span(), text, "epidural steroid injection");
        });
    }

    @Test
    void lumbagoIsBothTheDiagnosisAndTheLowBack() {
        String text = "Diagnosis: lumbago.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.bodyParts()).singleElement().satisfies(b -> {
            assertThat(b.region().region()).isEqualTo(BodyRegion.LUMBAR_SPINE);
            assertSpan(b.span(), text, "lumbago");
        });
        assertThat(facts.diagnoses()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(Diagnosis.Kind.PAIN));
    }

    @Test
    void aBodyPartInsideADiagnosisStillGivesTheBodyPart() {
        String text = "Diagnosis: cervical radiculopathy on the left.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.bodyParts()).singleElement().satisfies(b -> {
            assertThat(b.region().region()).isEqualTo(BodyRegion.CERVICAL_SPINE);
            assertSpan(b.span(), text, "cervical");
        });
        assertThat(facts.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnosis.Kind.RADICULOPATHY);
            assertThat(d.region().map(BodySite::region)).contains(BodyRegion.CERVICAL_SPINE);
            assertThat(d.assertion()).isEqualTo(Assertion.AFFIRMED);
            assertSpan(d.span(), text, "cervical radiculopathy on the left");
        });
    }

    @Test
    void twoTriggersSharingAWordBothAct() {
        // "was negative" reads back to the MRI, "negative for" forward to the disc herniation: the second must not be lost
        String text = "The lumbar MRI was negative for disc herniation.";
        assertThat(extract(text).diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnosis.Kind.DISC_DISPLACEMENT);
            assertThat(d.assertion()).isEqualTo(Assertion.NEGATED);
            assertSpan(d.span(), text, "disc herniation");
        });
    }

    @Test
    void withinOneVocabularyTheLongerPhraseWins() {
        String text = "There was no functional improvement with therapy.";
        assertThat(extract(text).functionalImprovement())
                .extracting(FunctionalImprovement::finding, f -> f.span().quote())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FunctionalImprovement.Finding.NOT_IMPROVED,
                        "no functional improvement"));
    }
}
