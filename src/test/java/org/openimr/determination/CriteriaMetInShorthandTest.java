package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import org.junit.jupiter.api.Test;

/**
 * Records written in clinical shorthand ("s/p", "w/o", "c/o", "L/S", "VAS 8/10 -> 4/10", "Req PT x8") document the
 * criteria they state as the same words written out do; beside each, a shorthand record that plainly misses the
 * criterion stays upheld. Synthetic records, written for OpenIMR.
 */
class CriteriaMetInShorthandTest {

    private static final String DATE = "2016-10-15";

    private static DraftOutcome outcome(String record, String request) {
        return draft(record, request, DATE, null).outcome();
    }

    // ------------------------------------------------------------------------------- "Req" is a request, not care given

    @Test
    void therapyTheRecordRequestsIsNotTherapyGiven() {
        Draft d = draft("52 y/o F, DOI 1/15/15. c/o chronic LBP 6/10. Exam: TTP lumbar paraspinals w/ spasm. Dx: lumbar "
                + "sprain/strain, myalgia. No PT to date. Modified duty. Req PT x8 to instruct in HEP.",
                "PT 2x/wk x 4 wks L/S", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void therapyTheRecordSaysWasGivenStillCounts() {
        Draft d = draft("52 y/o F, DOI 1/15/15. c/o chronic LBP 6/10. Exam: TTP lumbar paraspinals w/ spasm. Dx: lumbar "
                + "sprain/strain, myalgia. PT x12 completed 2015. Modified duty.", "PT 2x/wk x 4 wks L/S", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- w/o: care that failed

    @Test
    void careGivenWithoutImprovementInShorthandFailed() {
        Draft d = draft("42 y/o F, twisted R knee. c/o medial knee pain w/ locking and catching. Exam: medial JLT, "
                + "+McMurray. PT x8, HEP, NSAIDs x 3 mos w/o improvement. Req MRI R knee, considering arthroscopy.",
                "MRI R knee", DATE, "2016-06-03");
        assertThat(verdictOf(d, "conservative care tried without success")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void careThatHelpedInShorthandDidNotFail() {
        Draft d = draft("42 y/o F, twisted R knee. c/o medial knee pain, no locking. Exam: -McMurray. PT x8 w/ good "
                + "improvement, cont HEP. Req MRI R knee.", "MRI R knee", DATE, "2016-06-03");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- regions and studies in shorthand

    @Test
    void lumbarSpineInShorthandIsTheRegionOfTheStudy() {
        Draft d = draft("46 y/o M, DOI 5/12/16. c/o LBP radiating down L leg w/ numbness dorsum of foot. Exam: +SLR on L "
                + "at 40 deg, EHL 4/5 L, decreased sensation L L5 dermatome. PT x12, NSAIDs failed. TTD. Will consider "
                + "referral for surgical decompression depending on findings.", "MRI L/S w/o contrast", DATE, null);
        assertThat(d.interpreted().regions()).as(explain(d)).containsExactly(org.openimr.shared.BodyRegion.LUMBAR_SPINE);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aStudyTheRecordRequestsIsNoEarlierStudy() {
        Draft d = draft("49 y/o F. c/o neck pain radiating to R arm w/ numbness thumb and index finger x 6 mos. Exam: "
                + "+Spurling R, decreased sensation R C6 dermatome, biceps 4/5 R. PT x12, NSAIDs failed. Req MRI C/S, "
                + "may refer for surgical eval.", "MRI C/S", DATE, "2016-03-03");
        assertThat(d.trace().recommendations()).as(explain(d))
                .noneMatch(r -> r.id().equals("odg.mri.repeat") && r.conclusion() != RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aFractureInShorthandIsARedFlag() {
        Draft d = draft("52 y/o M, fell from scaffolding. c/o severe LBP. XR L/S 7/8/16: L1 compression fx w/ possible "
                + "posterior wall involvement. Exam: midline TTP L1, neuro intact.", "CT L/S", DATE, "2016-07-07");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void noFractureInShorthandIsNoRedFlag() {
        Draft d = draft("52 y/o M, lifting injury. c/o LBP w/o radiation. XR L/S 7/8/16: no fx. Exam: paraspinal TTP, "
                + "neuro intact.", "CT L/S", DATE, "2016-07-07");
        assertThat(verdictOf(d, "a red flag")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- imaging findings without "of the"

    @Test
    void aTearOfTheHornWrittenWithoutOfTheIsAMeniscalTear() {
        Draft d = draft("42 y/o F, twisted R knee 11/3/15. c/o medial knee pain w/ locking and catching. Exam: medial "
                + "JLT, +McMurray. MRI R knee 1/12/16: complex tear posterior horn medial meniscus. PT x12 w/ HEP, CSI "
                + "x1, NSAIDs w/o improvement.", "R knee arthroscopy w/ PMM", DATE, null);
        assertThat(verdictOf(d, "imaging shows a meniscal tear")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anIntactMeniscusIsNoTear() {
        Draft d = draft("42 y/o F, twisted R knee 11/3/15. c/o medial knee pain w/ locking. Exam: medial JLT. MRI R "
                + "knee 1/12/16: medial meniscus intact, mild chondromalacia. PT x12 w/ HEP, NSAIDs w/o improvement.",
                "R knee arthroscopy w/ PMM", DATE, null);
        assertThat(verdictOf(d, "imaging shows a meniscal tear")).as(explain(d)).isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aHerniationCompressingTheRootInShorthandIsASurgicalLesion() {
        Draft d = draft("44 y/o M, DOI 11/11/15. c/o LBP radiating to R leg w/ numbness in foot x 9 mos. Exam: "
                + "decreased R achilles reflex, plantar flexion 4/5 R, +SLR on R. MRI L/S 2/2/16: R L5-S1 HNP "
                + "compressing S1 NR. Failed PT x12, chiro x6, ESI w/ 2 wks relief.", "Spine surgery consult", DATE,
                null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aBulgeWithoutRootCompromiseIsNoSurgicalLesion() {
        Draft d = draft("44 y/o M, DOI 11/11/15. c/o LBP w/o radiation x 9 mos. Exam: neuro intact, -SLR B. MRI L/S "
                + "2/2/16: mild L4-5 disc bulge w/o NR impingement. PT x12.", "Spine surgery consult", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- operations named in shorthand

    // ------------------------------------------------------------------------------- carpal tunnel "c/w CTS"

    @Test
    void aStudyConsistentWithCtsInShorthandConfirmsIt() {
        Draft d = draft("45 y/o F assembler, numbness/tingling R thumb, index, middle fingers. Exam: +Tinel, +Phalen R "
                + "wrist. EMG/NCS 12/3/15: moderate R median neuropathy at wrist c/w CTS. Failed night splinting x 3 "
                + "mos, carpal tunnel CSI, OT.", "R CTR", DATE, "2015-06-01");
        assertThat(verdictOf(d, "nerve conduction studies confirm carpal tunnel syndrome")).as(explain(d))
                .isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aNormalStudyInShorthandDoesNotConfirmCts() {
        Draft d = draft("45 y/o F assembler, numbness/tingling R hand. Exam: +Tinel R wrist. EMG/NCS 12/3/15: nl, no "
                + "evidence of CTS. Failed night splinting x 3 mos, OT.", "R CTR", DATE, "2015-06-01");
        assertThat(verdictOf(d, "nerve conduction studies confirm carpal tunnel syndrome")).as(explain(d))
                .isNotEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- the 4 A's in shorthand

    private static final String FOUR_AS = "58 y/o F, chronic neck pain, s/p ACDF C5-6 2013. Tramadol ER 100 qd x 2 yrs. "
            + "VAS 7/10 -> 3/10 w/ tramadol, able to do ADLs incl cooking and grocery shopping, working modified duty. "
            + "No sedation/constipation. No aberrant drug-related behaviors. UDS 8/2016 consistent, CURES reviewed, "
            + "pain agreement on file. Last visit 9/15/16.";

    @Test
    void theFourAsInShorthandDocumentMonitoring() {
        Draft d = draft(FOUR_AS, "Tramadol ER 100 mg #30", DATE, "2012-02-02");
        assertThat(verdictOf(d, "the patient sees the prescriber face to face regularly")).as(explain(d))
                .isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void anInconsistentScreenInShorthandStillFailsMonitoring() {
        Draft d = draft(FOUR_AS.replace("UDS 8/2016 consistent", "UDS 8/2016 inconsistent, +cocaine"),
                "Tramadol ER 100 mg #30", DATE, "2012-02-02");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    @Test
    void aVisitLongBeforeTheRequestIsNoRegularFollowUp() {
        Draft d = draft(FOUR_AS.replace("Last visit 9/15/16", "Last visit 1/15/16"), "Tramadol ER 100 mg #30", DATE,
                "2012-02-02");
        assertThat(verdictOf(d, "the patient sees the prescriber face to face regularly")).as(explain(d))
                .isNotEqualTo(Verdict.MET);
    }

    // ------------------------------------------------------------------------------- a prescription in the plan

    @Test
    void aDrugThePlanPrescribesIsANewCourse() {
        // "Rx" alone is no request: medication lists write "Rx Norco ... since 2014" for a drug long taken
        Draft d = draft("39 y/o F, chronic LBP since DOI 8/8/14. Acute exacerbation of LBP 10/1/16 after lifting box, "
                + "new muscle spasm. Exam: palpable paralumbar spasm. No prior muscle relaxant. Meds: ibuprofen 600 "
                + "TID. The PTP prescribes cyclobenzaprine 7.5 mg qhs #20, short course for acute exacerbation.",
                "Cyclobenzaprine 7.5 mg #20", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aDrugTakenForYearsIsNoShortCourse() {
        Draft d = draft("39 y/o F, chronic LBP since DOI 8/8/14. On cyclobenzaprine 7.5 mg TID x 2 yrs. No flare.",
                "Cyclobenzaprine 7.5 mg #90", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    // ------------------------------------------------------------------------------- phrases in their short forms

    @Test
    void negativePredictorsAddressedInNotesStyle() {
        Draft d = draft("45 y/o M, chronic LBP since DOI 2/20/13. Failed PT, chiro, acupuncture, ESI x2, meds. Not a "
                + "surgical candidate per spine surgeon 5/5/16. Multidisciplinary eval 9/20/16: significant loss of "
                + "function, unable to sit > 20 min, TTD x 2 yrs. Motivated to change, willing to forgo secondary "
                + "gains to RTW. Negative predictors addressed. Baseline functional testing done.", "FRP x 80 hrs",
                DATE, null);
        assertThat(verdictOf(d, "negative predictors of success have been addressed")).as(explain(d))
                .isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void aShortFormThatIsAnotherFactsPhraseDocumentsBoth() {
        Draft d = draft("47 y/o F, DOI 10/2/13. c/o chronic neck and LBP 7/10. Exam: C/S and L/S paraspinal TTP. No "
                + "prior acupuncture. PT completed 2014. Req trial of acupuncture x6 as adjunct to HEP.",
                "Acupuncture x6", DATE, null);
        assertThat(verdictOf(d, "adjunct to physical rehabilitation")).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
    }

    @Test
    void acupunctureWithNoRehabilitationOrMedicationProblemIsNotSupported() {
        Draft d = draft("47 y/o F, DOI 10/2/13. c/o chronic neck and LBP 7/10. Exam: C/S and L/S paraspinal TTP. No "
                + "prior acupuncture. Meds well tolerated. Req trial of acupuncture x6.", "Acupuncture x6", DATE, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
    }

    private static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();

    @Test
    void operationsNamedInShorthandAreRead() {
        assertThat(INTERPRETER.interpret("R CTR").surgery()).hasValue("carpal_tunnel_release");
        assertThat(INTERPRETER.interpret("L knee scope w/ PMM").surgery()).hasValue("knee_meniscectomy");
        assertThat(INTERPRETER.interpret("R shoulder scope w/ SAD").surgery())
                .hasValue("rotator_cuff_impingement_arthroscopic");
        assertThat(INTERPRETER.interpret("R shoulder RCR").surgery()).hasValue("rotator_cuff_repair_complete_rupture");
        assertThat(INTERPRETER.interpret("L L4-5 MLD").surgery()).hasValue("lumbar_discectomy_laminectomy");
        assertThat(INTERPRETER.interpret("R TKA").surgery()).hasValue("total_knee_arthroplasty");
    }

    @Test
    void manualLymphDrainageIsNoDiscectomy() {
        assertThat(INTERPRETER.interpret("MLD x6 R arm lymphedema").kind())
                .isNotEqualTo(java.util.Optional.of(org.openimr.guidelines.RequestKind.SURGERY));
    }
}
