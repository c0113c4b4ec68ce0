package org.openimr.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole library as open data, one record per disputed item, in CSV (RFC 4180, UTF-8, a header row) or JSON
 * Lines (one object per line, the same names). Streamed from a database cursor: memory does not grow with the
 * library. The columns are stable: {@link #COLUMNS} lists them, docs/open-data.md documents them, and a test keeps
 * the two in step.
 */
@Component
public class OpenDataExport {

    /** In CSV, the values of a list are joined with this. */
    public static final String LIST_SEPARATOR = " | ";

    /** A column of the export: its name (CSV header, JSON key), type and meaning. */
    public record Column(String name, Type type, String meaning) {
    }

    /** How a column's values are written. */
    public enum Type {
        TEXT("text"), INTEGER("integer"), DATE("date (YYYY-MM-DD)"), TIMESTAMP("timestamp (ISO 8601, UTC)"),
        LIST("list of text");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("case_number", Type.TEXT, "The IMR case number (CMyy-nnnnnnn); empty when the letter has none"),
            new Column("letter_reference", Type.TEXT,
                    "How the library names the letter: the case number, or for a letter without one 'sha-' and the"
                            + " start of its content hash"),
            new Column("item_index", Type.INTEGER, "The disputed item's place in the letter, from 1"),
            new Column("letter_url", Type.TEXT, "The letter's page in the library"),
            new Column("layout", Type.TEXT,
                    "The letter's layout: NOTICE_2013, NARRATIVE_2014, DOCUMENTS_2015, HEADER_2016 or"
                            + " MEDICAL_PROFESSIONAL_REVIEW"),
            new Column("decision_date", Type.DATE, "The date of the IMR decision"),
            new Column("date_assigned", Type.DATE, "The date the case was assigned to the expert reviewer"),
            new Column("application_received", Type.DATE, "The date the IMR application was received"),
            new Column("ur_denial_date", Type.DATE, "The date of the Utilization Review decision disputed"),
            new Column("date_of_injury", Type.DATE, "The date of the industrial injury"),
            new Column("priority", Type.TEXT, "STANDARD or EXPEDITED review"),
            new Column("reviewer_licensure_states", Type.LIST, "States where the expert reviewer is licensed"),
            new Column("reviewer_certifications", Type.LIST, "The expert reviewer's board certifications or specialties"),
            new Column("reviewer_subspecialties", Type.LIST, "Subspecialties the letter names (older layouts)"),
            new Column("patient_age", Type.INTEGER, "The injured worker's age as the case summary states it"),
            new Column("patient_sex", Type.TEXT, "MALE or FEMALE as the case summary states it"),
            new Column("request", Type.TEXT,
                    "The disputed request; where UR modified it, the part left in dispute"),
            new Column("original_request", Type.TEXT, "Where UR modified the request: the request as first made"),
            new Column("authorized_portion", Type.TEXT, "Where UR modified the request: what UR authorized"),
            new Column("outcome", Type.TEXT,
                    "UPHELD (the denial stands: not medically necessary) or OVERTURNED (medically necessary)"),
            new Column("category", Type.TEXT, "DWC request category, e.g. Pharmaceuticals (classified by OpenIMR)"),
            new Column("subcategory", Type.TEXT, "DWC request subcategory, e.g. Opioids; empty where the category has none"),
            new Column("claims_administrator_basis", Type.TEXT,
                    "What the claims administrator's guideline line rests on: MTUS, NON_MTUS (only sources outside"
                            + " the MTUS) or NONE (no evidence cited); empty where the layout does not state it"),
            new Column("claims_administrator_guideline", Type.TEXT, "The MTUS guideline the claims administrator cited"),
            new Column("claims_administrator_edition", Type.TEXT, "Its edition or year, e.g. 2016"),
            new Column("claims_administrator_sections", Type.LIST, "The sections it cited"),
            new Column("claims_administrator_pages", Type.LIST, "The pages it cited, e.g. 98-99"),
            new Column("claims_administrator_other_sources", Type.LIST, "Sources outside the MTUS it cited"),
            new Column("claims_administrator_text", Type.TEXT, "The claims administrator guideline line as printed"),
            new Column("reviewer_basis", Type.TEXT,
                    "What the expert reviewer's guideline line rests on: MTUS, NON_MTUS or NONE"),
            new Column("reviewer_guideline", Type.TEXT, "The MTUS guideline the expert reviewer cited"),
            new Column("reviewer_edition", Type.TEXT, "Its edition or year"),
            new Column("reviewer_sections", Type.LIST, "The sections the reviewer cited"),
            new Column("reviewer_pages", Type.LIST, "The pages the reviewer cited"),
            new Column("reviewer_other_sources", Type.LIST, "Sources outside the MTUS the reviewer cited"),
            new Column("reviewer_text", Type.TEXT, "The reviewer's guideline line as printed"),
            new Column("rationale", Type.TEXT, "The expert reviewer's decision rationale"),
            new Column("clinical_case_summary", Type.TEXT,
                    "The letter's clinical case summary (the same for every item of a letter)"),
            new Column("source_name", Type.TEXT, "The file the letter was read from"),
            new Column("ingested_at", Type.TIMESTAMP, "When the letter was stored in this library"));

    private static final String SELECT = """
            SELECT l.case_number, l.reference AS letter_reference, i.item_index,
                   ? || '/decisions/' || l.reference AS letter_url, l.layout, l.decision_date, l.date_assigned,
                   l.application_received, l.ur_denial_date, l.date_of_injury, l.priority,
                   l.licensure_states AS reviewer_licensure_states, l.certifications AS reviewer_certifications,
                   l.subspecialties AS reviewer_subspecialties, l.patient_age, l.patient_sex, i.request,
                   i.original_request, i.authorized_portion, i.outcome, i.category, i.subcategory,
                   i.ca_basis AS claims_administrator_basis, i.ca_guideline AS claims_administrator_guideline,
                   i.ca_edition AS claims_administrator_edition, i.ca_sections AS claims_administrator_sections,
                   i.ca_pages AS claims_administrator_pages, i.ca_other_sources AS claims_administrator_other_sources,
                   CASE WHEN i.ca_basis IS NULL THEN NULL ELSE i.ca_text END AS claims_administrator_text,
                   i.rv_basis AS reviewer_basis, i.rv_guideline AS reviewer_guideline, i.rv_edition AS reviewer_edition,
                   i.rv_sections AS reviewer_sections, i.rv_pages AS reviewer_pages,
                   i.rv_other_sources AS reviewer_other_sources, i.rv_text AS reviewer_text, i.rationale,
                   l.clinical_case_summary, l.source_name, l.ingested_at
            FROM library_letter l JOIN library_item i ON i.letter_id = l.id
            ORDER BY l.id, i.item_index""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    OpenDataExport(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Writes the library as CSV.
     *
     * @param baseUrl the library's address, for the letter_url column (e.g. https://imr.example.org)
     */
    public void writeCsv(Writer out, String baseUrl) {
        write(out, baseUrl, true);
    }

    /** Writes the library as JSON Lines. */
    public void writeJsonLines(Writer out, String baseUrl) {
        write(out, baseUrl, false);
    }

    private void write(Writer out, String baseUrl, boolean csv) {
        try {
            if (csv) {
                List<String> header = COLUMNS.stream().map(Column::name).toList();
                out.write(String.join(",", header));
                out.write("\r\n");
            }
            transactions.executeWithoutResult(status -> jdbc.query(connection -> {
                PreparedStatement ps = connection.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                ps.setFetchSize(500);
                ps.setString(1, baseUrl);
                return ps;
            }, (ResultSet rs) -> {
                try {
                    if (csv) {
                        csvRow(out, rs);
                    } else {
                        out.write(JSON.writeValueAsString(jsonRow(rs)));
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csvRow(Writer out, ResultSet rs) throws SQLException, IOException {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (c > 0) {
                out.write(',');
            }
            Object value = value(rs, COLUMNS.get(c));
            String text = value == null ? "" : value instanceof List<?> list
                    ? String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()) : value.toString();
            out.write(csvField(text));
        }
        out.write("\r\n");
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static Map<String, Object> jsonRow(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            row.put(column.name(), value(rs, column));
        }
        return row;
    }

    private static Object value(ResultSet rs, Column column) throws SQLException {
        return switch (column.type()) {
            case TEXT -> rs.getString(column.name());
            case INTEGER -> {
                int n = rs.getInt(column.name());
                yield rs.wasNull() ? null : n;
            }
            case DATE -> {
                java.sql.Date d = rs.getDate(column.name());
                yield d == null ? null : d.toLocalDate().toString();
            }
            case TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(column.name(), OffsetDateTime.class);
                yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case LIST -> {
                Array a = rs.getArray(column.name());
                yield a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
            }
        };
    }
}
