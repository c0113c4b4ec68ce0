package org.openimr.cases.store;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openimr.cases.NoticeMethod;
import org.openimr.cases.issue.AppealWindow;
import org.openimr.cases.issue.IssuedLetter;
import org.openimr.cases.issue.Recipient;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Issued letters in PostgreSQL ({@code issued_letters}, V55): written once, then only read; the table's trigger
 * refuses UPDATE, DELETE and TRUNCATE. Callers run {@link #insert} in the transaction that records the determination.
 */
@Repository
public class IssuedLetterStore {

    /** The two renderings kept of each letter. */
    public enum Version { TO_THE_PARTIES, PUBLIC }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public IssuedLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an issued letter; a second letter for the same case fails on the primary key. */
    public void insert(IssuedLetter letter, byte[] pdf, JsonNode letterJson, byte[] publicPdf,
            JsonNode publicLetterJson) {
        ArrayNode recipients = JSON.createArrayNode();
        letter.recipients().forEach(r -> recipients.addObject().put("role", r.role().name()).put("name", r.name()));
        AppealWindow appeal = letter.appeal();
        jdbc.sql("""
                insert into issued_letters (case_number, issued_at, issued_by, mailed_on, mailing_method, appeal_days,
                    appeal_last_day, outcomes, recipients, content_hash, pdf, letter, public_pdf, public_letter)
                values (:n, :at, :by, :mailed, :method, :days, :last, :outcomes::text[], cast(:recipients as jsonb),
                    :hash, :pdf, cast(:letter as jsonb), :publicPdf, cast(:publicLetter as jsonb))""")
                .param("n", letter.caseNumber().value())
                .param("at", letter.issuedAt())
                .param("by", letter.issuedBy())
                .param("mailed", Date.valueOf(appeal.mailedOn()))
                .param("method", appeal.method().name())
                .param("days", appeal.days())
                .param("last", Date.valueOf(appeal.lastDay()))
                .param("outcomes", letter.outcomes().stream().map(Outcome::name).toArray(String[]::new))
                .param("recipients", JSON.writeValueAsString(recipients))
                .param("hash", letter.contentHash())
                .param("pdf", pdf)
                .param("letter", JSON.writeValueAsString(letterJson))
                .param("publicPdf", publicPdf)
                .param("publicLetter", JSON.writeValueAsString(publicLetterJson))
                .update();
    }

    public boolean exists(CaseNumber n) {
        return jdbc.sql("select count(*) from issued_letters where case_number = ?").param(n.value())
                .query(Integer.class).single() > 0;
    }

    public Optional<IssuedLetter> find(CaseNumber n) {
        return jdbc.sql("""
                select issued_at, issued_by, mailed_on, mailing_method, appeal_days, appeal_last_day, outcomes,
                       recipients::text, content_hash
                from issued_letters where case_number = ?""").param(n.value())
                .query((rs, i) -> new IssuedLetter(n, rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        new AppealWindow(rs.getDate(3).toLocalDate(), NoticeMethod.valueOf(rs.getString(4)),
                                rs.getInt(5), rs.getDate(6).toLocalDate()),
                        Arrays.stream((String[]) rs.getArray(7).getArray()).map(Outcome::valueOf).toList(),
                        recipients(rs.getString(8)), rs.getString(9)))
                .optional();
    }

    /** The PDF as issued (to the parties) or as published. */
    public Optional<byte[]> pdf(CaseNumber n, Version version) {
        String column = version == Version.PUBLIC ? "public_pdf" : "pdf";
        return jdbc.sql("select " + column + " from issued_letters where case_number = ?").param(n.value())
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** The letter as JSON, as issued (to the parties) or as published. */
    public Optional<String> json(CaseNumber n, Version version) {
        String column = version == Version.PUBLIC ? "public_letter" : "letter";
        return jdbc.sql("select " + column + "::text from issued_letters where case_number = ?").param(n.value())
                .query(String.class).optional();
    }

    private static List<Recipient> recipients(String json) {
        return JSON.readTree(json).valueStream().map(r -> new Recipient(Recipient.Role.valueOf(
                r.get("role").asString()), r.get("name").asString())).toList();
    }
}
