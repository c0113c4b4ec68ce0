package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.guidelines.RequestKind;

/**
 * Readings and rules a review of the eighth round found wrong (issue 3): a joint's findings taken from another joint,
 * a steroid's strength taken for a count of injections, a DVT study read as the physical modality, a blood level read
 * as the supplement, a pre-operative test decided as if no operation were planned, a pump's drug read as the implant.
 * Synthetic records written for this test.
 */
class ReviewedMisreadingsTest {

    private static final String DATE = "2016-11-01";
    private static final String INJURY = "2014-05-02";
    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();

    /** Osteoarthritis, stiffness and limping of the right knee; only a labral tear of the left hip. */
    private static final String KNEE_ARTHRITIS_HIP_TEAR = "A 57-year-old roofer fell from a ladder at work. He reports "
            + "pain in the left hip and in the right knee. Weight-bearing films of the right knee demonstrate "
            + "osteophytes and joint space narrowing. An MRI of the left hip found a labral tear, and radiographs of "
            + "the hip are unremarkable. Home exercise, a course of therapy and naproxen did not help. The right knee "
            + "has restricted range of motion and he limps. ";

    /** Bone-on-bone arthritis of the left hip; a sprain of the right knee. */
    private static final String HIP_ARTHRITIS_KNEE_SPRAIN = "A 61-year-old driver slipped from his cab at work. "
            + "Diagnoses: left hip osteoarthritis; right knee sprain. Films of the left hip show bone-on-bone "
            + "arthritis. The right knee is tender at the joint line. Home exercise and ibuprofen have failed. ";

    @Test
    void aHipReplacementIsNotSupportedByTheKneesArthritisAndStiffness() {
        Draft d = draft(KNEE_ARTHRITIS_HIP_TEAR, "Left total hip arthroplasty", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.trace().recommendations().get(0).id()).isEqualTo("odg.hip.total-hip-arthroplasty");
    }

    @Test
    void theKneesOwnArthritisStillSupportsTheKneeReplacementItsSentenceNames() {
        Draft d = draft(KNEE_ARTHRITIS_HIP_TEAR + "Diagnosis: right knee osteoarthritis, end-stage osteoarthritis.",
                "Right total knee arthroplasty", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "She twisted her right knee and also strained her low back; standing films show bone-on-bone medial narrowing "
            + "with osteophytes.",
        "Films of both knees and the lumbar spine were taken; they show bone-on-bone medial narrowing in the right knee."})
    void theKneesFilmsCountWhenItsClauseOrItsSentenceNamesTheKnee(String films) {
        Draft d = draft("A 66-year-old woman has failed a year of home exercise, physical therapy and naproxen. " + films
                + " Diagnosis: right knee osteoarthritis. She has pain at night.", "Right total knee arthroplasty", DATE,
                INJURY);
        assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aDiagnosisOfAnotherPartIsSaidToBeOfThatPart() {
        Draft d = draft("A 66-year-old woman has failed a year of home exercise and naproxen. Diagnosis: left hip "
                + "osteoarthritis.", "Right total knee arthroplasty", DATE, INJURY);
        assertThat(d.rationale()).as(Drafts.explain(d)).contains("the diagnoses include left hip osteoarthritis, of the "
                + "hip, not the part the request is for");
    }

    @Test
    void aKneeReplacementIsNotSupportedByTheHipsDiagnosisAndFilms() {
        Draft d = draft(HIP_ARTHRITIS_KNEE_SPRAIN, "Right total knee arthroplasty", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.trace().recommendations().get(0).id()).isEqualTo("odg.knee.total-knee-arthroplasty");
    }

    @Test
    void hyaluronicAcidIntoTheHipIsReferredAsNoRuleAddressesIt() {
        Draft d = draft(HIP_ARTHRITIS_KNEE_SPRAIN, "Hyaluronic acid injection left hip", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
        assertThat(d.trace().recommendations()).noneMatch(r -> r.id().equals("odg.knee.hyaluronic-acid"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kenalog 40 mg injection right shoulder                  | -
            Depo-Medrol 80 mg injection right shoulder x1           | 1
            Subacromial injection with Depo-Medrol 40 mg, 2 injections | 2
            """)
    void aSteroidsStrengthIsNeverTheNumberOfInjections(String request, Integer count) {
        OptionalInt read = INTERPRETER.interpret(request).quantity().count();
        assertThat(read).isEqualTo(count == null ? OptionalInt.empty() : OptionalInt.of(count));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Right lower extremity ultrasound for DVT
            Ultrasound venous right leg
            Ultrasound to rule out DVT
            """)
    void anUltrasoundForAClotIsTheVascularStudy(String request) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).contains(RequestKind.OTHER_DIAGNOSTIC_TEST);
        assertThat(r.modalities()).containsExactly("vascular_doppler");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Labs: vitamin D, B12                | OTHER_DIAGNOSTIC_TEST
            Blood work to check vitamin D       | OTHER_DIAGNOSTIC_TEST
            Vit D level                         | OTHER_DIAGNOSTIC_TEST
            Vitamin D 50,000 IU weekly #12      | OTHER_MEDICATION
            """)
    void aVitaminDLevelIsALaboratoryTestAndTheCapsulesTheDrug(String request, RequestKind kind) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(r.toString()).contains(kind);
        if (kind == RequestKind.OTHER_DIAGNOSTIC_TEST) {
            assertThat(r.modalities()).containsExactly("vitamin_d_level");
            assertThat(r.drug()).isEmpty();
        } else {
            assertThat(r.drug().flatMap(RequestedDrug::code)).contains("vitamin_d");
        }
    }

    /** A spinal fusion recommended by the surgeon; no heart or blood complaint. */
    private static final String FUSION_PLANNED = "A 59-year-old framer fell from scaffolding at work. He has chronic "
            + "low back pain into the left leg. Diagnoses: L4-5 spondylolisthesis with instability, lumbar "
            + "radiculopathy. Therapy, epidural injections and medications failed. The spine surgeon recommends an "
            + "L4-5 posterior lumbar interbody fusion. He denies chest pain. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pre-op EKG
            Pre-operative clearance with EKG and labs
            """)
    void aPreOperativeTestForAPlannedOperationIsDecidedByThePreOperativeRule(String request) {
        Draft d = draft(FUSION_PLANNED, request, DATE, INJURY);
        assertThat(d.trace().recommendations()).as(explain(d)).isNotEmpty();
        assertThat(d.trace().recommendations()).as(explain(d))
                .anyMatch(r -> r.id().equals("odg.preoperative-electrocardiogram"));
        // no disease or medication bearing on the risk of the operation: not shown to be needed
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo("Decision based on Non-MTUS Citation Official Disability Guidelines "
                + "(ODG), Low Back, Preoperative electrocardiogram (ECG).");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Morphine for intrathecal pump
            Refill of intrathecal pump with morphine
            Medication for the intrathecal pump
            """)
    void aDrugForAPumpIsNeitherTheImplantNorItsTrial(String request) {
        Draft d = draft("He has failed back surgery syndrome; an intrathecal morphine pump was implanted in 2014 and "
                + "gives 60% relief. ", request, DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
        assertThat(d.interpreted().modalities()).doesNotContain("idds_implant", "idds_trial");
    }
}
