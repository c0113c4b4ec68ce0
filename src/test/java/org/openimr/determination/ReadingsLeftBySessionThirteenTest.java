package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOverturned;
import static org.openimr.determination.Drafts.assertSafe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readings the fifteenth round (session 13) left (docs/engine-evaluation.md, s14-left): two unsafe ones (PT of another
 * part beside massage asked for no part; PT refused in the next sentence) and three on the safe side (a TENS result
 * credited to "it" or "the unit" before it; "dx: metatarsalgia, L foot"; a drug stopped for a side effect at a stated
 * time), and the past-order window moved to data. Beside each, the guard the change must keep. Synthetic records,
 * written for OpenIMR.
 */
class ReadingsLeftBySessionThirteenTest {

    // ------------------------------------------------------------------ 1. a request naming no part: the injured part

    /** A low back injury; the sentence about PT in %s. */
    private static final String BACK = "This 41 y/o F packer injured her low back at work on 03/12/2015 while lifting "
            + "a crate. She reports ongoing low back pain at 6/10 with stiffness. On 02/02/2016 the lumbar paraspinals "
            + "were tender with spasm. %s The PTP requested massage therapy. UR non-certified it on 02/10/2016.";
    private static final String MASSAGE = "Massage therapy x 4";

    @Test
    void physicalTherapyOfAnotherPartIsNoActiveTherapyBesideMassageAskedForNoPart() {
        assertSafe(BACK.formatted("She is in PT 2x/wk for the right knee."), MASSAGE, "2016-02-10", "2015-03-12");
        assertSafe(BACK.formatted("She attends PT for her left shoulder twice a week."), MASSAGE, "2016-02-10",
                "2015-03-12");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"She is in PT 2x/wk for her low back.", "She attends PT twice a week.",
            "She is in PT 2x/wk for the lumbar spine."})
    void physicalTherapyOfTheInjuredPartOrOfNoPartStillCounts(String pt) {
        assertOverturned(BACK.formatted(pt), MASSAGE, "2016-02-10", "2015-03-12");
    }

    @Test
    void aPartInjuredTooIsOneTheMassageMayBeFor() {
        // the record says both parts were injured: which one the massage is for is not stated, so PT of either counts
        String both = "This 41 y/o F packer injured her low back and right knee at work on 03/12/2015 while lifting a "
                + "crate. She reports ongoing low back pain at 6/10 with stiffness. On 02/02/2016 the lumbar "
                + "paraspinals were tender with spasm. She is in PT 2x/wk for the right knee. The PTP requested "
                + "massage therapy. UR non-certified it on 02/10/2016.";
        assertOverturned(both, MASSAGE, "2016-02-10", "2015-03-12");
    }

    // ------------------------------------------------------------------ 2. care refused in the next sentence

    private static final String MASSAGE_BACK = "Massage therapy x 4 low back";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ongoing PT was recommended. She declined it.", "Ongoing PT was recommended. She refused "
            + "this.", "Ongoing PT was recommended. The patient declined therapy."})
    void physicalTherapyRefusedInTheNextSentenceIsNoneUnderWay(String pt) {
        assertSafe(BACK.formatted(pt), MASSAGE_BACK, "2016-02-10", "2015-03-12");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // an agreement is no refusal
            "Ongoing PT was recommended. She agreed to it.",
            // the refusal is of the care its own sentence names
            "Ongoing PT was recommended. A TENS unit was offered and she declined it.",
            // the "it" may be the later care its sentence named
            "Ongoing PT and a TENS unit were recommended. She declined it."})
    void aRefusalOfOtherCareLeavesThePhysicalTherapy(String pt) {
        assertOverturned(BACK.formatted(pt), MASSAGE_BACK, "2016-02-10", "2015-03-12");
    }

    // ------------------------------------------------------------------ 3. a TENS result credited to "it"

    /** A chronic low back pain, failed care; the trial's sentence in %s. */
    private static final String TENS = "A 49 y/o female assembler has had chronic low back pain since she injured it "
            + "lifting a bin on 06/10/2014. PT x 12 and NSAIDs failed and she keeps up a HEP. %s UR non-certified the "
            + "request on 09/20/2016.";
    private static final String PURCHASE = "TENS unit purchase";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "She used a TENS unit 2x/day for 30 days; with it her pain went from 7/10 to 4/10 and she can now walk 30 "
                    + "minutes.",
            "She used a TENS unit 2x/day for 30 days; with the unit her pain went from 7/10 to 4/10 and she can now "
                    + "walk 30 minutes."})
    void aResultCreditedToTheUnitBeforeItIsTheTrials(String trial) {
        assertOverturned(TENS.formatted(trial), PURCHASE, "2016-09-20", "2014-06-10");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the result is another treatment's
            "She used a TENS unit 2x/day for 30 days; with gabapentin her pain went from 7/10 to 4/10 and she can now "
                    + "walk 30 minutes.",
            "She used a TENS unit 2x/day for 30 days; after an ESI on 08/20/2016 her pain went from 7/10 to 4/10 and "
                    + "she can now walk 30 minutes.",
            // nothing credits the unit
            "She used a TENS unit 2x/day for 30 days; her pain went from 7/10 to 4/10 and she can now walk 30 "
                    + "minutes."})
    void aResultNotCreditedToTheUnitIsNoSuccessfulTrial(String trial) {
        assertSafe(TENS.formatted(trial), PURCHASE, "2016-09-20", "2014-06-10");
    }

    // ------------------------------------------------------------------ 4. the side after a comma of a dx list

    /** Foot pain of a cashier; the diagnosis in %s. */
    private static final String FOOT = "This 46 y/o female cashier stands through 8-hour shifts and has had pain under "
            + "the forefoot since 02/2016. %s The podiatrist requested custom orthotics. UR non-certified the request "
            + "on 06/21/2016.";

    @Test
    void aDiagnosisListWithTheSideAfterACommaIsOfThatSide() {
        assertOverturned(FOOT.formatted("On 06/13/2016 dx: metatarsalgia, L foot."), "Custom orthotics, left foot",
                "2016-06-21", null);
        assertOverturned(FOOT.formatted("Dx: metatarsalgia, L foot; lumbar strain."), "Custom orthotics, left foot",
                "2016-06-21", null);
    }

    @Test
    void theOtherSideIsStillNotTheSideRequested() {
        assertSafe(FOOT.formatted("On 06/13/2016 dx: metatarsalgia, L foot."), "Custom orthotics, right foot",
                "2016-06-21");
        assertSafe(FOOT.formatted("On 06/13/2016 dx: metatarsalgia, R foot."), "Custom orthotics, left foot",
                "2016-06-21");
    }

    // ------------------------------------------------------------------ 5. a side effect at a stated time

    /** A chronic low back strain, no PT or exercise; the medication sentence in %s. */
    private static final String ACU = "A delivery driver, 57, hurt his low back unloading a truck on 5/4/2015 and is "
            + "treated for a chronic lumbar strain; neither acupuncture nor PT has been given. %s On 9/8/16 the lumbar "
            + "paraspinals were tender and flexion was 50 deg; neuro intact. The PTP requested acupuncture x 6 for the "
            + "lumbar spine. UR 9/20/16 non-certified the request.";
    private static final String ACUPUNCTURE = "Acupuncture 6 sessions lumbar spine";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"He stopped naproxen in 2015 due to gastritis.",
            "Naproxen was stopped in March 2016 due to GI upset.", "He stopped ibuprofen on 3/2/16 due to gastritis."})
    void aDrugStoppedForASideEffectAtAStatedTimeIsNotTolerated(String medication) {
        assertOverturned(ACU.formatted(medication), ACUPUNCTURE, "2016-09-20", null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // a relative's drug
            "He takes naproxen with good relief. His brother stopped NSAIDs in 2015 due to gastritis.",
            // the reason the drug is taken, not why it stopped
            "He takes naproxen in the morning due to stiffness and it works well.",
            // a drug that works, taken since a time
            "He has taken naproxen since 2015 without side effects."})
    void aRelativesDrugOrADrugThatWorksIsStillNoIntolerance(String medication) {
        assertSafe(ACU.formatted(medication), ACUPUNCTURE, "2016-09-20");
    }

    // ------------------------------------------------------------------ 6. the past-order window is data

    @Test
    void thePastOrderWindowIsAReadingValueInTheCaseFilesData() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("casefile/reaches.tsv")) {
            assertThat(in).as("casefile/reaches.tsv").isNotNull();
            List<String> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(rows).contains("past-order\t31");
        }
    }
}
