package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * The third review of the fourteenth round (visits, referrals and leftover readings): each reading that drafted a
 * false overturn, beside its guard, the near case that must still come out as before. Synthetic records and requests
 * written for this test (never a letter's text).
 */
class ThirdReviewOfTheFourteenthRoundTest {

    private static Draft safe(String record, String request, String date) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
        return d;
    }

    private static Draft overturned(String record, String request, String date) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        return d;
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
        safe(WAREHOUSE + "Treatment plan: more chiropractic manipulation, since the 6 visits he had in March gave "
                + "no lasting benefit." + UR, CHIRO, CHIRO_DATE);
        safe(WAREHOUSE + "Plan: resume chiropractic manipulation, which gave only 1 day of relief after each of 6 "
                + "visits in March." + UR, CHIRO, CHIRO_DATE);
    }

    @Test
    void guardAPlannedFirstTrialIsStillNoCareGiven() {
        overturned(WAREHOUSE + "Plan: trial of chiropractic manipulation 2x3." + UR, CHIRO, CHIRO_DATE);
    }
}
