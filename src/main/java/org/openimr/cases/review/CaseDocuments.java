package org.openimr.cases.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.openimr.casefile.DocumentType;
import org.openimr.shared.CaseNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of case files in PostgreSQL, with their text and a full-text index over it. Documents are only ever
 * added (a trigger refuses changes). Access rules are the {@link ReviewService}'s.
 */
@Repository
public class CaseDocuments {

    /** A document whose text matches a search, with an excerpt in which the matching words are marked. */
    public record Hit(long id, String description, String author, LocalDate date, List<Excerpt> excerpt) {
    }

    /** A run of an excerpt's text, marked when it matched the query. */
    public record Excerpt(String text, boolean marked) {
    }

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE = "StartSel=" + START + ",StopSel=" + STOP + ",MaxFragments=2,MaxWords=25";

    private static final String COLUMNS =
            "id, type, author, document_date, file_name, media_type, text, uploaded_by, uploaded_at";

    private static final RowMapper<StoredDocument> ROW = (rs, i) -> new StoredDocument(rs.getLong(1),
            DocumentType.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getObject(9, OffsetDateTime.class));

    private final JdbcClient jdbc;

    public CaseDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredDocument add(CaseNumber n, DocumentType type, String author, LocalDate date, String fileName,
            String mediaType, String text, String uploadedBy) {
        return jdbc.sql("insert into case_documents (case_number, type, author, document_date, file_name, media_type,"
                        + " text, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS)
                .params(n.value(), type.name(), author, date, fileName, mediaType, text, uploadedBy)
                .query(ROW).single();
    }

    /** The case's documents in the order they were added. */
    public List<StoredDocument> of(CaseNumber n) {
        return jdbc.sql("select " + COLUMNS + " from case_documents where case_number = ? order by id")
                .param(n.value()).query(ROW).list();
    }

    Optional<StoredDocument> one(CaseNumber n, long id) {
        return jdbc.sql("select " + COLUMNS + " from case_documents where case_number = ? and id = ?")
                .params(n.value(), id).query(ROW).optional();
    }

    /** The case's documents matching a web-style query ("physical therapy" -opioid), best first. */
    List<Hit> search(CaseNumber n, String query) {
        return jdbc.sql("""
                select id, type, author, document_date,
                       ts_headline('english', text, q, ?)
                from case_documents, websearch_to_tsquery('english', ?) q
                where case_number = ? and search @@ q
                order by ts_rank(search, q) desc, id""")
                .params(HEADLINE, query, n.value())
                .query((rs, i) -> new Hit(rs.getLong(1), StoredDocument.describe(DocumentType.valueOf(rs.getString(2))),
                        rs.getString(3), rs.getObject(4, LocalDate.class), excerpt(rs.getString(5))))
                .list();
    }

    private static List<Excerpt> excerpt(String headline) {
        List<Excerpt> parts = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new Excerpt(run.toString(), marked));
                    run.setLength(0);
                }
                marked = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Excerpt(run.toString(), marked));
        }
        return List.copyOf(parts);
    }
}
