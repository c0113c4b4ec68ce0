package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.Drafts.verdictOf;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.DocumentType;
import org.openimr.determination.internal.SymptomOnset;

/**
 * The third review of the fourteenth round (visits, referrals and leftover readings): each reading that drafted a
 * false overturn, beside its guard, the near case that must still come out as before. Synthetic records and requests
 * written for this test (never a letter's text).
 */
class ThirdReviewOfTheFourteenthRoundTest {

    private static Draft safe(String record, String request, String date) {
        return Drafts.assertSafe(record, request, date);
    }

    private static Draft overturned(String record, String request, String date) {
        return Drafts.assertOutcome(record, request, date, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 1. a plan that repeats care already given

    private static final String CHIRO = "Chiropractic manipulation 2 times a week for 3 weeks";
    private static final String CHIRO_DATE = "2016-06-09";
    private static final String WAREHOUSE = "A 38 year old stocker strained his lower back on 01/18/2016 moving pallets. "
            + "He reports ongoing lumbar pain 5/10 with no leg symptoms and he cannot sit longer than 20 minutes. "
            + "Examined 05/31/2016: tender lumbar muscles, forward bending to 45 degrees, normal strength and reflexes. "
            + "Diagnosis: lumbar sprain/strain. ";
    private static final String UR = " Utilization review denied the request on 06/09/2016.";

    @Test
    void aPlanThatRepeatsCareKeepsTheCareAlreadyGiven() {
        safe(WAREHOUSE + "Plan: repeat chiropractic manipulation 2x3 (he completed 6 visits in March 2016 with no "
                + "lasting benefit)." + UR, CHIRO, CHIRO_DATE);
    }

    @Test
    void aPlanForMoreCareKeepsTheCareAlreadyGiven() {
        safe(WAREHOUSE + "Treatment plan: more chiropractic manipulation, since the 6 visits he had in March gave "
                + "no lasting benefit." + UR, CHIRO, CHIRO_DATE);
    }

    @Test
    void aPlanToResumeCareKeepsTheCareAlreadyGiven() {
        safe(WAREHOUSE + "Plan: resume chiropractic manipulation, which gave only 1 day of relief after each of 6 "
                + "visits in March." + UR, CHIRO, CHIRO_DATE);
    }

    @Test
    void guardAPlannedFirstTrialIsStillNoCareGiven() {
        overturned(WAREHOUSE + "Plan: trial of chiropractic manipulation 2x3." + UR, CHIRO, CHIRO_DATE);
    }

    // ------------------------------------------------------------------ 2. a ruling-out beside a surgical work-up

    private static final String FRP = "Functional restoration program x 10 days";
    private static final String FRP_DATE = "2016-10-03";
    private static final String ASSEMBLER = "A 49 year old assembler has had chronic lumbar pain since a fall at work on "
            + "05/14/2014. Physical therapy x 18, chiropractic x 10, acupuncture, two epidural injections and "
            + "medications have not helped; prior methods of treating his chronic pain have been unsuccessful and there "
            + "is an absence of other options likely to result in significant clinical improvement. He has not worked "
            + "since 2014 and his wife helps him dress and bathe, a significant loss of the ability to function "
            + "independently. A multidisciplinary evaluation with baseline functional testing was done on 09/08/2016; "
            + "he is motivated to change and willing to forgo secondary gains. Negative predictors of success were "
            + "addressed. ";
    private static final String FRP_UR = " The program was requested and UR non-certified it on 10/03/2016.";

    @Test
    void aRulingOutBesideAPendingSurgicalWorkUpRulesNothingOut() {
        safe(ASSEMBLER + "His family doctor thought he is not a surgical candidate and sent him to a spine surgeon for "
                + "a surgical evaluation, which is pending." + FRP_UR, FRP, FRP_DATE);
    }

    @Test
    void aRulingOutBesideAScheduledConsultationRulesNothingOut() {
        safe(ASSEMBLER + "He is not a surgical candidate per his family doctor and a neurosurgical consultation is set "
                + "for 10/25/2016." + FRP_UR, FRP, FRP_DATE);
    }

    @Test
    void aRulingOutForNowRulesNothingOut() {
        safe(ASSEMBLER + "The orthopedic surgeon found he is not a surgical candidate at this time and will see him "
                + "again for surgery once a new MRI is done." + FRP_UR, FRP, FRP_DATE);
    }

    @Test
    void guardTheSurgeonWhoRuledItOutIsNoOperationConsidered() {
        overturned(ASSEMBLER + "The spine surgeon found he is not a surgical candidate." + FRP_UR, FRP, FRP_DATE);
    }

    // ------------------------------------------------------------------ 3. relief that lasted months is no failure

    private static final String CONSULT = "Spine surgeon consultation";
    private static final String CONSULT_DATE = "2016-07-20";
    private static final String CUSTODIAN = "A 44 year old custodian hurt his lower back on 01/05/2016 lifting a "
            + "mop bucket. He has low back pain shooting down the right leg into the foot. Lumbar MRI 02/26/2016: L5-S1 "
            + "disc extrusion touching the right S1 root. ";
    private static final String EXAM = " Exam 07/11/2016: SLR positive on the right at 50 degrees, reduced sensation in "
            + "the right S1 dermatome, right ankle reflex diminished. A spine surgery consultation was requested. UR "
            + "non-certified it on 07/20/2016.";

    @Test
    void reliefCountedInMonthsOfDaysIsNoFailedCare() {
        safe(CUSTODIAN + "Tx: PT x 10, a right L5-S1 TFESI 03/2016 with 120 days of relief, naproxen and "
                + "gabapentin." + EXAM, CONSULT, CONSULT_DATE);
    }

    @Test
    void guardReliefOfAFewDaysIsStillFailedCare() {
        overturned(CUSTODIAN + "Tx: PT x 10, a right L5-S1 TFESI 03/2016 with 4 days of relief, naproxen and "
                + "gabapentin." + EXAM, CONSULT, CONSULT_DATE);
    }

    // ------------------------------------------------------------------ 4. pain since a date, of another part or gone

    private static final String KNEE_PT = "Physical therapy 8 sessions right knee";
    private static final String KNEE_DATE = "2016-06-02";
    private static final String KNEE = " On 05/18/2016 he had right knee pain 5/10 and stiffness. Exam: medial joint "
            + "line tenderness, slight effusion, ROM 0-115 degrees, McMurray negative. Knee X-rays were negative. He takes "
            + "naproxen. Physical therapy 2x4 for the right knee was requested. UR modified it to 6 visits on "
            + "06/02/2016.";
    private static final String INJURED = "A 39 year old forklift driver hurt his right knee on 04/22/2016 when he "
            + "slipped from the cab step.";

    @Test
    void painOfAnotherPartSinceAnOldDateMakesNoNewKneeInjuryChronic() {
        safe(INJURED + " Past history: asthma; occasional neck pain since 2010, not part of this claim, seen by his own "
                + "doctor." + KNEE, KNEE_PT, KNEE_DATE);
    }

    @Test
    void painSinceGoneMakesNoNewKneeInjuryChronic() {
        safe(INJURED + " Past history: lower back pain since 2011, which resolved with chiropractic care in 2012."
                + KNEE, KNEE_PT, KNEE_DATE);
    }

    @Test
    void guardPainSinceADateStillGivesTheOnsetWhenTheRecordGivesNoInjuryDate() {
        CaseDocument record = new CaseDocument("record", DocumentType.OTHER, Optional.empty(), Optional.empty(),
                "She has had right knee pain since 03/2015 and it limits her walking.");
        LocalDate requested = LocalDate.parse(KNEE_DATE);
        assertThat(SymptomOnset.read(record, requested, Optional.empty())).isPresent();
        assertThat(SymptomOnset.read(record, requested, Optional.of(LocalDate.parse("2016-04-22")))).isEmpty();
        CaseDocument gone = new CaseDocument("record", DocumentType.OTHER, Optional.empty(), Optional.empty(),
                "She had right knee pain since 03/2015, now resolved.");
        assertThat(SymptomOnset.read(gone, requested, Optional.empty())).isEmpty();
    }

    // ------------------------------------------------------------------ 5. an unclear cause of another problem

    private static final String HAND = "Hand specialist consultation";
    private static final String HAND_DATE = "2016-05-18";
    private static final String TYPIST = "A 42 year old medical transcriptionist has had left wrist pain since an injury "
            + "on 10/19/2015. Nerve conduction studies 01/2016 confirmed mild left carpal tunnel syndrome. She uses a "
            + "wrist splint at night and takes naproxen, which helps somewhat. On 05/09/2016 she had numbness of the left "
            + "thumb and middle finger, with positive Tinel's and Phalen's signs at the left wrist. ";
    private static final String HAND_UR = " A hand specialist consultation was requested; UR non-certified it on "
            + "05/18/2016.";

    @Test
    void anUnclearCauseOfAnotherProblemIsNoUncertainDiagnosis() {
        safe(TYPIST + "Her blood pressure read 156/98; the cause is unclear and she was asked to see her family doctor."
                + HAND_UR, HAND, HAND_DATE);
    }

    @Test
    void guardWithoutAnyUnclearCauseTheConsultationStaysAsItWas() {
        safe(TYPIST + "She had no other complaints." + HAND_UR, HAND, HAND_DATE);
    }

    // ------------------------------------------------------------------ 6. the gain of another device

    private static final String TENS = "TENS unit purchase";

    private static final String FROM_THE_TENS = "objective functional improvement from the earlier tens";
    private static final String OPERATOR = "A 50 year old press operator has chronic lumbar pain and right leg "
            + "neuropathic pain since an injury on 06/02/2014. Diagnoses: lumbar radiculopathy, neuropathic pain of the "
            + "right leg. Physical therapy x 10, gabapentin and naproxen gave no lasting relief. He does a home exercise "
            + "program within his functional restoration. A one month home TENS trial was done in 05/2016, used twice a "
            + "day. On 06/21/2016: %s The physician asked to buy the TENS unit; UR non-certified it on 06/28/2016.";

    @Test
    void anotherDevicesGainIsNotTheTensUnits() {
        Draft d = draft(OPERATOR.formatted("with the H-wave unit he is able to walk 40 minutes."), TENS,
                "2016-06-28", null);
        assertThat(verdictOf(d, FROM_THE_TENS)).as(explain(d)).isNotEqualTo(Verdict.MET);
    }

    @Test
    void guardTheTensUnitsOwnGainStillCounts() {
        Draft d = draft(OPERATOR.formatted("with the TENS unit he is able to walk 40 minutes."), TENS,
                "2016-06-28", null);
        assertThat(verdictOf(d, FROM_THE_TENS)).as(explain(d)).isEqualTo(Verdict.MET);
    }

    // ------------------------------------------------------------------ 7. care given after a reviewer's condition

    @Test
    void careGivenInTheClauseAfterAConditionStaysCareGiven() {
        safe(WAREHOUSE + "Chiropractic care is only supported when there is functional improvement, and his chiropractic "
                + "manipulation x 6 in March 2016 gave no lasting benefit." + UR, CHIRO, CHIRO_DATE);
    }
}
