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
 * Equipment (DMEPOS) readings the fifteenth round left as missed overturns: a drug that helped at first and no longer
 * does (CPMTG TENS, medication tried and failed: the latest state decides), a TENS trial and its results stated in a
 * treatment list (CPMTG TENS purchase), CPM after a knee replacement where the record names the leg, not the knee, now
 * (ODG Knee CPM). Each must be drafted OVERTURNED under its section; beside each, near misses that must stay UPHELD or
 * REFER. Synthetic records, written for OpenIMR (fifteenth round, docs/engine-evaluation.md, s13-dme3).
 */
class EquipmentReadingsLeftTest {

    private static final String UR = EquipmentNearMissesTest.UR;

    // ------------------------------------------------------------------------- TENS trial: the drug's latest state

    private static final String TENS_TRIAL = EquipmentNearMissesTest.TENS_TRIAL;
    private static final String TENS_REQUEST = EquipmentNearMissesTest.TENS_REQUEST;

    static Stream<Arguments> aDrugThatStoppedHelping() {
        return Stream.of(
                Arguments.of("Naproxen helped at first but no longer helps."),
                Arguments.of("Naproxen was initially helpful, now ineffective."),
                Arguments.of("Tramadol helped for a while, then stopped working."),
                Arguments.of("Ibuprofen gave good relief in 2015, but the relief wore off."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aDrugThatStoppedHelping")
    void aDrugThatNoLongerHelpsIsAFailedMedication(String care) {
        Draft d = draft(TENS_TRIAL.formatted(care), TENS_REQUEST, "2016-09-13", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase("TENS");
    }

    static Stream<Arguments> aDrugThatWorksNow() {
        return Stream.of(
                Arguments.of("Naproxen was not helpful at first, now controls the pain."),
                Arguments.of("Tramadol did not help at first but is now effective."),
                // a loss stated of one drug is not the other's
                Arguments.of("Naproxen controls his pain; the patch no longer helps."),
                Arguments.of("Naproxen helped at first and still gives good relief."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aDrugThatWorksNow")
    void aDrugThatWorksNowIsNoFailedMedication(String care) {
        assertSafe(TENS_TRIAL.formatted(care), TENS_REQUEST, "2016-09-13");
    }

    // ------------------------------------------------------------------------- TENS purchase: a trial in a list

    private static final String TENS_PURCHASE = PhrasingsOfTheEquipmentCriteriaTest.TENS_PURCHASE;
    private static final String PURCHASE_REQUEST = "Purchase of TENS unit";

    static Stream<Arguments> aTrialAndItsResultsInAList() {
        return Stream.of(
                Arguments.of("Tx to date: PT x12, chiro x6, TENS trial x 1 month with 50% less pain and improved ADLs."),
                Arguments.of("Treatment to date: PT, meds, home TENS unit trial for 30 days with pain 7/10 to 4/10 and "
                        + "improved ADLs."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aTrialAndItsResultsInAList")
    void aTrialStatedInATreatmentListWithItsResultsIsASuccessfulTrial(String trial) {
        Draft d = draft(TENS_PURCHASE.formatted(trial), PURCHASE_REQUEST, "2016-08-16", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase("TENS");
    }

    static Stream<Arguments> aListWithoutTheTrialsGain() {
        return Stream.of(
                // the gain belongs to another device of the list
                Arguments.of("Tx to date: PT x12, TENS trial x 1 month, IF unit trial x 1 month with 50% less pain and "
                        + "improved ADLs."),
                // a trial with less pain and no gain of function
                Arguments.of("Tx to date: PT x12, chiro x6, TENS trial x 1 month with 50% less pain."),
                // the gain is another care's, after the trial's item
                Arguments.of("Tx to date: TENS trial x 1 month with no change, chiro x6 with less pain and improved "
                        + "ADLs."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aListWithoutTheTrialsGain")
    void aListThatCreditsNoGainToTheTrialStaysSafe(String trial) {
        assertSafe(TENS_PURCHASE.formatted(trial), PURCHASE_REQUEST, "2016-08-16");
    }

    // ------------------------------------------------------------------------- CPM: the leg of the knee replaced

    private static String cpm(String operation, String since) {
        return "This 66 y/o female underwent " + operation + " on 10/03/2016. " + since + " The surgeon requested home "
                + "CPM for 14 days. " + UR + "10/11/2016.";
    }

    private static final String CPM_REQUEST = "Home CPM machine x 14 days";

    @ParameterizedTest(name = "{0}")
    @MethodSource("theLegOfTheKneeReplaced")
    void cpmAfterAKneeReplacementAppliesWhenTheRecordNamesTheLeg(String since) {
        Draft d = draft(cpm("R total knee arthroplasty", since), CPM_REQUEST, "2016-10-11", null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase("passive motion");
    }

    static Stream<Arguments> theLegOfTheKneeReplaced() {
        return Stream.of(
                Arguments.of("On 10/07/2016 she was non-weight bearing on the R leg after a wound problem and could not "
                        + "do her exercises."),
                Arguments.of("On 10/07/2016 she remained non-weight bearing on the right leg after a wound problem."));
    }

    static Stream<Arguments> theLegOfAnotherOperation() {
        return Stream.of(
                // a hip replacement: the knee rule does not apply to the leg
                Arguments.of("R total hip arthroplasty", "On 10/07/2016 she was non-weight bearing on the R leg after "
                        + "a wound problem and could not do her exercises."),
                // the knee replaced, the leg doing well
                Arguments.of("R total knee arthroplasty", "On 10/07/2016 she walked on the R leg without pain and did "
                        + "her exercises well."));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("theLegOfAnotherOperation")
    void cpmWithoutAKneeAtRiskStaysSafe(String operation, String since) {
        assertSafe(cpm(operation, since), CPM_REQUEST, "2016-10-11");
    }
}
