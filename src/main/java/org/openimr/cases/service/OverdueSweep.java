package org.openimr.cases.service;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.openimr.cases.Timeliness;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags the steps that are overdue today: for every open case, each deadline its events make overdue is recorded once
 * in {@code case_overdue_flags}. The deadline itself is never stored; the flag says that the sweep saw it overdue.
 * However many instances run, one sweeps at a time: ShedLock's lock row in PostgreSQL, held at least
 * {@code openimr.sweep.lock-at-least} so that instances whose clocks fire a moment apart do not sweep twice.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.sweep.enabled", havingValue = "true", matchIfMissing = true)
public class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    OverdueSweep(CaseStore store, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${openimr.sweep.cron:0 */15 * * * *}")
    @SchedulerLock(name = "case-overdue-sweep", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${openimr.sweep.lock-at-least:PT1M}")
    public void sweep() {
        LocalDate today = LocalDate.now(clock);
        int flagged = 0;
        for (StoredCase c : store.find(StatusCode.OPEN, null, null)) {
            for (var line : c.imrCase().timeline(today).deadlines()) {
                if (line.timeliness().state() == Timeliness.State.OVERDUE) {
                    flagged += jdbc.sql("""
                            insert into case_overdue_flags (case_number, deadline, due, flagged_on)
                            values (?, ?, ?, ?) on conflict do nothing""")
                            .params(c.imrCase().caseNumber().value(), line.kind().name(), Date.valueOf(line.due()),
                                    Date.valueOf(today))
                            .update();
                }
            }
        }
        jdbc.sql("insert into case_sweep_runs (instance, flagged) values (?, ?)").params(instance, flagged).update();
        audit.record("OVERDUE_SWEEP", null, AuditLog.Outcome.ALLOWED, flagged + " newly overdue step(s) flagged");
        log.info("Overdue sweep on {}: {} newly overdue step(s) flagged", instance, flagged);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
    static class Locking {
        @Bean
        LockProvider lockProvider(DataSource dataSource) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        }
    }
}
