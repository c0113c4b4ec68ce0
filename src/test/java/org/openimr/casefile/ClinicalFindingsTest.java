package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/** Diagnoses, body parts, pain scores, neurological findings and red flags. */
class ClinicalFindingsTest {

    @Test
    void diabeticNeuropathyAndAKneeLigamentTearAreKindsOfTheirOwn() {
        ClinicalFacts facts = extract("Diagnoses: painful diabetic neuropathy; tear of the anterior cruciate ligament "
                + "of the left knee; patellar instability of the right knee.");
        assertThat(facts.diagnoses()).extracting(Diagnosis::kind).containsExactly(Diagnosis.Kind.DIABETIC_NEUROPATHY,
                Diagnosis.Kind.KNEE_INSTABILITY, Diagnosis.Kind.KNEE_INSTABILITY);
        assertThat(extract("Diagnosis: peripheral neuropathy.").diagnoses()).extracting(Diagnosis::kind)
                .containsExactly(Diagnosis.Kind.NEUROPATHY);
    }

    @Test
    void aListOfDiagnosesGivesOneDiagnosisPerItemWithItsRegion() {
        String text = "The current diagnoses are documented as left L5 radiculopathy; lumbar disc herniation at "
                + "L4-5; right carpal tunnel syndrome; complex regional pain syndrome of the left foot; and "
                + "depression.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.diagnoses()).extracting(Diagnosis::kind).containsExactly(Diagnosis.Kind.RADICULOPATHY,
                Diagnosis.Kind.DISC_DISPLACEMENT, Diagnosis.Kind.CARPAL_TUNNEL_SYNDROME, Diagnosis.Kind.CRPS,
                Diagnosis.Kind.DEPRESSION);
        assertThat(facts.diagnoses()).extracting(Diagnosis::region).containsExactly(
                Optional.of(BodySite.of(BodyRegion.LUMBAR_SPINE, Side.LEFT)),
                Optional.of(BodySite.of(BodyRegion.LUMBAR_SPINE)),
                Optional.of(BodySite.of(BodyRegion.FOREARM_WRIST_AND_HAND, Side.RIGHT)),
                Optional.of(BodySite.of(BodyRegion.ANKLE_AND_FOOT, Side.LEFT)),
                Optional.empty());
        assertSpan(facts.diagnoses().get(1).span(), text, "lumbar disc herniation at L4-5");
        assertThat(facts.diagnoses().get(1).text()).isEqualTo("lumbar disc herniation at L4-5");
        assertThat(facts.isDiagnosed(Diagnosis.Kind.CRPS)).isTrue();
    }

    @Test
    void aSideWrittenAfterTheDiagnosisBelongsToIt() {
        ClinicalFacts facts = extract("Diagnoses: lumbar radiculopathy on the left; shoulder impingement, "
                + "right-sided; cervical radiculopathy left sided; knee sprain, left side; wrist sprain, left hand "
                + "contusion.");
        assertThat(facts.diagnoses()).extracting(Diagnosis::region).containsExactly(
                Optional.of(BodySite.of(BodyRegion.LUMBAR_SPINE, Side.LEFT)),
                Optional.of(BodySite.of(BodyRegion.SHOULDER, Side.RIGHT)),
                Optional.of(BodySite.of(BodyRegion.CERVICAL_SPINE, Side.LEFT)),
                Optional.of(BodySite.of(BodyRegion.KNEE, Side.LEFT)),
                Optional.of(BodySite.of(BodyRegion.FOREARM_WRIST_AND_HAND)),
                Optional.of(BodySite.of(BodyRegion.FOREARM_WRIST_AND_HAND, Side.LEFT)));
        assertThat(extract("He has cervical radiculopathy on the right side.").diagnoses())
                .extracting(Diagnosis::region)
                .containsExactly(Optional.of(BodySite.of(BodyRegion.CERVICAL_SPINE, Side.RIGHT)));
    }

    @Test
    void aDiagnosisThatNamesASurgeryIsStillADiagnosis() {
        ClinicalFacts facts = extract("The patient has failed back surgery syndrome. She underwent carpal tunnel "
                + "release in 2014.");
        assertThat(facts.diagnoses()).extracting(Diagnosis::kind, Diagnosis::text).containsExactly(
                tuple(Diagnosis.Kind.FAILED_BACK_SURGERY_SYNDROME, "failed back surgery syndrome"));
    }

    @Test
    void aListedDiagnosisWithoutAKnownGroupIsKeptAsOther() {
        ClinicalFacts facts = extract("He was diagnosed with cervical sprain/strain, pain in the right hip, and "
                + "anxiety.");
        assertThat(facts.diagnoses()).extracting(Diagnosis::kind, Diagnosis::text).containsExactly(
                tuple(Diagnosis.Kind.SPRAIN_STRAIN, "cervical sprain/strain"),
                tuple(Diagnosis.Kind.OTHER, "pain in the right hip"),
                tuple(Diagnosis.Kind.ANXIETY, "anxiety"));
    }

    @Test
    void cervicalDystoniaIsADiagnosisOfItsOwn() {
        assertThat(extract("She has cervical dystonia with involuntary turning of the head.").isDiagnosed(
                Diagnosis.Kind.CERVICAL_DYSTONIA)).isTrue();
        assertThat(extract("The diagnosis is spasmodic torticollis.").isDiagnosed(Diagnosis.Kind.CERVICAL_DYSTONIA))
                .isTrue();
    }

    @Test
    void aCapitalLOrRBeforeALimbIsItsSideButNotBeforeTheSpineOrALevel() {
        ClinicalFacts facts = extract("Dx: R knee instability; L CTS of the L wrist. MRI L spine showed L4-5 stenosis.");
        assertThat(facts.diagnoses()).extracting(Diagnosis::region).contains(
                Optional.of(BodySite.of(BodyRegion.KNEE, Side.RIGHT)));
        assertThat(facts.bodyParts()).extracting(BodyPartMention::region)
                .contains(BodySite.of(BodyRegion.KNEE, Side.RIGHT),
                        BodySite.of(BodyRegion.FOREARM_WRIST_AND_HAND, Side.LEFT))
                .noneMatch(b -> b.region().isSpine() && b.side().isPresent());
    }

    @Test
    void bodyPartsAreNormalisedWithTheirSide() {
        ClinicalFacts facts = extract("She complains of neck pain, low back pain radiating to the left leg, and "
                + "right knee pain. Both shoulders are stiff.");
        assertThat(facts.affectedBodyParts()).containsExactlyInAnyOrder(BodyRegion.CERVICAL_SPINE,
                BodyRegion.LUMBAR_SPINE, BodyRegion.LOWER_EXTREMITY, BodyRegion.KNEE, BodyRegion.SHOULDER);
        assertThat(facts.bodyParts()).extracting(BodyPartMention::region)
                .contains(BodySite.of(BodyRegion.KNEE, Side.RIGHT), BodySite.of(BodyRegion.LOWER_EXTREMITY, Side.LEFT),
                        BodySite.of(BodyRegion.SHOULDER, Side.BILATERAL));
    }

    @Test
    void painScoresWithAndWithoutMedication() {
        String text = "She rates her pain 4/10 with medications and 8/10 without medications. Yesterday it was "
                + "7-8 out of 10. At worst it is 9/10.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.painScores()).extracting(PainScore::score, PainScore::upTo, PainScore::circumstance)
                .containsExactly(
                        tuple(new BigDecimal("4"), Optional.empty(), PainScore.Circumstance.WITH_MEDICATION),
                        tuple(new BigDecimal("8"), Optional.empty(), PainScore.Circumstance.WITHOUT_MEDICATION),
                        tuple(new BigDecimal("7"), Optional.of(new BigDecimal("8")), PainScore.Circumstance.UNSPECIFIED),
                        tuple(new BigDecimal("9"), Optional.empty(), PainScore.Circumstance.WORST));
        assertSpan(facts.painScores().get(2).span(), text, "7-8 out of 10");
    }

    @Test
    void aScoreWithTheDrugNamedIsAScoreWithMedication() {
        String text = "He reported low back pain 8/10 without medication and 4/10 with Norco. Off tramadol her knee "
                + "pain is 9/10; on tramadol it is 5/10. The pain was 6/10 on the left.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.painScores()).extracting(PainScore::score, PainScore::circumstance)
                .containsExactly(
                        tuple(new BigDecimal("8"), PainScore.Circumstance.WITHOUT_MEDICATION),
                        tuple(new BigDecimal("4"), PainScore.Circumstance.WITH_MEDICATION),
                        tuple(new BigDecimal("9"), PainScore.Circumstance.WITHOUT_MEDICATION),
                        tuple(new BigDecimal("5"), PainScore.Circumstance.WITH_MEDICATION),
                        tuple(new BigDecimal("6"), PainScore.Circumstance.UNSPECIFIED));
    }

    @Test
    void aReductionCreditedToAMedicationGivesPainWithoutAndWithIt() {
        String text = "With Percocet her pain decreases from 9/10 to 5/10. She rates the pain in her knee 6/10.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.painScores()).extracting(PainScore::score, PainScore::circumstance)
                .containsExactly(
                        tuple(new BigDecimal("9"), PainScore.Circumstance.WITHOUT_MEDICATION),
                        tuple(new BigDecimal("5"), PainScore.Circumstance.WITH_MEDICATION),
                        tuple(new BigDecimal("6"), PainScore.Circumstance.UNSPECIFIED));
        assertSpan(facts.painScores().get(0).span(), text, "9/10");
        assertSpan(facts.painScores().get(1).span(), text, "5/10");
    }

    @Test
    void aReductionWithoutAMedicationOrAnIncreaseIsNotReadAsRelief() {
        assertThat(extract("After the fall her pain increased from 3/10 to 8/10 with medications.").painScores())
                .extracting(PainScore::circumstance).doesNotContain(PainScore.Circumstance.WITHOUT_MEDICATION);
        assertThat(extract("With rest the pain went from 7/10 to 4/10.").painScores())
                .extracting(PainScore::circumstance).containsOnly(PainScore.Circumstance.UNSPECIFIED);
    }

    @Test
    void aReturnToFullDutyIsAReductionInWorkRestrictions() {
        String text = "After the neurotomy he returned to full duty.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.functionalImprovement()).extracting(FunctionalImprovement::finding)
                .containsExactly(FunctionalImprovement.Finding.IMPROVED);
        assertSpan(facts.functionalImprovement().get(0).span(), text, "returned to full duty");
        assertThat(extract("He has not returned to full duty.").functionalImprovement())
                .extracting(FunctionalImprovement::finding).doesNotContain(FunctionalImprovement.Finding.IMPROVED);
    }

    @Test
    void everydayActivitiesTheTreatmentAllowsDocumentFunctionalImprovement() {
        String text = "With the medication he is able to walk longer and is able to perform household chores.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.functionalImprovement()).extracting(FunctionalImprovement::finding)
                .containsExactly(FunctionalImprovement.Finding.IMPROVED, FunctionalImprovement.Finding.IMPROVED);
        assertSpan(facts.functionalImprovement().get(0).span(), text, "able to walk longer");
        String therapy = "She completed 12 sessions of physical therapy with improved strength and function.";
        assertSpan(extract(therapy).functionalImprovement().get(0).span(), therapy, "improved strength and function");
        assertThat(extract("He is not able to walk longer than a block.").functionalImprovement())
                .extracting(FunctionalImprovement::finding).doesNotContain(FunctionalImprovement.Finding.IMPROVED);
    }

    @Test
    void datesStrengthsAndFractionsAreNotPainScores() {
        ClinicalFacts facts = extract("Seen on 11/10/2016. Strength is 5/5. Flexion 80/90 degrees. Reflexes 2/4.");
        assertThat(facts.painScores()).isEmpty();
    }

    @Test
    void neurologicalFindingsReadTheirResultFromTheNearestCue() {
        String text = "Motor strength is 4/5 in the left extensor hallucis longus. There is decreased sensation in "
                + "the left L5 dermatome. Patellar reflexes are 2+ and symmetric. Sensation is intact in the upper "
                + "extremities. Spurling's test is negative.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED),
                        tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.AFFIRMED),
                        tuple(NeurologicalFinding.Test.REFLEX_CHANGE, Assertion.NEGATED),
                        tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.NEGATED),
                        tuple(NeurologicalFinding.Test.SPURLING, Assertion.NEGATED));
        NeurologicalFinding sensory = facts.neurologicalFindings().get(1);
        assertThat(sensory.level()).contains("L5");
        assertThat(sensory.side()).contains(Side.LEFT);
        assertSpan(sensory.span(), text, "decreased sensation");
        assertSpan(facts.neurologicalFindings().get(0).span(), text, "Motor strength is 4/5");
    }

    @Test
    void theCueOfTheNextFindingIsNotTheResultOfTheOneBefore() {
        String text = "Examination showed 5/5 right lower extremity muscle strength, diminished sensation in the left "
                + "L5 dermatome.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion, NeurologicalFinding::side)
                .containsExactly(
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.NEGATED, Optional.of(Side.RIGHT)),
                        tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.AFFIRMED, Optional.of(Side.LEFT)));
        assertSpan(facts.neurologicalFindings().get(0).span(), text, "5/5 right lower extremity muscle strength");
    }

    @Test
    void aCueBeforeTwoFindingsJoinedByAndIsTheResultOfBoth() {
        ClinicalFacts shared = extract("Examination shows decreased strength and sensation in the left L5 distribution.");
        assertThat(shared.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion, NeurologicalFinding::side)
                .containsExactly(
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED, Optional.of(Side.LEFT)),
                        tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.AFFIRMED, Optional.of(Side.LEFT)));
        ClinicalFacts reversed = extract("Examination shows diminished sensation and strength of the right leg.");
        assertThat(reversed.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(
                        tuple(NeurologicalFinding.Test.SENSORY_DEFICIT, Assertion.AFFIRMED),
                        tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED));
    }

    @Test
    void aMentionWithoutAResultIsNoFinding() {
        assertThat(extract("A straight leg raise test was performed.").neurologicalFindings()).isEmpty();
    }

    @Test
    void redFlagsPresentAndAbsent() {
        ClinicalFacts facts = extract("There is no bowel or bladder dysfunction. X-rays revealed a compression "
                + "fracture at T12. The MRI showed no tumor or infection.");
        assertThat(facts.redFlags()).extracting(RedFlag::kind, RedFlag::assertion).containsExactly(
                tuple(RedFlag.Kind.CAUDA_EQUINA, Assertion.NEGATED),
                tuple(RedFlag.Kind.FRACTURE, Assertion.AFFIRMED),
                tuple(RedFlag.Kind.TUMOR, Assertion.NEGATED),
                tuple(RedFlag.Kind.INFECTION, Assertion.NEGATED));
        assertThat(facts.redFlags().get(1).region()).contains(BodySite.of(BodyRegion.THORACIC_SPINE));
    }

    @Test
    void aRedFlagToBeRuledOutIsNotStatedEitherWay() {
        assertThat(extract("A CT scan was requested to rule out fracture.").redFlags()).isEmpty();
    }

    @Test
    void quirksOfRealRecords() {
        // a side split from its body part by a line break; both sides named
        ClinicalFacts sides = extract("Diagnoses: cervical sprain, right\nand left shoulder sprain and right and left "
                + "elbow sprain.");
        assertThat(sides.diagnoses()).extracting(Diagnosis::region).containsExactly(
                Optional.of(BodySite.of(BodyRegion.CERVICAL_SPINE)),
                Optional.of(BodySite.of(BodyRegion.SHOULDER, Side.BILATERAL)),
                Optional.of(BodySite.of(BodyRegion.ELBOW, Side.BILATERAL)));
        // a result cue before a comma belongs to the clause before it
        ClinicalFacts exam = extract("Shoulder range of motion is reduced in every plane, motor strength is 4 out "
                + "of 5, reflexes are 2+ at the ankle.");
        assertThat(exam.neurologicalFindings())
                .extracting(NeurologicalFinding::test, NeurologicalFinding::assertion)
                .containsExactly(tuple(NeurologicalFinding.Test.MOTOR_WEAKNESS, Assertion.AFFIRMED),
                        tuple(NeurologicalFinding.Test.REFLEX_CHANGE, Assertion.NEGATED));
        // a negation after the mention
        assertThat(extract("Plain films were ordered, as red flags were not noted.").redFlags())
                .singleElement().extracting(RedFlag::assertion).isEqualTo(Assertion.NEGATED);
    }
}
