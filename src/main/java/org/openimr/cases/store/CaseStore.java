package org.openimr.cases.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.cases.CaseEvent;
import org.openimr.cases.CaseStatus;
import org.openimr.cases.ImrCase;
import org.openimr.cases.PriorReview;
import org.openimr.cases.Timeframes;
import org.openimr.shared.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL: the append-only {@code case_events} and one {@code cases} row per case with its version. Callers
 * run these in a transaction; an append names the version it read and fails with {@link StaleVersionException}
 * when the case moved on meanwhile.
 */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;
    private final Timeframes timeframes;

    /** @param timeframes what stored cases are counted under when they are read back */
    public CaseStore(JdbcClient jdbc, Timeframes timeframes) {
        this.jdbc = jdbc;
        this.timeframes = timeframes;
    }

    /** Stores a new case: its row (version 1) and every event. */
    public StoredCase insert(ImrCase c, String by) {
        jdbc.sql("""
                insert into cases (case_number, version, status, priority, received_on, claim_number, applicant,
                                   reviewer, application)
                values (:n, 1, :status, :priority, :received, :claim, :applicant, :reviewer, cast(:application as jsonb))
                """)
                .param("n", c.caseNumber().value())
                .param("status", StatusCode.of(c.status()).name())
                .param("priority", c.priority().name())
                .param("received", Date.valueOf(c.events().get(0).on()))
                .param("claim", c.application().map(a -> a.claimNumber().value()).orElse(null))
                .param("applicant", ((CaseEvent.ApplicationReceived) c.events().get(0)).application().applicantName())
                .param("reviewer", reviewer(c))
                .param("application", c.application().map(CaseEventJson::write).orElse(null))
                .update();
        insertEvents(c, 0, by);
        return new StoredCase(c, 1, reviewer(c));
    }

    /**
     * Appends the events of {@code updated} after the first {@code stored} ones, if the case is still at
     * {@code expectedVersion}; returns the case at its new version.
     */
    public StoredCase append(ImrCase updated, int stored, int expectedVersion, String by) {
        String n = updated.caseNumber().value();
        int changed = jdbc.sql("""
                update cases set version = version + 1, status = :status, priority = :priority, reviewer = :reviewer,
                       application = coalesce(cast(:application as jsonb), application),
                       claim_number = coalesce(:claim, claim_number), updated_at = now()
                where case_number = :n and version = :version
                """)
                .param("status", StatusCode.of(updated.status()).name())
                .param("priority", updated.priority().name())
                .param("reviewer", reviewer(updated))
                .param("application", updated.application().map(CaseEventJson::write).orElse(null))
                .param("claim", updated.application().map(x -> x.claimNumber().value()).orElse(null))
                .param("n", n).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            int current = jdbc.sql("select version from cases where case_number = ?").param(n)
                    .query(Integer.class).optional().orElse(0);
            throw new StaleVersionException(n, expectedVersion, current);
        }
        insertEvents(updated, stored, by);
        return new StoredCase(updated, expectedVersion + 1, reviewer(updated));
    }

    public Optional<StoredCase> load(CaseNumber n) {
        return loadWhere("c.case_number = :n", Map.of("n", n.value())).stream().findFirst();
    }

    /** Cases by status, priority and reviewer (each null for any), oldest first. */
    public List<StoredCase> find(List<String> statuses, String priority, String reviewer) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (statuses != null && !statuses.isEmpty()) {
            where.append(" and c.status in (:statuses)");
            params.put("statuses", statuses);
        }
        if (priority != null) {
            where.append(" and c.priority = :priority");
            params.put("priority", priority);
        }
        if (reviewer != null) {
            where.append(" and c.reviewer = :reviewer");
            params.put("reviewer", reviewer);
        }
        return loadWhere(where.toString(), params);
    }

    /** Every case filed under the claim number, oldest first. */
    public List<StoredCase> ofClaim(String claimNumber) {
        return loadWhere("c.claim_number = :claim", Map.of("claim", claimNumber));
    }

    /**
     * Holds the case, until the transaction ends, against the others that hold it: signing its review and giving it to
     * another reviewer are done one after the other, never both on what the other has not yet done.
     */
    public void lockCase(CaseNumber n) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('case:' || ?))) locked").param(n.value())
                .query(Integer.class).single();
    }

    /**
     * Holds, until the transaction ends, the filing of applications under this claim number: two copies of one
     * application filed at the same time are then checked one after the other, never both against neither.
     */
    public void lockClaim(String claimNumber) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('claim:' || ?))) locked").param(claimNumber)
                .query(Integer.class).single();
    }

    /**
     * The cases, eligible and not yet with a reviewer, whose application is of an employee born on
     * {@code dateOfBirth} injured on {@code dateOfInjury}: those a case of the same employee could absorb.
     */
    public List<StoredCase> awaitingReviewOfInjury(LocalDate dateOfBirth, LocalDate dateOfInjury) {
        return loadWhere("c.status in ('ELIGIBLE', 'AWAITING_RECORDS') "
                + "and c.application -> 'employee' ->> 'dateOfBirth' = :born "
                + "and c.application ->> 'dateOfInjury' = :injured",
                Map.of("born", dateOfBirth.toString(), "injured", dateOfInjury.toString()));
    }

    /**
     * Earlier reviews of the same claim: the treatments of every case of that claim that was not closed unheard
     * (ineligible, withdrawn) and is not deferred (a deferred case has not gone to IMR: its treatments wait).
     */
    public List<PriorReview> priorReviews(String claimNumber) {
        List<PriorReview> reviews = new ArrayList<>();
        jdbc.sql("""
                select case_number, application::text from cases
                where claim_number = ? and application is not null and status not in ('INELIGIBLE', 'WITHDRAWN', 'DEFERRED')
                """).param(claimNumber)
                .query((rs, i) -> PriorReview.of(new CaseNumber(rs.getString(1)),
                        CaseEventJson.readApplication(rs.getString(2))))
                .list().forEach(reviews::addAll);
        return reviews;
    }

    private List<StoredCase> loadWhere(String where, Map<String, Object> params) {
        record Row(String n, int version, String reviewer, CaseEvent event) {
        }
        List<Row> rows = jdbc.sql("select c.case_number, c.version, c.reviewer, e.payload::text from cases c "
                        + "join case_events e on e.case_number = c.case_number where " + where
                        + " order by c.received_on, c.case_number, e.seq")
                .params(params)
                .query((rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3),
                        CaseEventJson.read(rs.getString(4))))
                .list();
        Map<String, List<Row>> byCase = new LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent(r.n(), k -> new ArrayList<>()).add(r));
        return byCase.values().stream().map(events -> {
            Row first = events.get(0);
            ImrCase c = ImrCase.replay(new CaseNumber(first.n()), events.stream().map(Row::event).toList(),
                    timeframes);
            return new StoredCase(c, first.version(), first.reviewer());
        }).toList();
    }

    private void insertEvents(ImrCase c, int from, String by) {
        List<CaseEvent> events = c.events();
        for (int i = from; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            jdbc.sql("""
                    insert into case_events (case_number, seq, type, occurred_on, payload, recorded_by)
                    values (?, ?, ?, ?, cast(? as jsonb), ?)
                    """)
                    .params(c.caseNumber().value(), i + 1, CaseEventJson.typeOf(e), Date.valueOf(e.on()),
                            CaseEventJson.write(e), by)
                    .update();
        }
    }

    private static String reviewer(ImrCase c) {
        CaseStatus s = c.status();
        if (s instanceof CaseStatus.InReview r) {
            return r.reviewer();
        }
        return c.events().stream().filter(CaseEvent.ReviewerAssigned.class::isInstance)
                .map(e -> ((CaseEvent.ReviewerAssigned) e).reviewer()).reduce((a, b) -> b).orElse(null);
    }
}
