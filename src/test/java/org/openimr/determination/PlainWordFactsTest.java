package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Criteria a record meets in its own plain words, not in a fixed phrase: a lab value the record calls low, an
 * evaluation with its date between the words, a surgery "being considered", an MRI the patient cannot have. Synthetic
 * records.
 */
class PlainWordFactsTest {

    private static final String DATE = "2016-11-01";
    private static final String INJURY = "2013-06-20";

    @Test
    void aTestosteroneValueTheRecordCallsLowIsALowTestosterone() {
        Draft d = draft("A 55-year-old driver with chronic neck pain takes MS Contin 30 mg twice a day. A lab panel of "
                + "09/12/2016 showed free testosterone of 4.1 pg/mL, below the reference range.",
                "Testosterone cypionate 200 mg/ml injection", DATE, INJURY);
        assertThat(verdictOf(d, "testosterone")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aVitaminDValueTheRecordCallsDeficientIsADeficiency() {
        Draft d = draft("A 47-year-old nurse with chronic knee pain. Serum vitamin D was 14 ng/mL (deficient).",
                "Vitamin D3 2000 IU daily", DATE, INJURY);
        assertThat(verdictOf(d, "vitamin D")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aNormalValueIsNoDeficiency() {
        Draft d = draft("A 47-year-old nurse with chronic knee pain. Serum vitamin D was 38 ng/mL, within the normal "
                + "range.", "Vitamin D3 2000 IU daily", DATE, INJURY);
        assertThat(verdictOf(d, "vitamin D")).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aLevelOrderedToLookForADeficiencyIsNoLowValue() {
        Draft testosterone = draft("A 55-year-old driver with chronic neck pain takes MS Contin 30 mg twice a day. A "
                + "testosterone level was ordered to evaluate for deficiency.", "Testosterone cypionate 200 mg IM every 2 "
                + "weeks", DATE, INJURY);
        assertThat(verdictOf(testosterone, "testosterone")).as(explain(testosterone)).isNotEqualTo(Verdict.MET);
        assertThat(testosterone.outcome()).isEqualTo(DraftOutcome.UPHELD);
        Draft vitaminD = draft("A 47-year-old nurse with chronic knee pain. Vitamin D level was ordered to rule out "
                + "deficiency.", "Vitamin D3 50,000 IU weekly #12", DATE, INJURY);
        assertThat(verdictOf(vitaminD, "vitamin D")).as(explain(vitaminD)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void aDatedPsychologicalEvaluationThatClearedThePatient() {
        Draft d = draft("A 58-year-old roofer with failed back surgery syndrome after a 2011 fusion has failed "
                + "medications, therapy and injections. A psychological evaluation dated 05/20/2016 cleared her for a "
                + "spinal cord stimulator.", "Spinal cord stimulator trial", DATE, INJURY);
        assertThat(verdictOf(d, "psychological evaluation")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void surgeryBeingConsideredAndAnMriThePatientCannotHave() {
        Draft d = draft("A 44-year-old welder has low back pain radiating to the left leg with an absent left ankle "
                + "reflex. She has an implanted defibrillator and cannot undergo an MRI. Surgery is being considered.",
                "CT myelogram of the lumbar spine", DATE, INJURY);
        assertThat(verdictOf(d, "surgery is being considered")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(verdictOf(d, "an MRI cannot be done")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void aPacemakerThatRulesOutAnMriAfterAnd() {
        Draft d = draft("A 51-year-old mover has neck pain radiating to the left hand with weakness of the left triceps. "
                + "He has a cardiac pacemaker and cannot undergo MRI. He is a surgical candidate.",
                "CT myelogram of the cervical spine", DATE, INJURY);
        assertThat(verdictOf(d, "an MRI cannot be done")).as(explain(d)).isEqualTo(Verdict.MET);
    }

    @Test
    void anMriThePatientCannotUndergoIsNoMriDone() {
        assertThat(Drafts.ENGINE.draft(new CaseForDetermination(new CaseDates(java.util.Optional.of(
                java.time.LocalDate.parse(DATE)), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()), "He cannot undergo MRI because of his "
                        + "defibrillator.", java.util.List.of("EMG"))).get(0).trace().recommendations()).isNotNull();
        assertThat(org.openimr.casefile.ClinicalFactExtractor.standard().extract(new org.openimr.casefile.CaseDocument(
                "record", org.openimr.casefile.DocumentType.OTHER, java.util.Optional.empty(),
                java.util.Optional.empty(), "He cannot undergo MRI because of his defibrillator. He cannot have an MRI "
                        + "of the neck."))
                .diagnosticStudies()).filteredOn(s -> s.assertion() == org.openimr.casefile.Assertion.AFFIRMED
                        || s.assertion() == org.openimr.casefile.Assertion.HISTORICAL).isEmpty();
    }
}
