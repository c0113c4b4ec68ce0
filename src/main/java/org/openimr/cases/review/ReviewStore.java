package org.openimr.cases.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.FactCorrection;
import org.openimr.casefile.Span;
import org.openimr.determination.DraftOutcome;
import org.openimr.determination.ReviewerDecision;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews in PostgreSQL. Every change first moves the review from the version the reviewer read to the next
 * ({@link #advance}), so two concurrent edits never overwrite each other: the second finds the version moved and is
 * refused. Database triggers refuse any change to a signed review.
 */
@Repository
class ReviewStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Review load(CaseNumber n) {
        var head = jdbc.sql("select version, summary, signed_by, signed_on, signed_at from case_reviews "
                        + "where case_number = ?").param(n.value())
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class)})
                .optional();
        if (head.isEmpty()) {
            return Review.empty();
        }
        Object[] h = head.get();
        Map<Integer, Review.DecidedItem> decisions = new LinkedHashMap<>();
        jdbc.sql("""
                select item, outcome, draft_outcome, reason_for_change, citation, why_not_mtus, claims_admin_citation,
                       rationale, decided_by, decided_at
                from review_decisions where case_number = ? order by item""").param(n.value())
                .query((rs, i) -> new Review.DecidedItem(new ReviewerDecision(rs.getInt(1),
                        Outcome.valueOf(rs.getString(2)), DraftOutcome.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), citation(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)), rs.getString(8)), citation(rs.getString(7)),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class)))
                .list().forEach(d -> decisions.put(d.decision().item(), d));
        var corrections = jdbc.sql("""
                select document_id, span_start, span_end, before_text, fact_kind, action, after_text, corrected_by,
                       corrected_at
                from fact_corrections where case_number = ? order by id""").param(n.value())
                .query((rs, i) -> new Review.RecordedCorrection(new FactCorrection(
                        new Span(StoredDocument.idOf(rs.getLong(1)), rs.getInt(2), rs.getInt(3), rs.getString(4)),
                        rs.getString(5), FactCorrection.Action.valueOf(rs.getString(6)), rs.getString(7)),
                        rs.getString(8), rs.getObject(9, OffsetDateTime.class)))
                .list();
        Optional<Review.Signature> signature = h[2] == null ? Optional.empty()
                : Optional.of(new Review.Signature((String) h[2], (LocalDate) h[3], (OffsetDateTime) h[4]));
        return new Review((Integer) h[0], decisions, corrections, Optional.ofNullable((String) h[1]), signature);
    }

    /**
     * Moves the review from {@code expectedVersion} to the next version, creating it at version 1 when it does not
     * exist yet (expected 0). False when another change came first (or the review is signed).
     */
    boolean advance(CaseNumber n, int expectedVersion) {
        if (expectedVersion == 0) {
            return jdbc.sql("insert into case_reviews (case_number, version) values (?, 1) on conflict do nothing")
                    .param(n.value()).update() == 1;
        }
        return jdbc.sql("update case_reviews set version = version + 1 where case_number = ? and version = ? "
                + "and signed_at is null").params(n.value(), expectedVersion).update() == 1;
    }

    void saveDecision(CaseNumber n, ReviewerDecision d, GuidelineCitation claimsAdministrator, String user) {
        jdbc.sql("""
                insert into review_decisions (case_number, item, outcome, draft_outcome, reason_for_change, citation,
                    why_not_mtus, claims_admin_citation, rationale, decided_by)
                values (:n, :item, :outcome, :draft, :reason, cast(:citation as jsonb), :whyNot, cast(:ca as jsonb),
                    :rationale, :user)
                on conflict (case_number, item) do update set outcome = excluded.outcome,
                    draft_outcome = excluded.draft_outcome, reason_for_change = excluded.reason_for_change,
                    citation = excluded.citation, why_not_mtus = excluded.why_not_mtus,
                    claims_admin_citation = excluded.claims_admin_citation, rationale = excluded.rationale,
                    decided_by = excluded.decided_by, decided_at = now()""")
                .param("n", n.value()).param("item", d.item()).param("outcome", d.outcome().name())
                .param("draft", d.draftOutcome().name()).param("reason", d.reasonForChange().orElse(null))
                .param("citation", JSON.writeValueAsString(d.citation()))
                .param("whyNot", d.whyNotMtus().orElse(null))
                .param("ca", JSON.writeValueAsString(claimsAdministrator)).param("rationale", d.rationale())
                .param("user", user).update();
    }

    void addCorrection(CaseNumber n, long documentId, FactCorrection c, String user) {
        jdbc.sql("""
                insert into fact_corrections (case_number, document_id, span_start, span_end, fact_kind, action,
                    before_text, after_text, corrected_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.value(), documentId, c.span().start(), c.span().end(), c.kind(), c.action().name(),
                        c.before(), c.after(), user)
                .update();
    }

    void saveSummary(CaseNumber n, String summary) {
        jdbc.sql("update case_reviews set summary = ? where case_number = ?").params(summary, n.value()).update();
    }

    void sign(CaseNumber n, String user, LocalDate on) {
        jdbc.sql("update case_reviews set signed_by = ?, signed_on = ?, signed_at = now() where case_number = ?")
                .params(user, on, n.value()).update();
    }

    private static GuidelineCitation citation(String json) {
        return JSON.readValue(json, GuidelineCitation.class);
    }
}
