package org.openimr.determination;

import static org.openimr.determination.Drafts.assertOverturned;
import static org.openimr.determination.Drafts.assertSafe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a read-only review of s14-left found (docs/engine-evaluation.md, s14-fixa): four false overturns and two false
 * upholds the readings it loosened (or older ones it exposed) gave, each beside the guard the fix must keep. Synthetic
 * records, written for OpenIMR.
 */
class ReviewOfTheReadingsLeftTest {

    // ------------------------------------------------------------------ 1. a TENS result credited to "it"

    /** A chronic low back pain, failed care; the trial's sentence in %s. */
    private static final String TENS = "A 52 y/o male machinist has had chronic low back pain since he strained it "
            + "moving a press on 03/15/2014. PT x 10 and NSAIDs failed and he does a HEP daily. %s UR non-certified "
            + "the request on 09/20/2016.";
    private static final String PURCHASE = "TENS unit purchase";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the unit is named for something else, and the result has its own source
            "He trialed a TENS unit for 30 days; he got a skin rash from it and his pain went from 8/10 to 5/10 after "
                    + "he went back to light duty, and he can now sit 40 minutes.",
            "He trialed a TENS unit for 30 days; he was annoyed by it and his pain went from 8/10 to 5/10 once he "
                    + "lost 15 lbs, and he can now sit 40 minutes.",
            "He trialed a TENS unit for 30 days; he had a rash from it and stopped, and his pain later went from 8/10 "
                    + "to 5/10 and he can now sit 40 minutes.",
            "He trialed a TENS unit for 30 days; the electrodes kept peeling off with it and his pain went from 8/10 "
                    + "to 5/10 after he went back to light duty, and he can now sit 40 minutes.",
            // the unit opens the clause, but the result is said to follow something else
            "He used a TENS unit daily for 30 days; with it his pain went from 8/10 to 5/10 after he started "
                    + "swimming, and he can now sit 40 minutes."})
    void aResultNotOpenedByTheUnitIsNoSuccessfulTrial(String trial) {
        assertSafe(TENS.formatted(trial), PURCHASE, "2016-09-20", "2014-03-15");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "He used a TENS unit daily for 30 days; with it his pain went from 8/10 to 5/10 and he can now sit 40 "
                    + "minutes.",
            "He used a TENS unit daily for 30 days; using the unit his pain went from 8/10 to 5/10 and he can now "
                    + "sit 40 minutes.",
            "He used a TENS unit daily for 30 days; his pain went from 8/10 to 5/10 with the unit and he can now sit "
                    + "40 minutes."})
    void aResultTheUnitOpensOrClosesIsStillTheTrials(String trial) {
        assertOverturned(TENS.formatted(trial), PURCHASE, "2016-09-20", "2014-03-15");
    }

    // ------------------------------------------------------------------ 2. a diagnosis in doubt, a side of another item

    /** Forefoot pain of a server; the diagnosis in %s. */
    private static final String FOOT = "This 39 y/o male server is on his feet through 10-hour shifts and has had pain "
            + "in the forefoot since 01/2016. %s The podiatrist requested custom orthotics. UR non-certified the "
            + "request on 06/21/2016.";
    private static final String LEFT = "Custom orthotics, left foot";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"On 06/10/2016 dx: stress fracture of the L foot; metatarsalgia was considered but excluded.",
            "On 06/10/2016 dx: possible metatarsalgia, L foot; bone scan pending.",
            "On 06/10/2016 dx: ?stress fracture vs metatarsalgia, L foot; bone scan pending.",
            "On 06/10/2016 dx: probable metatarsalgia of the L foot; bone scan pending.",
            "On 06/10/2016 diagnoses: plantar fasciitis, R foot; contusion, L foot."})
    void aDiagnosisInDoubtOrOfTheOtherItemsSideIsNoDiagnosisForTheFoot(String dx) {
        assertSafe(FOOT.formatted(dx), LEFT, "2016-06-21");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"On 06/10/2016 dx: metatarsalgia, L foot; bone scan pending.",
            "On 06/10/2016 dx: stress fracture ruled out; metatarsalgia, L foot.",
            "On 06/10/2016 diagnoses: plantar fasciitis, L foot; contusion, R foot."})
    void aDiagnosisStatedOfTheSideIsStillOne(String dx) {
        assertOverturned(FOOT.formatted(dx), LEFT, "2016-06-21", null);
    }

    // ------------------------------------------------------------------ 3. a drug stopped, then taken again

    /** A chronic low back strain, no PT or acupuncture; the medication sentences in %s. */
    private static final String ACU = "A roofer, 48, hurt his low back carrying shingles on 6/2/2015 and is treated "
            + "for a chronic lumbar strain; he has had neither PT nor acupuncture. %s On 9/6/16 the lumbar paraspinals "
            + "were tender and flexion was 45 deg; neuro intact. The PTP requested acupuncture x 6 for the lumbar "
            + "spine. UR 9/20/16 non-certified the request.";
    private static final String ACUPUNCTURE = "Acupuncture 6 sessions lumbar spine";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // a stomach drug is no pain medication
            "He takes ibuprofen with good relief. His omeprazole was changed to pantoprazole on 4/5/16 due to GI upset.",
            // the drug stopped was taken again and is tolerated
            "He stopped ibuprofen in 2015 due to gastritis; it was restarted in 2016 with omeprazole and he has "
                    + "tolerated it since.",
            "He stopped ibuprofen on 8/29/16 due to nausea from the flu and resumed it on 9/2/16; it gives good relief."})
    void aStomachDrugOrADrugTakenAgainIsNoIntolerance(String medication) {
        assertSafe(ACU.formatted(medication), ACUPUNCTURE, "2016-09-20");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"He stopped ibuprofen in 2015 due to gastritis.",
            "He takes ibuprofen with good relief. Cyclobenzaprine was stopped in 2015 due to drowsiness."})
    void aPainDrugStoppedForASideEffectIsStillNotTolerated(String medication) {
        assertOverturned(ACU.formatted(medication), ACUPUNCTURE, "2016-09-20", null);
    }

    // ------------------------------------------------------------------ 4. a refusal by someone else, or of other care

    /** A low back injury with PT under way; the sentences after in %s. */
    private static final String MASSAGE = "A 36 y/o male stocker injured his low back on 05/06/2015 lifting a pallet. "
            + "He reports low back pain 5/10 with stiffness. On 02/03/2016 the lumbar paraspinals were tender with "
            + "spasm and flexion was limited. %s UR non-certified it on 02/10/2016.";
    private static final String MASSAGE_X4 = "Massage therapy x 4";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The PTP requested massage therapy x 4 for the low back as an adjunct to his ongoing PT. UR declined it on "
                    + "02/10/2016.",
            "He continues PT 2x/wk for the low back. Gabapentin was offered for sleep; he declined it. The PTP "
                    + "requested massage therapy x 4.",
            "He continues PT 2x/wk and was given a lumbar cane. He declined it as it makes him feel unsteady. The PTP "
                    + "requested massage therapy x 4."})
    void aRefusalByTheReviewerOrOfOtherCareLeavesThePhysicalTherapy(String sentences) {
        assertOverturned(MASSAGE.formatted(sentences), MASSAGE_X4, "2016-02-10", "2015-05-06");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ongoing PT was recommended. He declined it. The PTP requested massage therapy x 4.",
            "Ongoing PT was recommended. The patient refused therapy. The PTP requested massage therapy x 4."})
    void thePatientsRefusalOfThePhysicalTherapyStillLeavesNone(String sentences) {
        assertSafe(MASSAGE.formatted(sentences), MASSAGE_X4, "2016-02-10", "2015-05-06");
    }

    // ------------------------------------------------------------------ 5. the part the massage is for

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // an old injury of another part, since resolved, is not the part treated now
            "A 36 y/o male stocker felt a pull in his low back on 05/06/2015 lifting a pallet. PMH: he hurt his left "
                    + "ankle playing soccer in 2010, since resolved. He reports low back pain 5/10 with stiffness. He "
                    + "continues PT 2x/wk for the low back. The PTP requested massage therapy. UR non-certified it on "
                    + "02/10/2016.",
            // the record's own request names the part
            "A 36 y/o male stocker injured his low back on 05/06/2015 lifting a pallet. He has since developed neck "
                    + "pain from guarding. He continues PT 2x/wk for the neck. The PTP requested massage therapy x 4 "
                    + "for the cervical spine. UR non-certified it on 02/10/2016."})
    void thePartOfTheRecordsRequestOrOfThePresentComplaintIsThePartTreated(String record) {
        assertOverturned(record, MASSAGE_X4, "2016-02-10", "2015-05-06");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "A 36 y/o male stocker injured his low back on 05/06/2015 lifting a pallet. He reports low back pain 5/10. "
                    + "He continues PT 2x/wk for the right knee. The PTP requested massage therapy x 4 for the lumbar "
                    + "spine. UR non-certified it on 02/10/2016."})
    void physicalTherapyOfAnotherPartIsStillNone(String record) {
        assertSafe(record, MASSAGE_X4, "2016-02-10", "2015-05-06");
    }
}
