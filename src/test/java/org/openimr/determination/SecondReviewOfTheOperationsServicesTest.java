package org.openimr.determination;

import static org.openimr.determination.Drafts.assertOutcome;
import static org.openimr.determination.Drafts.assertSafe;

import org.junit.jupiter.api.Test;

/**
 * The second review of the operations' services (s14-fixc): the fact phrases and the request reading of the rules
 * for an operation and its services. A lesion the physician only suspects, or one of the other knee, is no finding on
 * imaging; an alternative ("SAD vs DCE") sets aside only itself, not the repair joined after it; a habit given up is no
 * smoking; a plan to prevent a clot, a low risk or the operation's general risk is no clot risk of the patient's; a
 * stay counted in nights is counted in days, and a stay of no stated length is not certified blind; a relative's drug
 * is not the patient's. Each near miss stays UPHELD or REFER, and the same record with the finding stated still
 * overturns. Synthetic records, written for OpenIMR.
 */
class SecondReviewOfTheOperationsServicesTest {

    // ------------------------------------------------------------------ 1. a suspected lesion is no imaging finding

    private static final String SHOULDER = "43 y/o M stocker, DOI 06/02/2015, R shoulder pain after lifting a crate. "
            + "MRI R shoulder 08/2015: supraspinatus tendinopathy, no labral tear. Failed PT x 18 over 4 months, "
            + "ibuprofen and a subacromial injection. ";

    @Test
    void aSlapTearTheSurgeonOnlySuspectsIsNoTearOnImaging() {
        // before: OVERTURNED (the suspected and the conditional tear documented a labral tear on imaging)
        assertSafe(SHOULDER + "12/01/2015: positive O'Brien test; the surgeon suspects a SLAP tear the MRI did not "
                + "show and wants an MR arthrogram; if it confirms a SLAP tear, he would repair it. 01/04/2016: request "
                + "for R shoulder arthroscopy with SLAP repair. UR non-certified it on 01/11/2016.",
                "R shoulder arthroscopy with SLAP repair", "2016-01-11");
    }

    @Test
    void anAclTearOnlyConcerningOnExaminationIsNoTearOnImaging() {
        // before: OVERTURNED
        assertSafe("30 y/o M roofer, DOI 01/04/2016, R knee twisted on a ladder. 02/08/2016: R knee gives way on "
                + "stairs; 2+ Lachman, positive pivot shift; clinically concerning for an ACL tear. MRI R knee "
                + "02/18/2016: MCL sprain and a bone bruise; the ACL is intact. Completed PT x 12, still giving way. "
                + "03/30/2016: request for R knee ACL reconstruction. UR non-certified it on 04/06/2016.",
                "R knee ACL reconstruction", "2016-04-06");
    }

    @Test
    void impingementOnlySuspiciousOnExaminationIsNoImpingementOnImaging() {
        // before: OVERTURNED
        assertSafe("37 y/o F aide, DOI 03/10/2015, R groin pain after a slip. MR arthrogram of the R hip 08/2015: no "
                + "labral tear. X-rays: no cam or pincer morphology. Failed PT x 12 and meloxicam. 10/05/2015: positive "
                + "FADIR on the R; the findings are suspicious for FAI. 11/01/2015: request for R hip arthroscopy. UR "
                + "non-certified it on 11/08/2015.", "R hip arthroscopy", "2015-11-08");
    }

    @Test
    void aMeniscalTearOnlyConcerningOnExaminationIsNoTearOnImaging() {
        // before: OVERTURNED
        assertSafe("46 y/o M loader, DOI 05/04/2015, R knee twisted. MRI R knee 07/2015: no meniscal tear; mild "
                + "chondromalacia. Failed PT x 12, NSAIDs and a CSI. 10/05/2015: R knee locking and catching, medial "
                + "joint line tenderness; clinically concerning for a medial meniscus tear. 11/02/2015: request for R "
                + "knee arthroscopic partial medial meniscectomy. UR non-certified it on 11/09/2015.",
                "R knee arthroscopic partial medial meniscectomy", "2015-11-09");
    }

    @Test
    void aTearTheImagingShowsStillDocumentsIt() {
        // guard: the same shoulder with the tear seen on the MR arthrogram
        assertOutcome("43 y/o M stocker, DOI 06/02/2015, R shoulder pain after lifting a crate. MR arthrogram R "
                + "shoulder 10/2015: SLAP tear. Failed PT x 18 over 4 months, ibuprofen and a subacromial injection. "
                + "12/01/2015: positive O'Brien test. 01/04/2016: request for R shoulder arthroscopy with SLAP repair. "
                + "UR non-certified it on 01/11/2016.", "R shoulder arthroscopy with SLAP repair", "2016-01-11",
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 2. the other knee's old tear

    @Test
    void theOtherKneesReconstructedTearIsNotThisKneesTear() {
        // before: OVERTURNED (the left knee's tear of 2009 documented the right knee's)
        assertSafe("30 y/o M roofer, DOI 01/04/2016, R knee twisted on a ladder. Hx: L ACL reconstruction in 2010 for "
                + "an ACL tear playing soccer, no problems since. 02/08/2016: R knee gives way on stairs; 2+ Lachman, "
                + "positive pivot shift. MRI R knee 02/18/2016: MCL sprain and a bone bruise; the ACL is intact. "
                + "Completed PT x 12, still giving way. 03/30/2016: request for R knee ACL reconstruction. UR "
                + "non-certified it on 04/06/2016.", "R knee ACL reconstruction", "2016-04-06");
    }

    // ------------------------------------------------------------------ 3. one alternative set aside, not the rest

    private static final String TENDINOSIS = "56 y/o M mechanic, DOI 03/02/2015, R shoulder pain working overhead. "
            + "MRI R shoulder 06/2015: supraspinatus tendinosis without a tear, type II acromion, AC joint arthrosis. "
            + "Positive Neer and Hawkins, painful arc. A subacromial lidocaine injection gave brief relief. Failed PT "
            + "x 24 over 6 months, NSAIDs and 2 CSI. 01/08/2016: request for R shoulder arthroscopy. UR non-certified "
            + "it on 01/15/2016.";

    @Test
    void aRepairJoinedAfterAnAlternativeIsStillRequested() {
        // before: OVERTURNED (the repair was set aside with the alternative; the decompression alone was read)
        for (String request : new String[] {"R shoulder arthroscopy, SAD and/or DCE and RCR",
                "R shoulder arthroscopy, SAD vs DCE with RCR"}) {
            assertSafe(TENDINOSIS, request, "2016-01-15");
        }
    }

    // ------------------------------------------------------------------ 4. a habit given up

    private static final String FUSION = "48 y/o M framer, DOI 02/05/2014, low back pain into the L leg. MRI: grade I "
            + "spondylolisthesis at L4-5 with severe stenosis. Failed PT, ESI x 2 and medications. No diabetes. ";
    private static final String CERTIFIED = " The single-level L4-5 TLIF was authorized by UR on 04/04/2016 and is "
            + "scheduled for 05/02/2016. UR non-certified the bone growth stimulator on 04/18/2016.";

    @Test
    void aFormerSmokerIsNoCurrentSmoker() {
        // before: OVERTURNED (the pack a day and the tobacco use of the past were read as smoking now)
        assertSafe(FUSION + "Former smoker (a pack per day for 15 years, quit in 2011)." + CERTIFIED,
                "Bone growth stimulator", "2016-04-18");
        assertSafe(FUSION + "He quit tobacco use 5 years ago." + CERTIFIED, "Bone growth stimulator", "2016-04-18");
    }

    @Test
    void aSmokerNowStillCounts() {
        // guard
        assertOutcome(FUSION + "He smokes a pack per day." + CERTIFIED, "Bone growth stimulator", "2016-04-18",
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 5. clot risk is the patient's own

    private static final String SCOPE = "39 y/o M courier, DOI 01/10/2016, R knee twisted. MRI 03/2016: complex tear of "
            + "the posterior horn of the medial meniscus. Failed PT x 8 and NSAIDs. The R knee arthroscopy with partial "
            + "medial meniscectomy was certified by UR on 04/25/2016 and is scheduled for 05/20/2016. ";
    private static final String IPC_DENIED = " UR non-certified the IPC device on 05/02/2016.";

    @Test
    void aPlanALowRiskOrAGeneralRemarkIsNoClotRisk() {
        // before: OVERTURNED for each
        for (String sentence : new String[] {"He is considered low risk for DVT.",
                "Post-op plan: aspirin 81 mg twice daily for 2 weeks for DVT ppx.",
                "The surgeon asked for the IPC device because DVT is a known complication of knee surgery."}) {
            assertSafe(SCOPE + sentence + IPC_DENIED, "IPC device", "2016-05-02");
        }
    }

    @Test
    void thePatientsOwnClotStillCounts() {
        // guard
        assertOutcome(SCOPE + "He had a DVT of the L calf in 2012." + IPC_DENIED, "IPC device", "2016-05-02",
                DraftOutcome.OVERTURNED);
    }

    // ------------------------------------------------------------------ 6. the length of a stay

    private static final String KNEE = "64 y/o F cook, DOI 04/13/2015, L knee pain with end-stage medial compartment "
            + "OA on standing films. HTN on amlodipine. Failed PT x 12, NSAIDs and two CSI. The L TKA was certified by "
            + "UR on 05/02/2016 and is scheduled for 06/01/2016. UR non-certified the peri-operative items on "
            + "05/16/2016.";

    @Test
    void aStayCountedInNightsIsCountedInDays() {
        // before: OVERTURNED ("x 4 nights" was a count of 4, no length in days)
        assertOutcome(KNEE, "Inpatient stay x 4 nights", "2016-05-16", DraftOutcome.UPHELD);
        // guard: within the figure
        assertOutcome(KNEE, "Inpatient stay x 2 nights", "2016-05-16", DraftOutcome.OVERTURNED);
    }

    @Test
    void aStayOfNoStatedLengthIsNotCertifiedBlind() {
        // before: OVERTURNED (the figure was set aside for want of a length)
        assertSafe(KNEE, "Inpatient stay", "2016-05-16");
        assertSafe(KNEE.replace("HTN on amlodipine.", "HTN on amlodipine. 04/20/2016: the surgeon requested a "
                + "5-day inpatient stay after the L TKA as she lives alone."), "Inpatient stay", "2016-05-16");
    }

    // ------------------------------------------------------------------ 7. another person's drug

    private static final String HEALTHY_KNEE = "64 y/o F cook, DOI 04/13/2015, L knee pain with end-stage medial "
            + "compartment OA on standing films. Failed PT x 12, NSAIDs and two CSI. The L TKA was certified by UR on "
            + "05/02/2016 and is scheduled for 06/01/2016. ";

    @Test
    void aSpousesAnticoagulantIsNotThePatients() {
        // before: OVERTURNED (the husband's warfarin was read as a medication affecting her surgical risk)
        assertSafe(HEALTHY_KNEE + "Her husband takes warfarin and she looks after him. UR non-certified the pre-op "
                + "clearance on 05/16/2016.", "Pre-op medical clearance", "2016-05-16");
    }

    @Test
    void thePatientsOwnAnticoagulantStillCounts() {
        // guard
        assertOutcome(HEALTHY_KNEE + "She takes warfarin for atrial fibrillation. UR non-certified the pre-op "
                + "clearance on 05/16/2016.", "Pre-op medical clearance", "2016-05-16", DraftOutcome.OVERTURNED);
    }
}
