package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * Readings the review of the twelfth round left open, each a way to a wrong draft, with the near misses that must
 * still come out the safe way. Synthetic records written for this test (never a letter's text).
 */
class ReadingsLeftByTheTwelfthReviewTest {

    // ------------------------------------------------------------------ aberrant drug-taking against continuing an
    // opioid (CPMTG p. 78, the 4 A's; pp. 79-80, when to discontinue)

    private static final String CPMTG_2009 = "2015-06-01";
    private static final String OTG_2016 = "2016-12-01";
    private static final String NORCO = "Norco 10/325 mg #120";

    /** Continuing Norco with pain relief, a functional gain credited to it and a consistent screen: overturned. */
    private static final String WORKING_ON_NORCO = "He has taken Norco 10/325 mg one tablet every 6 hours as needed "
            + "since 2014 for chronic right shoulder pain from impingement syndrome. With Norco the pain decreases from "
            + "8/10 to 4/10, and he reports improved function: he can walk longer and do household chores. He denies "
            + "side effects. A urine drug screen in April 2015 was consistent with his prescriptions. He is working "
            + "modified duty. ";

    @Test
    void aberrantDrugTakingTheRecordTellsKeepsContinuingAnOpioidFromOverturned() {
        for (String told : new String[] {
                "He requested early refills twice in May 2015.",
                "He has run out early twice and reported a stolen prescription in March.",
                "A urine drug screen in May 2015 was negative for the prescribed hydrocodone and positive for cocaine.",
                "The CURES report shows Norco filled on prescriptions from two other prescribers.",
                "He violated his opioid agreement by obtaining oxycodone elsewhere."}) {
            Draft d = assertOutcome(WORKING_ON_NORCO + told, NORCO, CPMTG_2009, DraftOutcome.UPHELD);
            assertThat(d.citationText()).as(explain(d)).contains("79-80");
            assertThat(d.rationale()).as(explain(d)).contains("aberrant drug-taking");
        }
    }

    @Test
    void aberrantDrugTakingFailsTheFourAsOfTheOpioidGuidelines2016() {
        String chronic = WORKING_ON_NORCO.replace("since 2014", "since January 2016").replace("April 2015",
                "October 2016") + "He is seen for monthly follow-up visits.";
        assertThat(draft(chronic, NORCO, OTG_2016, "2015-08-10").outcome()).isEqualTo(DraftOutcome.OVERTURNED);
        Draft d = draft(chronic + " He lost his prescription in November and asked for a replacement.", NORCO,
                OTG_2016, "2015-08-10");
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.citationText()).as(explain(d)).contains("3.3.9");
        assertThat(d.rationale()).as(explain(d)).contains("aberrant behavior", "lost his prescription");
    }

    @Test
    void aberrantDrugTakingDeniedOrOnlyCounselledAboutDoesNotCount() {
        for (String told : new String[] {
                "There have been no early refills and no lost prescriptions.",
                "He denies early refills.",
                "He was counseled that early refills will not be provided.",
                "Early refill requests will be denied.",
                "Utilization review non-certified Norco, citing early refills and an inconsistent urine drug screen.",
                "The opioid risk tool places him at low risk for aberrant drug behavior."}) {
            assertOutcome(WORKING_ON_NORCO + told, NORCO, CPMTG_2009, DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void aSupplyForWeaningIsNotHarmedByAberrantDrugTaking() {
        Draft d = assertOutcome(WORKING_ON_NORCO + "He requested early refills twice in May 2015.",
                "Norco 10/325 mg #60 for weaning", CPMTG_2009, DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).contains("124");
    }

    // ------------------------------------------------------------------ the Ottawa rules read the findings of the side
    // requested

    private static final String INJURY_DATE = "2016-05-27";
    private static final String BOTH_ANKLES = "The injured worker is a 34-year-old male who twisted both ankles "
            + "stepping off a ladder at work on 5/20/2016. Examination on 5/23/2016: ";

    @Test
    void findingsOfTheLeftAnkleDoNotMeetTheOttawaRulesForTheRight() {
        for (String exam : new String[] {
                "the left ankle has tenderness at the tip of the lateral malleolus and he is unable to bear weight on "
                        + "the left. The right ankle shows mild swelling without bone tenderness.",
                "there is swelling of the right ankle. Left ankle: tenderness at the tip of the lateral malleolus; "
                        + "unable to bear weight."}) {
            assertOutcome(BOTH_ANKLES + exam, "X-ray right ankle", INJURY_DATE, DraftOutcome.UPHELD);
            assertOutcome(BOTH_ANKLES + exam, "X-ray left ankle", INJURY_DATE, DraftOutcome.OVERTURNED);
            assertOutcome(BOTH_ANKLES + exam, "X-rays of both ankles", INJURY_DATE, DraftOutcome.OVERTURNED);
        }
        // a finding whose sentence names no side, or the requested one, still counts
        assertOutcome(BOTH_ANKLES + "tenderness at the tip of the lateral malleolus; unable to bear weight.",
                "X-ray right ankle", INJURY_DATE, DraftOutcome.OVERTURNED);
        assertOutcome(BOTH_ANKLES + "the right ankle has tenderness at the tip of the lateral malleolus. The left "
                + "ankle shows mild swelling.", "X-ray right ankle", INJURY_DATE, DraftOutcome.OVERTURNED);
    }

    @Test
    void findingsOfTheLeftKneeDoNotMeetTheOttawaKneeRuleForTheRight() {
        String knees = "The injured worker is a 41-year-old female who fell on both knees on a wet floor at work on "
                + "5/20/2016. Examination on 5/21/2016: the left knee has an effusion and patellar tenderness. The "
                + "right knee has a small abrasion and full motion.";
        assertOutcome(knees, "X-ray right knee", INJURY_DATE, DraftOutcome.UPHELD);
        assertOutcome(knees, "X-ray left knee", INJURY_DATE, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ films already taken after the injury: the
    // day's Ottawa findings no longer call for films

    private static final String RIGHT_ANKLE = "The injured worker is a 29-year-old female who inverted her right ankle "
            + "stepping off a curb at work on 5/20/2016. ";
    private static final String ANKLE_EXAM = " Examination on 5/23/2016: tenderness at the tip of the lateral "
            + "malleolus; unable to bear weight.";

    @Test
    void anklesFilmedAfterTheInjuryAreNotFilmedAgainOnTheSameFindings() {
        for (String filmed : new String[] {
                "She was seen in the emergency room that day, where x-rays of the right ankle were negative for "
                        + "fracture.",
                "X-rays in the ER were negative."}) {
            Draft d = assertOutcome(RIGHT_ANKLE + filmed + ANKLE_EXAM, "X-ray right ankle", INJURY_DATE,
                    DraftOutcome.UPHELD);
            assertThat(Drafts.missing(d)).as(explain(d)).doesNotContain("it is not so");
        }
        // the first films, films of the other ankle, and films of an earlier injury leave the Ottawa route open
        for (String notThisInjury : new String[] {
                "",
                "She was seen in the emergency room that day, where x-rays of the left ankle were negative.",
                "X-rays of the right ankle in 2014, after an earlier sprain, were negative."}) {
            assertOutcome(RIGHT_ANKLE + notThisInjury + ANKLE_EXAM, "X-ray right ankle", INJURY_DATE,
                    DraftOutcome.OVERTURNED);
        }
    }

    @Test
    void aKneeFilmedAfterTheInjuryIsNotFilmedAgainOnTheOttawaKneeFindings() {
        String fall = "The injured worker is a 52-year-old male who fell onto his right knee at work on 5/20/2016. ";
        String exam = "Examination on 5/21/2016: right knee effusion and patellar tenderness.";
        assertOutcome(fall + "X-rays in the emergency room were negative. " + exam, "X-ray right knee", INJURY_DATE,
                DraftOutcome.UPHELD);
        assertOutcome(fall + exam, "X-ray right knee", INJURY_DATE, DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ the part named only in the next sentence

    private static final String NECK_AND_SHOULDER = "The injured worker is a 50-year-old female who injured her neck "
            + "and right shoulder lifting boxes at work on 3/4/2014. ";
    private static final String SHOULDER_NOW = " Progress report of 8/10/2016: right shoulder pain 6/10 with reaching "
            + "overhead, positive Neer sign. Plan: physical therapy for the right shoulder 2 times a week for 3 weeks.";
    private static final String SHOULDER_PT = "Physical therapy 2x3 right shoulder";
    private static final String SESSIONS_DATE = "2016-08-25";

    @Test
    void sessionsForTheNeckThatTheNextSentenceSaysTreatedTheShoulderTooCountForTheShoulder() {
        String neckSessions = "She completed 24 sessions of physical therapy for the neck in 2014.";
        for (String next : new String[] {" These sessions also treated her right shoulder.",
                " The therapy included her right shoulder as well."}) {
            assertOutcome(NECK_AND_SHOULDER + neckSessions + next + SHOULDER_NOW, SHOULDER_PT, SESSIONS_DATE,
                    DraftOutcome.UPHELD);
        }
        // a next sentence that is about the shoulder, not about the sessions, leaves them the neck's
        assertOutcome(NECK_AND_SHOULDER + neckSessions + " Her right shoulder began to hurt more in 2016."
                + SHOULDER_NOW, SHOULDER_PT, SESSIONS_DATE, DraftOutcome.OVERTURNED);
    }

    @Test
    void anOttawaFindingWhoseSideTheNextSentenceGivesIsOfThatSide() {
        String finding = "There is tenderness at the tip of the lateral malleolus and he cannot bear weight.";
        assertOutcome(BOTH_ANKLES + finding + " This is on the left side. The right ankle is mildly swollen.",
                "X-ray right ankle", INJURY_DATE, DraftOutcome.UPHELD);
        assertOutcome(BOTH_ANKLES + finding + " This is on the right side. The left ankle is mildly swollen.",
                "X-ray right ankle", INJURY_DATE, DraftOutcome.OVERTURNED);
    }
}
