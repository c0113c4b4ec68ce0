package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/** The reading of negation, history and requests: a negated fact is there and says so; an absent one is not there. */
class NegationAndHistoryTest {

    @Test
    void noEvidenceOfRadiculopathyIsANegatedDiagnosisNotAMissingOne() {
        String text = "Examination today shows no evidence of radiculopathy.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnosis.Kind.RADICULOPATHY);
            assertThat(d.assertion()).isEqualTo(Assertion.NEGATED);
            assertSpan(d.span(), text, "radiculopathy");
        });
        assertThat(facts.isDiagnosed(Diagnosis.Kind.RADICULOPATHY)).isFalse();
        assertThat(extract("Examination today is limited by pain.").diagnoses()).isEmpty();
    }

    @Test
    void deniesNumbnessIsANegatedSymptom() {
        String text = "She denies numbness or tingling in the hands.";
        assertFindings(text,
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED),
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED));
    }

    @Test
    void negativeAndPositiveStraightLegRaise() {
        String negative = "There is a negative straight leg raise bilaterally.";
        assertThat(extract(negative).neurologicalFindings()).singleElement().satisfies(f -> {
            assertThat(f.test()).isEqualTo(NeurologicalFinding.Test.STRAIGHT_LEG_RAISE);
            assertThat(f.assertion()).isEqualTo(Assertion.NEGATED);
            assertThat(f.side()).contains(Side.BILATERAL);
            assertSpan(f.span(), negative, "negative straight leg raise");
        });
        String positive = "Straight leg raise is positive on the right at 40 degrees.";
        assertThat(extract(positive).neurologicalFindings()).singleElement().satisfies(f -> {
            assertThat(f.positive()).isTrue();
            assertThat(f.side()).contains(Side.RIGHT);
            assertSpan(f.span(), positive, "Straight leg raise is positive");
        });
    }

    @Test
    void withoutRedFlagsIsANegatedRedFlag() {
        String text = "Low back pain without red flags.";
        assertThat(extract(text).redFlags()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RedFlag.Kind.UNSPECIFIED);
            assertThat(r.assertion()).isEqualTo(Assertion.NEGATED);
            assertSpan(r.span(), text, "red flags");
        });
    }

    @Test
    void statusPostAndHistoryOfArePast() {
        ClinicalFacts facts = extract("He is status post right knee arthroscopy. There is a history of depression.");
        assertThat(facts.surgeries()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Surgery.Kind.ARTHROSCOPY);
            assertThat(s.assertion()).isEqualTo(Assertion.HISTORICAL);
            assertThat(s.region()).contains(BodySite.of(BodyRegion.KNEE, Side.RIGHT));
        });
        assertThat(facts.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnosis.Kind.DEPRESSION);
            assertThat(d.assertion()).isEqualTo(Assertion.HISTORICAL);
        });
    }

    @Test
    void aNegationEndsAtButAndAtASemicolon() {
        ClinicalFacts facts = extract("No weakness, but there is numbness in the left foot; sciatica on the left.");
        assertThat(facts.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.NEGATED),
                        tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.AFFIRMED));
        assertThat(facts.diagnoses()).singleElement().extracting(Diagnosis::assertion).isEqualTo(Assertion.AFFIRMED);
    }

    @Test
    void aRequestedStudyIsNotAStudyDone() {
        ClinicalFacts facts = extract("The treating physician requested an MRI of the lumbar spine.");
        assertThat(facts.diagnosticStudies()).singleElement().satisfies(s -> {
            assertThat(s.assertion()).isEqualTo(Assertion.REQUESTED);
            assertThat(s.done()).isFalse();
            assertThat(s.region()).contains(BodySite.of(BodyRegion.LUMBAR_SPINE));
        });
    }

    @Test
    void aDrugThePatientCouldNotTolerateOrDidNotRespondToWasTakenNotDenied() {
        ClinicalFacts facts = extract("She could not tolerate naproxen and has not responded to gabapentin.");
        assertThat(facts.medications()).extracting(Medication::generic, Medication::assertion).containsExactly(
                tuple("naproxen", Assertion.HISTORICAL),
                tuple("gabapentin", Assertion.HISTORICAL));
        assertThat(extract("She is not taking naproxen.").medications()).singleElement()
                .extracting(Medication::assertion).isEqualTo(Assertion.NEGATED);
    }

    @Test
    void pseudoNegationsDoNotNegate() {
        ClinicalFacts facts = extract("There has been no change in his lumbar radiculopathy.");
        assertThat(facts.diagnoses()).singleElement().extracting(Diagnosis::assertion).isEqualTo(Assertion.AFFIRMED);
    }

    @Test
    void sectionsSetTheReading() {
        String text = """
                PAST SURGICAL HISTORY:
                Left carpal tunnel release in 2011.

                ALLERGIES: Codeine.

                CURRENT MEDICATIONS:
                Naproxen 550 mg twice a day.

                FAMILY HISTORY: Mother with depression.

                PLAN:
                Cervical MRI.
                """;
        ClinicalFacts facts = extract(text);
        assertThat(facts.surgeries()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Surgery.Kind.CARPAL_TUNNEL_RELEASE);
            assertThat(s.assertion()).isEqualTo(Assertion.HISTORICAL);
            assertThat(s.date()).contains(StatedDate.year(2011));
            assertThat(s.region()).contains(BodySite.of(BodyRegion.FOREARM_WRIST_AND_HAND, Side.LEFT));
        });
        assertThat(facts.medications()).singleElement().satisfies(m -> {
            assertThat(m.generic()).isEqualTo("naproxen");
            assertThat(m.assertion()).isEqualTo(Assertion.AFFIRMED);
        });
        assertThat(facts.diagnoses()).isEmpty();
        assertThat(facts.diagnosticStudies()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DiagnosticStudy.Kind.MRI);
            assertThat(s.assertion()).isEqualTo(Assertion.REQUESTED);
            assertThat(s.region()).contains(BodySite.of(BodyRegion.CERVICAL_SPINE));
        });
    }

    @Test
    void aNewClauseAfterCommaAndEndsTheNegation() {
        String text = "No numbness, and positive Spurling's test on the right.";
        assertThat(extract(text).neurologicalFindings()).satisfiesExactly(
                numbness -> {
                    assertThat(numbness.test()).isEqualTo(NeurologicalFinding.Test.NUMBNESS);
                    assertThat(numbness.assertion()).isEqualTo(Assertion.NEGATED);
                    assertSpan(numbness.span(), text, "numbness");
                },
                spurling -> {
                    assertThat(spurling.test()).isEqualTo(NeurologicalFinding.Test.SPURLING);
                    assertThat(spurling.assertion()).isEqualTo(Assertion.AFFIRMED);
                    assertThat(spurling.positive()).isTrue();
                    assertThat(spurling.side()).contains(Side.RIGHT);
                    assertSpan(spurling.span(), text, "positive Spurling's test");
                });
    }

    @Test
    void aNewVerbAfterCommaAndEndsTheDenial() {
        String text = "She denies bowel or bladder changes, and reports weakness of the left leg.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.redFlags()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RedFlag.Kind.CAUDA_EQUINA);
            assertThat(r.assertion()).isEqualTo(Assertion.NEGATED);
            assertSpan(r.span(), text, "bowel or bladder changes");
        });
        assertThat(facts.neurologicalFindings()).singleElement().satisfies(f -> {
            assertThat(f.test()).isEqualTo(NeurologicalFinding.Test.MOTOR_WEAKNESS);
            assertThat(f.assertion()).isEqualTo(Assertion.AFFIRMED);
            assertThat(f.side()).contains(Side.LEFT);
            assertSpan(f.span(), text, "weakness");
        });
    }

    @Test
    void aNegatedListJoinedByCommaAndStaysNegatedThroughout() {
        String text = "He has no numbness, tingling, and weakness in the arms.";
        assertFindings(text,
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED),
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED),
                tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.NEGATED));
    }

    @Test
    void aClauseOpenedByCommaWithAndAnAffirmingCueEndsTheNegation() {
        String text = "Without tingling in the hands, with examination showing weakness of the left grip.";
        assertFindings(text,
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED),
                tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED));
    }

    @Test
    void aNewSubjectAndVerbAfterCommaAndEndsTheNegation() {
        String text = "No numbness, and the patient has weakness of the right hand.";
        assertFindings(text,
                tuple(NeurologicalFinding.Test.NUMBNESS, Assertion.NEGATED),
                tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED));
    }

    /** The neurological findings the text gives, in order, as (test, assertion) pairs. */
    private static void assertFindings(String text, org.assertj.core.groups.Tuple... expected) {
        assertThat(extract(text).neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(expected);
    }

    @Test
    void theLastItemOfALongNegatedListIsNegatedToo() {
        assertThat(assertionsOf("Review of systems is negative for nausea, vomiting, night sweats, weight loss, "
                + "headache and hematuria.", "nausea", "hematuria"))
                .containsExactly(Assertion.NEGATED, Assertion.NEGATED);
    }

    @Test
    void aFindingAfterAListOfStatedFindingsIsNotNegatedByTheFirst() {
        // "reflexes 2+ symmetric, gait steady" state findings of their own: the list is of findings, not of things
        // the "no" denies, so the decreased sensation at its end is affirmed
        assertThat(assertionsOf("Neuro: no clonus, reflexes 2+ symmetric, gait steady, toe walking intact, decreased "
                + "sensation in the left L5 dermatome.", "clonus", "decreased sensation"))
                .containsExactly(Assertion.NEGATED, Assertion.AFFIRMED);
    }

    /** How the text asserts each of two phrases, in text order. */
    private static java.util.List<Assertion> assertionsOf(String text, String first, String second) {
        CaseDocument doc = new CaseDocument("record", DocumentType.OTHER, java.util.Optional.empty(),
                java.util.Optional.empty(), text);
        return PhraseLexicon.of(java.util.Map.of(first, "1", second, "2")).find(doc).stream()
                .map(PhraseMention::assertion).toList();
    }

    @Test
    void aFreeT4IsAThyroidTestNotAThoracicLevel() {
        assertThat(extract("Labs ordered: TSH, free T4. Pain at T4 after the fall.").bodyParts())
                .extracting(m -> m.region().region()).containsExactly(org.openimr.shared.BodyRegion.THORACIC_SPINE);
    }
}
