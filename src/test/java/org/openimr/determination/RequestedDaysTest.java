package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The days a request asks for, read one way for every limit counted in time: its days, else its weeks, and the weeks
 * of a weekly schedule ("1 x 8") are a length like "for 8 weeks". Synthetic records written for OpenIMR.
 */
class RequestedDaysTest {

    static final String HIP = "He had a right hip arthroscopy on 06/10/2016. The surgeon recommended physical therapy to"
            + " regain hip flexion; he walks with a cane.";
    static final String PERIOD = "at most 6 months per since surgery";

    static LimitFinding period(String request) {
        Draft d = Drafts.draft(HIP, request, "2016-11-15", "2016-03-01");
        return SessionAndDailyLimitsTest.limit(d, "pstg-2009.unlisted-surgery", PERIOD);
    }

    @Test
    void weeksOfAWeeklyScheduleRunPastThePostsurgicalPeriodAsWeeksAlone() {
        // before: 'for 8 weeks' was counted against the period and '1 x 8' (the same eight weeks) was set aside
        LimitFinding schedule = period("Physical therapy 1 x 8 for the right hip");
        assertThat(schedule.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(schedule.explanation()).isEqualTo("56 days requested from day 158 after the surgery, to day 214,"
                + " beyond " + PERIOD);
        assertThat(period("Physical therapy 8 visits for 8 weeks for the right hip").explanation())
                .isEqualTo(schedule.explanation());
    }

    @Test
    void aScheduleInsideThePeriodIsWithinIt() {
        LimitFinding l = period("Physical therapy 2 x 3 for the right hip");
        assertThat(l.verdict()).isEqualTo(Verdict.MET);
        assertThat(l.explanation()).isEqualTo("21 days requested from day 158 after the surgery, to day 179, within "
                + PERIOD);
    }
}
