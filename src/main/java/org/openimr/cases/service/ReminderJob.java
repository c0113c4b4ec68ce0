package org.openimr.cases.service;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.openimr.cases.staff.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the reminders due today ({@link Reminders}), every hour by default ({@code openimr.reminders.cron}), beside
 * the overdue sweep and under the same kind of lock: ShedLock's row in PostgreSQL lets one instance run it at a time,
 * held at least {@code openimr.reminders.lock-at-least}. Each run is a row of {@code case_reminder_runs} naming the
 * instance that ran it.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.reminders.enabled", havingValue = "true", matchIfMissing = true)
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    /** This instance: the JVM, and this application in it (two can share a JVM, as in the tests). */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    ReminderJob(Reminders reminders, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${openimr.reminders.cron:0 5 * * * *}")
    @SchedulerLock(name = "case-reminders", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${openimr.reminders.lock-at-least:PT1M}")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        int recorded = reminders.sendDue(today, instance);
        jdbc.sql("insert into case_reminder_runs (instance, run_on, recorded) values (?, ?, ?)")
                .params(instance, java.sql.Date.valueOf(today), recorded).update();
        audit.record("CASE_REMINDERS", null, AuditLog.Outcome.ALLOWED, recorded + " reminder(s) recorded");
        log.info("Reminders on {}: {} recorded for {}", instance, recorded, today);
    }

    /** The name this instance records its runs and reminders under. */
    public String instance() {
        return instance;
    }
}
