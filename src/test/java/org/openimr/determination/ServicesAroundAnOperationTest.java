package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.guidelines.RequestKind;

/**
 * Services around an operation that had no rule (s14-periop): an assistant surgeon, the hospital stay, a pre-operative
 * medical clearance, a bone growth stimulator after a fusion. Each is drafted by its own rule (ODG, or ACOEM's
 * referral rule for a clearance) and OVERTURNED only when the record shows the operation going ahead; a record that
 * shows it non-certified or only requested gives REFER, and a near miss (no risk factor, a stay longer than the
 * guideline's figure, an operation with no figure) stays UPHELD or REFER. Synthetic records, written for OpenIMR.
 */
class ServicesAroundAnOperationTest {

    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();

    private static final String KNEE = "63 y/o F school cook, DOI 04/11/2015, L knee pain with end-stage medial "
            + "compartment osteoarthritis on standing films. She has hypertension on amlodipine and type 2 diabetes on "
            + "metformin. Failed PT x 12, NSAIDs and two CSI. ";
    private static final String KNEE_CERTIFIED = KNEE + "The L total knee arthroplasty was certified by UR on "
            + "05/02/2016 and is scheduled for 06/01/2016. UR non-certified the peri-operative items on 05/16/2016.";
    private static final String KNEE_NON_CERTIFIED = KNEE + "The L total knee arthroplasty was non-certified by UR on "
            + "05/02/2016. UR also non-certified the peri-operative items on 05/16/2016.";
    private static final String KNEE_ONLY_REQUESTED = KNEE + "05/09/2016: she wishes to proceed. Request: L TKA, "
            + "assistant surgeon, inpatient stay x 3 days, pre-op clearance. UR non-certified the requests on "
            + "05/16/2016.";

    private static final String FUSION = "47 y/o M carpenter, DOI 02/03/2014, low back pain radiating to the L leg. "
            + "MRI shows grade II spondylolisthesis at L4-5 with severe stenosis. Failed PT, ESI x 2 and medications. ";
    private static final String FUSION_CERTIFIED_SMOKER = FUSION + "He smokes half a pack a day. The L4-5 TLIF was "
            + "authorized by UR on 04/04/2016 and is scheduled for 05/02/2016. UR non-certified the associated "
            + "requests on 04/18/2016.";
    private static final String FUSION_CERTIFIED_NO_RISK = FUSION + "He is a non-smoker with no diabetes, no kidney "
            + "disease and no osteoporosis. The single-level L4-5 TLIF was authorized by UR on 04/04/2016 and is "
            + "scheduled for 05/02/2016. UR non-certified the associated requests on 04/18/2016.";
    private static final String FUSION_NON_CERTIFIED_SMOKER = FUSION + "He smokes half a pack a day. The L4-5 TLIF was "
            + "non-certified by UR on 04/04/2016. UR also non-certified the associated requests on 04/18/2016.";

    // ------------------------------------------------------------------------------------------- request reading

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Assistant surgeon|assistant_surgeon",
            "Assist surgeon for L TKA|assistant_surgeon",
            "Surgical assistant for the lumbar fusion|assistant_surgeon",
            "Inpatient stay x 2 days|hospital_stay",
            "2 day inpatient stay|hospital_stay",
            "Inpatient hospital stay x 3 days|hospital_stay",
            "Medical clearance with internist|preoperative_clearance",
            "Pre-op H&P|preoperative_clearance",
            "Pre-operative history and physical|preoperative_clearance",
            "Internal medicine consult for pre-op clearance|preoperative_clearance"})
    void servicesOfAnOperationAreReadAsTheirKind(String request, String modality) {
        // before: no kind (REFER, "names no treatment"), and "Assist surgeon for L TKA" was read as the knee
        // replacement itself, "Pre-operative history and physical" as an operation
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).contains(RequestKind.ADJUNCT_SURGICAL_SERVICE);
        assertThat(r.modalities()).as(request).containsExactly(modality);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bone stimulator", "Bone growth stimulator",
            "External bone growth stimulator"})
    void aBoneStimulatorIsReadAsOne(String request) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).contains(RequestKind.ELECTRICAL_STIMULATION);
        assertThat(r.modalities()).as(request).containsExactly("bone_growth_stimulator");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"IPC device", "Intermittent pneumatic compression device", "TED hose",
            "Compression stockings", "SCD"})
    void aCompressionDeviceAgainstThrombosisIsReadAsOne(String request) {
        // before: "IPC device" and "TED hose" had no kind (REFER); the others fell to the general equipment rule
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).contains(RequestKind.DURABLE_MEDICAL_EQUIPMENT);
        assertThat(r.modalities()).as(request).containsExactly("venous_compression");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vascutherm cold compression unit 14 day rental|DURABLE_MEDICAL_EQUIPMENT",
            "L total knee arthroplasty|SURGERY",
            "Pre-op labs: CBC, BMP|LAB_TEST",
            "Post-op physical therapy x 12|PHYSICAL_THERAPY",
            "Orthopedic surgeon consultation|SURGICAL_CONSULTATION",
            "Internal medicine consultation|CONSULTATION",
            "TENS unit|ELECTRICAL_STIMULATION",
            "Inpatient rehabilitation x 10 days|INPATIENT_REHABILITATION"})
    void theNewReadingsStealNoOtherKind(String request, RequestKind kind) {
        InterpretedRequest r = INTERPRETER.interpret(request);
        assertThat(r.kind()).as(request).contains(kind);
        assertThat(r.modalities()).as(request).doesNotContain("assistant_surgeon", "hospital_stay",
                "preoperative_clearance", "bone_growth_stimulator", "venous_compression");
    }

    // ------------------------------------------------------------------------------------- the operation goes ahead

    @Test
    void anAssistantSurgeonForACertifiedKneeReplacementIsOverturned() {
        overturnedBy("odg.surgical-assistant", KNEE_CERTIFIED, "2016-05-16", "Assistant surgeon",
                "Assist surgeon for L TKA");
    }

    @Test
    void aHospitalStayWithinTheGuidelinesFigureIsOverturned() {
        overturnedBy("odg.hospital-length-of-stay.total-knee-arthroplasty", KNEE_CERTIFIED, "2016-05-16",
                "Inpatient stay x 2 days", "2 day inpatient stay", "Inpatient hospital stay x 3 days");
        assertOutcome(FUSION_CERTIFIED_SMOKER, "Inpatient stay x 3 days", "2016-04-18", DraftOutcome.OVERTURNED);
    }

    @Test
    void aClearanceForAPatientWithComorbiditiesBeforeACertifiedOperationIsOverturned() {
        for (String request : new String[] {"Medical clearance with internist", "Pre-op H&P",
                "Internal medicine consult for pre-op clearance"}) {
            assertOutcome(KNEE_CERTIFIED, request, "2016-05-16", DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void aBoneStimulatorForACertifiedFusionInASmokerIsOverturned() {
        overturnedBy("odg.bone-growth-stimulator", FUSION_CERTIFIED_SMOKER, "2016-04-18", "Bone growth stimulator");
    }

    @Test
    void compressionAgainstThrombosisAroundACertifiedKneeReplacementIsOverturned() {
        overturnedBy("odg.venous-thrombosis.after-arthroplasty", KNEE_CERTIFIED, "2016-05-16", "IPC device",
                "TED hose", "Compression stockings");
    }

    @Test
    void compressionAroundAShoulderArthroscopyFollowsTheRiskFactors() {
        String shoulder = "51 y/o M, DOI 06/02/2015, R shoulder impingement after PT x 16 and a CSI. The R shoulder "
                + "arthroscopy with SAD was certified by UR on 03/02/2016 and is scheduled for 03/28/2016. UR "
                + "non-certified the peri-operative items on 03/09/2016.";
        assertOutcome(shoulder, "IPC device", "2016-03-09", DraftOutcome.UPHELD);
        assertOutcome(shoulder.replace("after PT x 16", "and a history of DVT in 2013, after PT x 16"),
                "IPC device", "2016-03-09", DraftOutcome.OVERTURNED);
    }

    /** Each request is OVERTURNED on the record, by the rule named (SUPPORTED in the trace). */
    private static void overturnedBy(String rule, String record, String requestDate, String... requests) {
        for (String request : requests) {
            Draft d = assertOutcome(record, request, requestDate, DraftOutcome.OVERTURNED);
            assertThat(d.trace().recommendations()).as(request + "\n" + explain(d)).anyMatch(r -> r.id().equals(rule)
                    && r.conclusion() == RecommendationTrace.Conclusion.SUPPORTED);
        }
    }

    // ------------------------------------------------------------------------------------------- guards

    @Test
    void servicesOfANonCertifiedOrOnlyRequestedOperationAreNeverOverturned() {
        for (String record : new String[] {KNEE_NON_CERTIFIED, KNEE_ONLY_REQUESTED}) {
            for (String request : new String[] {"Assistant surgeon", "Inpatient stay x 2 days",
                    "Medical clearance with internist", "Pre-op H&P", "IPC device", "TED hose"}) {
                assertSafe(record, request, "2016-05-16");
            }
        }
        assertOutcome(FUSION_NON_CERTIFIED_SMOKER, "Bone growth stimulator", "2016-04-18", DraftOutcome.REFER);
    }

    @Test
    void aStayLongerThanTheGuidelinesFigureIsUpheld() {
        assertOutcome(KNEE_CERTIFIED, "Inpatient stay x 5 days", "2016-05-16", DraftOutcome.UPHELD);
        assertOutcome(FUSION_CERTIFIED_NO_RISK, "Inpatient stay x 6 days", "2016-04-18", DraftOutcome.UPHELD);
    }

    @Test
    void aBoneStimulatorWithoutARiskFactorForNonunionIsUpheld() {
        assertOutcome(FUSION_CERTIFIED_NO_RISK, "Bone growth stimulator", "2016-04-18", DraftOutcome.UPHELD);
    }

    @Test
    void aClearanceForAHealthyPatientIsNotOverturned() {
        String healthy = "34 y/o M warehouse worker, DOI 06/02/2015, R shoulder impingement after PT x 12 and a CSI. "
                + "No past medical history and no medications. The R shoulder arthroscopy with SAD was certified by UR "
                + "on 03/02/2016 and is scheduled for 03/28/2016. UR non-certified the pre-op items on 03/09/2016.";
        assertSafe(healthy, "Pre-op medical clearance", "2016-03-09");
    }

    @Test
    void anOperationTheDataGivesNoFigureForLeavesTheServiceReferred() {
        // a shoulder arthroscopy: no hospital stay figure, no assistant-surgeon entry
        String shoulder = "51 y/o M, DOI 06/02/2015, R shoulder impingement after PT x 16 and a CSI. The R shoulder "
                + "arthroscopy with SAD and DCE was certified by UR on 03/02/2016 and is scheduled for 03/28/2016. UR "
                + "non-certified the peri-operative items on 03/09/2016.";
        for (String request : new String[] {"Assistant surgeon", "Inpatient stay x 1 day"}) {
            assertOutcome(shoulder, request, "2016-03-09", DraftOutcome.REFER);
        }
        // an assistant for a knee arthroscopy is not recommended
        String scope = "44 y/o M, DOI 01/05/2016, R medial meniscus tear on MRI with locking, after PT. The R knee "
                + "arthroscopy with partial medial meniscectomy was certified by UR on 03/02/2016 and is scheduled for "
                + "03/28/2016.";
        assertOutcome(scope, "Assistant surgeon", "2016-03-09", DraftOutcome.UPHELD);
    }

    @Test
    void aServiceWithNoOperationInTheRecordIsReferred() {
        String noOperation = "51 y/o M, DOI 06/02/2015, chronic low back pain, no radicular signs. He continues a home "
                + "exercise program and naproxen.";
        for (String request : new String[] {"Assistant surgeon", "Inpatient stay x 2 days", "Bone growth stimulator"}) {
            assertOutcome(noOperation, request, "2016-03-09", DraftOutcome.REFER);
        }
    }
}
