package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertSafe;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Near misses of the equipment (DMEPOS) criteria that were drafted OVERTURNED though the record does not meet the
 * guideline: a drug the record says works counted as failed medication (CPMTG TENS), a surgeon who advised therapy
 * counted as surgery considered (ODG cold therapy), a diagnosis of the other knee counted as instability of the knee
 * braced (ACOEM 2004 ch. 13). Each must now be UPHELD or REFER; beside each, the reading the fix must keep (a drug
 * without adequate relief still failed, a surgeon who recommends an operation still considers one, a diagnosis of the
 * same side or of no stated side still counts). Synthetic records, written for OpenIMR (fifteenth round,
 * docs/engine-evaluation.md, s13-cdme2).
 */
class EquipmentNearMissesTest {

    static final String UR = "UR non-certified the request on ";

    // ------------------------------------------------------------------------- TENS trial: medication that works

    /** A TENS trial record with chronic pain and a HEP; {@code %s} states the care tried (also EquipmentReadingsLeftTest). */
    static final String TENS_TRIAL = "This 47 y/o male mechanic injured his low back lifting a transmission. "
            + "He has had low back pain for 2 years. %s He continues a HEP. On 09/06/2016 the physician requested a 30 "
            + "day home TENS unit trial. " + UR + "09/13/2016; the reviewer found no evidence of failed conservative "
            + "care.";
    static final String TENS_REQUEST = "TENS unit 30 day home trial rental";

    static Stream<Arguments> medicationThatWorks() {
        return Stream.of(
                Arguments.of("PT x 12 and naproxen give good relief."),
                Arguments.of("He completed PT x 12, which helped, and tramadol controls his pain."),
                Arguments.of("He completed PT x 12 with benefit; ibuprofen is effective for flares."),
                Arguments.of("Physical therapy helped and naproxen works well."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("medicationThatWorks")
    void aMedicationTheRecordSaysWorksIsNoFailedMedication(String care) {
        assertSafe(TENS_TRIAL.formatted(care), TENS_REQUEST, "2016-09-13");
    }

    static Stream<Arguments> medicationThatFailed() {
        return Stream.of(
                Arguments.of("He completed PT x 12 and takes naproxen without adequate relief."),
                Arguments.of("Naproxen gave inadequate relief."),
                Arguments.of("He says gabapentin gave little relief."),
                // a drug not tolerated failed, whatever relief another drug of its sentence gives
                Arguments.of("He could not tolerate nortriptyline, and gabapentin gives good relief."),
                // one drug works, another did not: the failed one still counts
                Arguments.of("Naproxen gives good relief of his knee pain; gabapentin did not help his back."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("medicationThatFailed")
    void aMedicationWithoutAdequateReliefStillFailed(String care) {
        Draft d = draft(TENS_TRIAL.formatted(care), TENS_REQUEST, "2016-09-13", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------------- cold therapy: a surgeon's advice

    private static String coldTherapy(String surgery) {
        return "This 46 y/o male warehouse worker has a R knee medial meniscus tear after a twisting injury on 05/2016. "
                + surgery + " The surgeon requested a cold therapy unit for 7 days post-op. " + UR + "10/25/2016.";
    }

    private static final String COLD_REQUEST = "Cold therapy unit, 7 day rental";

    static Stream<Arguments> surgeonAdvisingOtherCare() {
        return Stream.of(
                Arguments.of("He is not a surgical candidate; the orthopedic surgeon recommended PT."),
                Arguments.of("On 10/10/2016 the orthopedic surgeon recommended physical therapy and a home exercise "
                        + "program."),
                Arguments.of("He saw a spine surgeon who advised conservative care."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surgeonAdvisingOtherCare")
    void aSurgeonWhoAdvisesOtherCareConsidersNoOperation(String surgery) {
        assertSafe(coldTherapy(surgery), COLD_REQUEST, "2016-10-25");
        // the draft is safe on its own, since no operation goes ahead (s13-surg); the cold therapy rule itself must
        // also find no operation considered
        assertThat(coldTherapyRule(draft(coldTherapy(surgery), COLD_REQUEST, "2016-10-25", null)))
                .isNotEqualTo(RecommendationTrace.Conclusion.SUPPORTED);
    }

    /** What the cold therapy rule concludes, whatever the draft's outcome. */
    private static RecommendationTrace.Conclusion coldTherapyRule(Draft d) {
        return d.trace().recommendations().stream().filter(r -> r.id().equals("odg.cryotherapy.postoperative"))
                .map(RecommendationTrace::conclusion).findFirst().orElseThrow(() -> new AssertionError(explain(d)));
    }

    static Stream<Arguments> surgeonAdvisingAnOperation() {
        return Stream.of(
                Arguments.of("On 10/10/2016 the orthopedic surgeon recommended R knee arthroscopy."),
                Arguments.of("The orthopedic surgeon recommended PT; on 10/10/2016 he recommended R knee arthroscopy "
                        + "and the patient wishes to proceed with surgery."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surgeonAdvisingAnOperation")
    void aSurgeonWhoRecommendsAnOperationStillConsidersOne(String surgery) {
        Draft d = draft(coldTherapy(surgery), COLD_REQUEST, "2016-10-25", null);
        // the rule finds the operation considered; an operation only recommended is not yet going ahead, so the
        // service for it goes to the physician reviewer (s13-surg)
        assertThat(coldTherapyRule(d)).as(explain(d)).isEqualTo(RecommendationTrace.Conclusion.SUPPORTED);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
    }

    // ------------------------------------------------------------------------- knee brace: the side of the diagnosis

    private static String kneeBrace(String instability) {
        return "This 31 y/o male roofer twisted his L knee on 02/03/2016. " + instability + " He must climb ladders at "
                + "work. The physician requested a hinged knee brace for the L knee. " + UR + "03/22/2016.";
    }

    static Stream<Arguments> instabilityOfTheOtherKnee() {
        return Stream.of(
                Arguments.of("MRI R knee 03/01/2016 showed a complete ACL tear.", "Hinged knee brace, left"),
                Arguments.of("MRI R knee 03/01/2016 showed a complete ACL tear.", "Left hinged knee brace"),
                Arguments.of("MRI of the right knee on 03/01/2016 revealed a torn anterior cruciate ligament.",
                        "Left knee hinged brace"),
                Arguments.of("On 03/14/2016 dx: R knee instability with giving way.", "Hinged knee brace, left"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("instabilityOfTheOtherKnee")
    void aDiagnosisOfTheOtherKneeIsNoInstabilityOfTheKneeBraced(String instability, String request) {
        assertSafe(kneeBrace(instability), request, "2016-03-22");
    }

    static Stream<Arguments> instabilityOfThisKneeOrOfNoSide() {
        return Stream.of(
                Arguments.of("MRI L knee 03/01/2016 showed a complete ACL tear.", "Hinged knee brace, left"),
                Arguments.of("MRI 03/01/2016 showed a complete ACL tear.", "Hinged knee brace, left"),
                Arguments.of("MRI of both knees on 03/01/2016 showed a complete ACL tear.", "Left hinged knee brace"),
                Arguments.of("MRI R knee 03/01/2016 showed a complete ACL tear.", "Hinged knee brace"),
                Arguments.of("On 03/14/2016 dx: L knee instability with giving way.", "Hinged knee brace, left"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("instabilityOfThisKneeOrOfNoSide")
    void aDiagnosisOfTheSameSideOrOfNoSideStillCounts(String instability, String request) {
        Draft d = draft(kneeBrace(instability), request, "2016-03-22", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase("Knee");
    }
}
