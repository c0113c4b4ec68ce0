package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.guidelines.RequestKind;

/**
 * Requests read as another kind than they state, so that another kind's rule decided them (docs/engine-evaluation.md,
 * thirteenth round, "requests read as another kind"): a service named with the drug it is about read as the drug, an
 * operation named with a consult or a follow-up read as the operation, a stimulation within chiropractic visits read as
 * a device, equipment for a therapy read as its visits, a detoxification read as a functional restoration program, an
 * epidural blood patch read as a steroid injection; and two quantities misread. Each fix is in the request reading
 * (request-categories.yaml, the drug lexicon, the quantity reader); guards keep the neighbouring readings.
 *
 * <p>Request texts and records are synthetic, written for this test.
 */
class RequestsReadAsAnotherKindTest {

    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();
    private static final String DATE = "2016-09-14";

    /** Chronic low back pain on daily hydrocodone for a year, with the opioid criteria documented. */
    static final String OPIOID_RECORD = """
            Date of injury 05/14/2014. The injured worker is a 52-year-old delivery driver with chronic low back pain \
            after lifting a crate.
            Progress report 07/20/2016: low back pain 7/10 without medication and 4/10 with it. He takes Norco 10/325 \
            mg twice a day, which lets him walk 30 minutes and do light housework; no sedation or constipation. \
            Naproxen and physical therapy were tried first without relief. A signed opioid agreement is on file, the \
            CURES report is consistent, and the last urine drug screen in March 2016 was consistent with the \
            prescribed medication. No aberrant behavior. Goals: keep walking daily and return to modified work.""";

    /** Low back pain with leg pain, an MRI with a disc protrusion and months of failed care. */
    static final String LUMBAR_RECORD = """
            Date of injury 02/03/2015. The injured worker is a 45-year-old carpenter with low back pain radiating to \
            the left leg.
            MRI of the lumbar spine 11/10/2015: L4-5 disc protrusion with left foraminal narrowing and grade 1 \
            spondylolisthesis at L4-5.
            Progress report 08/02/2016: persistent low back and left leg pain despite 18 sessions of physical \
            therapy, an epidural steroid injection and medication. Examination: decreased sensation in the left L5 \
            dermatome, positive straight leg raise on the left. Plan: surgical opinion as requested.""";

    private static Optional<RequestKind> kindOf(String request) {
        return INTERPRETER.interpret(request).kind();
    }

    private static Optional<RequestKind> kind(String name) {
        return name.equals("none") ? Optional.empty() : Optional.of(RequestKind.valueOf(name));
    }

    // ------------------------------------------------------------------ a service about a drug is the service

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Urine drug test to monitor Norco                    | URINE_DRUG_TEST
            Urine drug screen for opioid compliance             | URINE_DRUG_TEST
            Lab work to monitor NSAID use                       | LAB_TEST
            Consult with pain management for opioid management  | CONSULTATION
            Psychotherapy for chronic pain and opioid use       | PSYCHOTHERAPY
            CBT for insomnia 6 sessions                         | PSYCHOTHERAPY
            Sleep study for insomnia                            | OTHER_DIAGNOSTIC_TEST
            Detox from Norco                                    | none
            Gabapentin level                                    | none""")
    void aServiceNamedBeforeTheDrugItIsAboutIsTheService(String request, String expected) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).isEqualTo(kind(expected));
        assertThat(r.drug()).as("no drug request: " + request).isEmpty();
        assertThat(r.category().category()).isNotEqualTo("Pharmaceuticals");
    }

    /** The urine drug test on an opioid record is judged by the testing rules, never by the opioid criteria. */
    @Test
    void aUrineDrugTestForAnOpioidIsNotJudgedByTheOpioidRules() {
        Draft d = Drafts.draft(OPIOID_RECORD, "Urine drug test to monitor Norco", DATE, null);
        assertThat(d.interpreted().kind()).contains(RequestKind.URINE_DRUG_TEST);
        assertThat(d.trace().recommendations()).as(Drafts.explain(d))
                .noneMatch(t -> t.id().startsWith("cpmtg-2009.opioids"))
                .anyMatch(t -> t.id().contains("urine-drug-testing"));
    }

    /** Guards: a drug named first stays the drug request, whatever service follows it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norco 10/325 #60, urine drug screen at each visit | OPIOID          | hydrocodone
            Naproxen 550 mg #60 with lab monitoring           | NSAID           | naproxen
            Suboxone 8 mg #30 for opioid detox                | OPIOID          | buprenorphine
            Ambien 10 mg #30 for insomnia                     | SLEEP_AID       | zolpidem
            Gabapentin 600 mg #90, check blood level          | ANTICONVULSANT  | gabapentin""")
    void aDrugNamedFirstStaysTheDrugRequest(String request, String expected, String drug) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).isEqualTo(kind(expected));
        assertThat(r.drug().flatMap(RequestedDrug::code)).contains(drug);
    }

    // ------------------------------------------------------------------ an operation named with a consult or follow-up

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lumbar fusion consult                  | SURGICAL_CONSULTATION
            TKA second opinion                     | SURGICAL_CONSULTATION
            Orthopedic follow-up after TKA         | OFFICE_VISIT
            Re-evaluation after lumbar fusion      | OFFICE_VISIT""")
    void anOperationNamedWithAConsultOrFollowUpIsNotTheOperation(String request, String expected) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).isEqualTo(kind(expected));
        assertThat(r.surgery()).isEmpty();
    }

    /** The fusion criteria do not decide a consult: the consult's rule does. */
    @Test
    void aFusionConsultIsNotJudgedByTheFusionRule() {
        Draft d = Drafts.draft(LUMBAR_RECORD, "Lumbar fusion consult", DATE, null);
        assertThat(d.trace().recommendations()).as(Drafts.explain(d))
                .noneMatch(t -> t.id().equals("acoem-2004-low-back.fusion"));
    }

    /** Guards: the operation itself, and one asked for on a consult's advice, are still the operation. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lumbar fusion L4-5                                              | lumbar_fusion
            Right TKA                                                       | total_knee_arthroplasty
            L4-5 fusion per neurosurgical consult                           | lumbar_fusion
            Right knee arthroscopy, partial meniscectomy, per ortho consult | knee_meniscectomy""")
    void theOperationItselfIsStillTheOperation(String request, String operation) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).contains(RequestKind.SURGERY);
        assertThat(r.surgery()).contains(operation);
    }

    // ------------------------------------------------------------------ injections, stimulation, equipment, programs

    @Test
    void anEpiduralBloodPatchIsNoSteroidInjection() {
        assertThat(kindOf("Epidural blood patch")).isEmpty();
        assertThat(kindOf("Lumbar epidural steroid injection L4-5")).contains(RequestKind.EPIDURAL_STEROID_INJECTION);
    }

    @Test
    void anInjectionConsultIsTheConsult() {
        assertThat(kindOf("Epidural steroid injection consult")).contains(RequestKind.CONSULTATION);
        assertThat(kindOf("Cervical epidural steroid injection C6-7")).contains(RequestKind.EPIDURAL_STEROID_INJECTION);
    }

    @Test
    void aStimulationWithinChiropracticVisitsIsTheVisits() {
        InterpretedRequest r = INTERPRETER.interpret("Chiropractic with EMS and massage 6 visits");
        assertThat(r.kind()).contains(RequestKind.MANIPULATION);
        assertThat(r.quantity().count()).hasValue(6);
        // guards: the device itself, rented or named with a unit, is still the device
        assertThat(kindOf("EMS unit rental")).contains(RequestKind.ELECTRICAL_STIMULATION);
        assertThat(kindOf("Chiropractic 6 visits with EMS unit rental")).contains(RequestKind.ELECTRICAL_STIMULATION);
        assertThat(kindOf("TENS unit with PT")).contains(RequestKind.ELECTRICAL_STIMULATION);
    }

    @Test
    void equipmentForATherapyIsEquipment() {
        assertThat(kindOf("Massage chair purchase")).contains(RequestKind.DURABLE_MEDICAL_EQUIPMENT);
        assertThat(kindOf("Home exercise program kit")).contains(RequestKind.DURABLE_MEDICAL_EQUIPMENT);
        // guards: the therapies' visits
        assertThat(kindOf("Massage therapy x 8")).contains(RequestKind.MASSAGE);
        assertThat(kindOf("Home exercise program instruction 6 visits")).contains(RequestKind.PHYSICAL_THERAPY);
    }

    @Test
    void aDetoxificationIsNoFunctionalRestorationProgram() {
        assertThat(kindOf("Inpatient detox program")).isEmpty();
        assertThat(kindOf("Functional restoration program 160 hours"))
                .contains(RequestKind.FUNCTIONAL_RESTORATION_PROGRAM);
    }

    // ------------------------------------------------------------------ quantities

    /** "6 hrs x 5 days/wk" is 30 hours a week, not 6 hours over the 4 weeks (2 a week). */
    @Test
    void hoursTimesDaysAWeekAreHoursADay() {
        assertThat(INTERPRETER.interpret("Home health 6 hrs x 5 days/wk x 4 wks").quantity().hoursAWeek())
                .hasValue(30);
        // guards
        assertThat(INTERPRETER.interpret("Home health aide 4 hrs/day x 6 weeks").quantity().hoursAWeek())
                .hasValue(28);
        assertThat(INTERPRETER.interpret("Home health 20 hours a week").quantity().hoursAWeek()).hasValue(20);
    }

    /** "Tylenol w/ codeine #3 #60" is sixty tablets of codeine 30 mg, not three tablets of unknown strength. */
    @Test
    void tylenolWithCodeineNumberThreeIsTheProductNotTheCount() {
        RequestedDrug drug = INTERPRETER.interpret("Tylenol w/ codeine #3 #60").drug().orElseThrow();
        assertThat(drug.code()).contains("codeine");
        assertThat(drug.count()).hasValue(60);
        assertThat(drug.strength()).contains("30 mg");
        assertThat(INTERPRETER.interpret("Tylenol with codeine #4, #90").drug().orElseThrow().count()).hasValue(90);
    }
}
