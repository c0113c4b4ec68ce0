package org.openimr.cases.assignment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily batch: every case ready for a reviewer is assigned across the panel, once a day, by one instance only
 * (ShedLock's lock row in PostgreSQL, as the overdue sweep; held at least {@code openimr.batch.lock-at-least} so that
 * instances whose clocks fire a moment apart do not run it twice). Staff can also start it through the API.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.batch.enabled", havingValue = "true", matchIfMissing = true)
class DailyAssignmentBatch {

    private static final Logger log = LoggerFactory.getLogger(DailyAssignmentBatch.class);

    private final CaseAssignment assignment;

    DailyAssignmentBatch(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @Scheduled(cron = "${openimr.batch.cron:0 0 7 * * MON-FRI}", zone = "America/Los_Angeles")
    @SchedulerLock(name = "daily-reviewer-assignment", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${openimr.batch.lock-at-least:PT5M}")
    public void run() {
        CaseAssignment.BatchOutcome outcome = assignment.assignDailyBatch((done, total) -> { });
        log.info("Daily assignment: {} ready, {} assigned, {} without an eligible reviewer, {} failed",
                outcome.summary().cases(), outcome.recorded(), outcome.summary().unassignable().size(),
                outcome.failures().size());
    }
}
