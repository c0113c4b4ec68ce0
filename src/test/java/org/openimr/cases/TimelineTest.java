package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.ImrCaseTest.NUMBER;
import static org.openimr.cases.ImrCaseTest.SPEC;
import static org.openimr.cases.ImrCaseTest.d;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Timeliness.State;

class TimelineTest {

    private final ImrCase inReview = ImrCase.open(NUMBER, Fixtures.application())
            .screen(d("2016-11-29"), SPEC, ScreeningContext.standard())
            .sendNoarfi(d("2016-12-01"), NoticeMethod.MAIL)
            .receiveRecords(d("2016-12-19"), RecordsCompleteness.COMPLETE)
            .assignReviewer(d("2016-12-20"), "R-0007");

    @Test
    void everyEventWithItsDateAndEveryDeadlineAsOfToday() {
        Timeline timeline = inReview.timeline(d("2017-01-10"));

        assertThat(timeline.events()).extracting(Timeline.Entry::on).containsExactly(d("2016-11-21"),
                d("2016-11-29"), d("2016-12-01"), d("2016-12-19"), d("2016-12-20"));
        assertThat(timeline.deadlines()).extracting(Timeline.DeadlineLine::kind).containsExactly(
                DeadlineKind.APPLICATION_FILED, DeadlineKind.NOARFI_SENT, DeadlineKind.RECORDS_RECEIVED,
                DeadlineKind.DETERMINATION_ISSUED);
        assertThat(timeline.deadlines()).extracting(l -> l.timeliness().state())
                .containsExactly(State.MET, State.LATE, State.LATE, State.PENDING);
        assertThat(timeline.deadlines(DeadlineKind.NOARFI_SENT).get(0).timeliness().days()).isEqualTo(1);
        assertThat(timeline.deadlines(DeadlineKind.RECORDS_RECEIVED).get(0).due()).isEqualTo(d("2016-12-16"));
        assertThat(timeline.deadlines(DeadlineKind.RECORDS_RECEIVED).get(0).timeliness().days()).isEqualTo(3);
        assertThat(timeline.deadlines(DeadlineKind.DETERMINATION_ISSUED).get(0).due()).isEqualTo(d("2017-01-18"));
        assertThat(timeline.deadlines(DeadlineKind.DETERMINATION_ISSUED).get(0).timeliness())
                .isEqualTo(new Timeliness(State.PENDING, 8));

        assertThat(inReview.timeline(d("2017-01-25")).deadlines(DeadlineKind.DETERMINATION_ISSUED).get(0)
                .timeliness()).isEqualTo(new Timeliness(State.OVERDUE, 7));
    }

    @Test
    void theTimelineReadsAsText() {
        assertThat(inReview.timeline(d("2017-01-10")).toText()).isEqualTo("""
                Case CM16-0000042 (Standard review), in review, as of 2017-01-10
                Events:
                  2016-11-21  Application received
                  2016-11-29  Found eligible (1 disputed treatment)
                  2016-12-01  Notice of Assignment and Request for Information sent by mail
                  2016-12-19  Medical records received: complete
                  2016-12-20  Reviewer R-0007 assigned
                Deadlines:
                  due 2016-12-09  Application received within the filing period (the employee, 30 days after the \
                UR decision was served by mail on November 4, 2016, plus 5 days because it was served by mail \
                (LC 4610.5(h)(1); 8 CCR 9792.10.1)): met, on 2016-11-21
                  due 2016-11-30  Notice of Assignment and Request for Information sent (the IMRO, 1 business day \
                after the finding of eligibility (8 CCR 9792.10.4)): 1 day late, on 2016-12-01
                  due 2016-12-16  Medical records received complete (the claims administrator, 15 days after the \
                notice was sent by mail (8 CCR 9792.10.5)): 3 days late, on 2016-12-19
                  due 2017-01-18  Final determination issued (the IMRO, 30 days after the records were complete \
                (LC 4610.6(d)(1)(B))): due in 8 days
                """);
    }
}
