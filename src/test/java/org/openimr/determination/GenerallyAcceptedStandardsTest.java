package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.missing;

import org.junit.jupiter.api.Test;

/**
 * Diagnostic tests no MTUS or fallback rule addresses are decided by the engine's reading of Labor Code
 * 4610.5(c)(2)(E), generally accepted standards of medical practice: upheld when the record documents no symptom,
 * finding, diagnosis or monitored medicine of the system the test examines (or denies it), referred to the physician
 * when it documents one, and never applied where a guideline rule in force decides. Synthetic records.
 */
class GenerallyAcceptedStandardsTest {

    private static final String DATE = "2016-11-01";
    private static final String INJURY = "2015-03-12";
    private static final String CITATION = "Decision based on Non-MTUS Citation generally accepted standards of medical "
            + "practice (Labor Code 4610.5(c)(2)(E)), ";

    /** A chronic low back case whose record names no complaint of any other system. */
    private static final String BACK = "A 48-year-old stocker hurt his low back lifting cases of water at work. He has "
            + "chronic low back pain, 6/10, worse with bending. Examination shows lumbar paraspinal tenderness and "
            + "reduced flexion. Diagnosis: lumbar strain. He takes cyclobenzaprine 10 mg at bedtime. ";

    @Test
    void aCardiacTestWithNoCardiacComplaintIsUpheldNamingTheHeartAndTheWordsLookedFor() {
        Draft d = draft(BACK, "EKG", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo(CITATION + "Cardiac testing.");
        assertThat(d.rationale()).contains("The record does not document a symptom, finding, diagnosis or monitored "
                + "medicine of the heart and circulation that the test would answer (looked for: chest pain,")
                .contains("the record documents none for this one, so it is not medically necessary");
        assertThat(missing(d)).startsWith("documentation of a symptom, finding, diagnosis or monitored medicine of the "
                + "heart and circulation").contains("palpitations");
        assertThat(d.trace().steps()).anyMatch(s -> s.startsWith("Neither the MTUS nor a fallback guideline in force "
                + "addresses this test, so the last standard of medical necessity applies"));
    }

    @Test
    void aVestibularTestWithVertigoInTheRecordGoesToThePhysicianQuotingIt() {
        Draft d = draft(BACK + "Since he struck his head on the shelf he has had vertigo when he stands up.",
                "Videonystagmography (VNG)", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
        assertThat(d.interpreted().category().category()).isEqualTo("Diagnostic Testing");
        assertThat(d.interpreted().modalities()).containsExactly("vestibular_testing");
        assertThat(d.rationale()).contains("the record documents a clinical question for this test (Vestibular "
                + "testing: \"struck his head\", \"vertigo\")")
                .contains("the physician weighs whether it calls for the test");
        assertThat(d.citation()).isEmpty();
    }

    @Test
    void aDeniedComplaintIsNoIndication() {
        Draft d = draft(BACK + "He denies dizziness. No hearing loss.", "Audiogram", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo(CITATION + "Hearing testing.");
        assertThat(d.rationale()).contains("Not met - a symptom, finding, diagnosis or monitored medicine of the "
                + "hearing").contains("\"No hearing loss\"").contains("\"denies dizziness\"");
    }

    @Test
    void aPanelOfLabsIsOneRequestAnIndicationForAnyTestReferringIt() {
        String request = "Labs: CBC, CMP, TSH";

        Draft none = draft(BACK, request, DATE, INJURY);
        assertThat(none.outcome()).as(explain(none)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(none.interpreted().modalities()).containsExactly("blood_count", "metabolic_panel", "thyroid_tests");
        assertThat(none.interpreted().category().subcategory()).isEqualTo("Lab & Pathology");
        assertThat(none.rationale()).contains("monitored medicine of the blood (anemia, bleeding, infection)")
                .contains("monitored medicine of the body's chemistry").contains("monitored medicine of the thyroid");

        Draft tired = draft(BACK + "She reports fatigue and a weight gain of 15 pounds since the spring.", request,
                DATE, INJURY);
        assertThat(tired.outcome()).as(explain(tired)).isEqualTo(DraftOutcome.REFER);
        assertThat(tired.rationale()).contains("Laboratory tests, thyroid: \"fatigue\", \"weight gain\"");
    }

    @Test
    void aMedicineTheTestMonitorsIsAnIndication() {
        Draft d = draft(BACK + "He also takes Norco 10/325 mg twice a day.", "Liver function tests", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
        assertThat(d.rationale()).contains("Laboratory tests, liver function: \"Norco\"");
    }

    @Test
    void theNsaidMonitoringRuleKeepsDecidingAnNsaidUsersBloodTests() {
        Draft d = draft(BACK + "He takes naproxen 550 mg twice a day.", "Labs: CBC, CMP", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Medical Treatment 2016, "
                + "Section(s): NSAIDs, specific drug list & adverse effects.");
        assertThat(d.trace().steps()).anyMatch(s -> s.startsWith("A guideline rule in force addresses this request, so "
                + "generally accepted standards of medical practice"));
    }

    @Test
    void preoperativeLabsWithAnOperationPlannedKeepTheFallbackRule() {
        Draft d = draft(BACK + "The L4-5 lumbar fusion the surgeon recommends was certified. He has diabetes.",
                "Pre-operative labs: CBC, BMP", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).isEqualTo("Decision based on Non-MTUS Citation Official Disability Guidelines "
                + "(ODG), Low Back, Preoperative lab testing.");
    }

    @Test
    void urineDrugTestingKeepsItsOwnRules() {
        Draft d = draft(BACK + "He takes Norco 10/325 mg twice a day.", "Urine drug screen", DATE, INJURY);

        assertThat(d.citationText()).doesNotContain("generally accepted").contains("Urine Drug Testing");
        assertThat(d.interpreted().modalities()).isEmpty();
    }

    @Test
    void afterTheAcoemBasedMtusTookEffectTheTestIsReferred() {
        Draft d = draft(BACK, "EKG", "2018-03-01", INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
        assertThat(d.rationale()).contains("but the guideline data holds none of its recommendations");
    }

    @Test
    void abbreviationsAndMedicinesOfARecordAreIndications() {
        String record = BACK + "Past history: HTN, T2DM, ESRD on dialysis, HCV. He has DOE on stairs. He takes "
                + "atenolol, Humalog and Spiriva.";

        for (String request : new String[] {"EKG", "Hemoglobin A1c", "Hepatitis C antibody", "PFT", "Lipid panel",
                "Renal function panel"}) {
            Draft d = draft(record, request, DATE, INJURY);
            assertThat(d.outcome()).as(request + ": " + explain(d)).isEqualTo(DraftOutcome.REFER);
        }
        assertThat(draft(record, "EKG", DATE, INJURY).rationale()).contains("\"HTN\"");
        assertThat(draft(BACK + "He takes Humalog before meals.", "HbA1c", DATE, INJURY).outcome())
                .isEqualTo(DraftOutcome.REFER);
        assertThat(draft(BACK + "He takes Spiriva daily.", "Spirometry", DATE, INJURY).outcome())
                .isEqualTo(DraftOutcome.REFER);
    }

    @Test
    void anAbbreviationInCapitalsIsNotReadInLowerCase() {
        Draft d = draft(BACK + "He tends to sob when he talks about the layoff.", "Pulmonary function test", DATE,
                INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aDeniedComplaintIsQuotedWithItsNegation() {
        Draft d = draft(BACK + "He has no history of diabetes, denies chest pain.", "EKG", DATE, INJURY);

        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("\"no history of diabetes\"").contains("\"denies chest pain\"")
                .doesNotContain("\"diabetes\"").doesNotContain("\"chest pain\"");
    }

    @Test
    void aStandardSetAsideByAGuidelineRuleAddsNoMissingDocumentation() {
        Draft d = draft("A 50-year-old warehouse worker with chronic low back pain takes naproxen 500 mg twice a day "
                + "and has for two years. Diagnosis: lumbar strain.", "CBC", DATE, INJURY);

        assertThat(d.trace().steps()).as(explain(d)).anyMatch(s -> s.startsWith("A guideline rule in force addresses "
                + "this request, so generally accepted standards"));
        assertThat(missing(d)).doesNotContain("symptom, finding, diagnosis or monitored medicine");
    }
}
