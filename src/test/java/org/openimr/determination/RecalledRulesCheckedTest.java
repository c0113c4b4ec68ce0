package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;
import org.openimr.determination.internal.DurableEquipment;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Vocabulary;

/**
 * Rules whose text was recalled, checked against public text in session 11 (docs/rule-strictness-audit.md, "Checked
 * against public text"): ODG's general equipment rule, whose Medicare definition is a property of the item and whose
 * medical need is a condition of the body part the item serves; and the CPM, orthotics and Ottawa ankle rules. Each
 * reading beside a guard that stays upheld where the guideline says so. Synthetic records, written for OpenIMR.
 */
class RecalledRulesCheckedTest {

    private static String decidedBy(Draft d) {
        return d.trace().recommendations().stream()
                .filter(t -> t.conclusion() != RecommendationTrace.Conclusion.DOES_NOT_APPLY)
                .map(RecommendationTrace::id).toList().toString();
    }

    // ------------------------------------------------------------------------------- ODG durable medical equipment

    private static final String DISLOCATION = "Date of injury: 03/14/2016. The patient is a 29-year-old stocker who "
            + "fell from a ladder at work and dislocated his right shoulder; it was reduced in the emergency room the "
            + "same day. On 03/18/2016 he reports right shoulder pain of 7/10 with any reaching. The right shoulder is "
            + "guarded, tender anteriorly and painful to move. Diagnosis: anterior dislocation of the right shoulder, "
            + "reduced. Plan: a sling for the right arm and ibuprofen.";

    @Test
    void aSlingAfterAShoulderDislocationMeetsTheGeneralEquipmentRule() {
        Draft d = draft(DISLOCATION, "Right arm sling", "2016-03-22", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(decidedBy(d)).as(explain(d)).contains("odg.dme");
    }

    @Test
    void aSlingForABodyPartTheRecordDoesNotConcernStaysUpheld() {
        Draft d = draft("Date of injury: 03/14/2016. A 29-year-old stocker strained his low back lifting boxes. On "
                + "03/18/2016 he reports low back pain of 5/10; the lumbar muscles are in spasm. Diagnosis: lumbar "
                + "strain.", "Right arm sling", "2016-03-22", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aLumbarSupportInTheAcutePhaseMeetsTheGeneralEquipmentRule() {
        Draft d = draft("Date of injury: 01/04/2016. A 45-year-old delivery driver felt sudden low back pain while "
                + "lifting a heavy box at work. On 01/11/2016 he reports low back pain of 6/10 without radiation; the "
                + "lumbar paraspinal muscles are in spasm and flexion is limited. Diagnosis: acute lumbar strain. Plan: "
                + "lumbar support, naproxen, modified duty.", "Lumbar support", "2016-01-12", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aLumbarSupportInTheChronicPhaseStaysUpheldByAcoem() {
        Draft d = draft("Date of injury: 03/04/2014. A 52-year-old janitor has had low back pain of 5/10 for more than "
                + "two years despite physical therapy and medication. The lumbar spine is tender with limited flexion. "
                + "Diagnosis: chronic lumbar strain. Plan: lumbar support.", "Lumbar support", "2016-06-12", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(decidedBy(d)).as(explain(d)).contains("acoem-2004-low-back.lumbar-support");
    }

    @Test
    void anExerciseKitIsNotMedicalEquipmentWhateverTheRecordSays() {
        Draft d = draft("Date of injury: 02/01/2015. A 40-year-old clerk has low back pain of 5/10 since a lifting "
                + "injury. The lumbar spine is tender with mildly limited flexion. Diagnosis: lumbar strain. She has "
                + "finished physical therapy and does a home exercise program. The exercise kit is durable medical "
                + "equipment. Plan: home exercise kit.", "Home exercise kit", "2016-05-10", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.missingDocumentation()).as(explain(d)).noneMatch(m -> m.contains("Medicare"));
    }

    @Test
    void everyKindOfItemTheDefinitionFileJudgesIsAModalityOfTheVocabulary() {
        Vocabulary vocabulary = GuidelineCatalogue.loadDefault().vocabulary();
        assertThat(DurableEquipment.standard().kinds())
                .allSatisfy(k -> assertThat(vocabulary.terms(Vocabulary.Category.MODALITIES)).containsKey(k));
    }
}
