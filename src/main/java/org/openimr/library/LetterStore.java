package org.openimr.library;

import org.openimr.shared.RequestCategory;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.Sex;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letters of the library in PostgreSQL (tables of V10__library_letters.sql). Each letter is stored in one
 * transaction with its items, so a failure never leaves half a letter; storing a letter that is already there
 * (same case number, or same text for a letter without one) changes nothing.
 */
@Component
public class LetterStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final RequestClassifier classifier;

    LetterStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
            RequestClassifier classifier) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.classifier = classifier;
    }

    /** Stores a letter and its items, classifying each item; a letter already in the library is left as it is. */
    public StoreResult store(FinalDeterminationLetter letter, LetterSource source) {
        return transactions.execute(status -> insert(letter, source));
    }

    private StoreResult insert(FinalDeterminationLetter letter, LetterSource source) {
        LetterDates dates = letter.dates();
        ReviewerCredentials reviewer = letter.reviewer();
        Optional<Inserted> inserted = jdbc.sql("""
                INSERT INTO library_letter (case_number, content_hash, layout, date_assigned, date_of_injury,
                    decision_date, ur_denial_date, application_received, priority, licensure_states, certifications,
                    subspecialties, qualifications, patient_age, patient_sex, clinical_case_summary, documents_reviewed, source_name)
                VALUES (:caseNumber, :hash, :layout, :assigned, :injury, :decision, :urDenial, :received, :priority,
                    :states::text[], :certifications::text[], :subspecialties::text[], :qualifications, :age, :sex, :summary,
                    :documents::text[], :source)
                ON CONFLICT ON CONSTRAINT library_letter_reference_unique DO NOTHING
                RETURNING id, reference""")
                .param("caseNumber", letter.caseNumber() == null ? null : letter.caseNumber().value())
                .param("hash", source.contentHash())
                .param("layout", letter.layout().name())
                .param("assigned", dates.dateAssigned())
                .param("injury", dates.dateOfInjury())
                .param("decision", dates.decisionDate())
                .param("urDenial", dates.urDenialDate())
                .param("received", dates.applicationReceived())
                .param("priority", letter.priority() == null ? null : letter.priority().name())
                .param("states", reviewer.licensureStates().toArray(String[]::new))
                .param("certifications", reviewer.certifications().toArray(String[]::new))
                .param("subspecialties", reviewer.subspecialties().toArray(String[]::new))
                .param("qualifications", reviewer.qualifications())
                .param("age", letter.patient().age())
                .param("sex", letter.patient().sex() == null ? null : letter.patient().sex().name())
                .param("summary", letter.clinicalCaseSummary())
                .param("documents", letter.documentsReviewed().stream().map(DocumentReviewed::description)
                        .toArray(String[]::new))
                .param("source", source.name())
                .query((rs, n) -> new Inserted(rs.getLong("id"), rs.getString("reference"))).optional();
        if (inserted.isEmpty()) {
            String reference = letter.caseNumber() != null ? letter.caseNumber().value()
                    : jdbc.sql("SELECT reference FROM library_letter WHERE content_hash = :hash AND case_number IS NULL")
                            .param("hash", source.contentHash()).query(String.class).single();
            return new StoreResult(StoreResult.Status.ALREADY_PRESENT, reference, 0);
        }
        insertItems(inserted.get().id(), letter);
        return new StoreResult(StoreResult.Status.STORED, inserted.get().reference(), letter.items().size());
    }

    private record Inserted(long id, String reference) {
    }

    private void insertItems(long letterId, FinalDeterminationLetter letter) {
        List<ItemDetermination> items = letter.items();
        String[] specialties = specialties(letter.reviewer()).toArray(String[]::new);
        String[] states = letter.reviewer().licensureStates().toArray(String[]::new);
        jdbcTemplate.batchUpdate("""
                INSERT INTO library_item (letter_id, item_index, request, original_request, authorized_portion,
                    outcome, category, subcategory,
                    ca_basis, ca_guideline, ca_edition, ca_sections, ca_pages, ca_other_sources, ca_text,
                    rv_basis, rv_guideline, rv_edition, rv_sections, rv_pages, rv_other_sources, rv_text,
                    rationale, decision_date, specialties, states, case_summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?::text[],
                    ?::text[], ?::text[], ?, ?, ?, ?::text[], ?::text[], ?)""", new BatchPreparedStatementSetter() {

                @Override
                public int getBatchSize() {
                    return items.size();
                }

                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ItemDetermination item = items.get(i);
                    int index = i + 1;
                    RequestCategory category = classifier.classify(item.request().text());
                    int p = 1;
                    ps.setLong(p++, letterId);
                    ps.setInt(p++, index);
                    ps.setString(p++, item.request().text());
                    ps.setString(p++, item.request().modification().map(DisputedRequest.UrModification::originalRequest)
                            .orElse(null));
                    ps.setString(p++, item.request().modification().map(DisputedRequest.UrModification::authorized)
                            .orElse(null));
                    ps.setString(p++, item.outcome().name());
                    ps.setString(p++, category.category());
                    ps.setString(p++, category.subcategory());
                    p = setCitation(ps, p, item.claimsAdministratorGuideline());
                    p = setCitation(ps, p, item.reviewerGuideline());
                    ps.setString(p++, item.rationale());
                    ps.setObject(p++, letter.dates().decisionDate());
                    ps.setObject(p++, specialties);
                    ps.setObject(p++, states);
                    ps.setString(p, letter.clinicalCaseSummary());
                }
            });
    }

    /** What the specialty facet lists for a reviewer: the certifications, then any subspecialty. */
    static List<String> specialties(ReviewerCredentials reviewer) {
        List<String> all = new ArrayList<>(reviewer.certifications());
        reviewer.subspecialties().stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }

    private static int setCitation(PreparedStatement ps, int p, GuidelineCitation c) throws SQLException {
        if (c == null) {
            ps.setString(p++, null);
            ps.setString(p++, null);
            ps.setString(p++, null);
            ps.setObject(p++, new String[0]);
            ps.setObject(p++, new String[0]);
            ps.setObject(p++, new String[0]);
            ps.setString(p++, "");
            return p;
        }
        ps.setString(p++, c.basis().name());
        ps.setString(p++, c.guideline());
        ps.setString(p++, c.edition());
        ps.setObject(p++, c.sections().toArray(String[]::new));
        ps.setObject(p++, c.pages().stream().map(PageRange::toString).toArray(String[]::new));
        ps.setObject(p++, c.otherSources().toArray(String[]::new));
        ps.setString(p++, c.text());
        return p;
    }

    /** Whether a letter with this source text (content hash) is stored. */
    public boolean containsContent(String contentHash) {
        return referenceOfContent(contentHash).isPresent();
    }

    /** The reference of the letter stored from this source text (content hash), if any. */
    public Optional<String> referenceOfContent(String contentHash) {
        return jdbc.sql("SELECT reference FROM library_letter WHERE content_hash = :hash ORDER BY id LIMIT 1")
                .param("hash", contentHash).query(String.class).optional();
    }

    /** The number of letters stored. */
    public long countLetters() {
        return jdbc.sql("SELECT count(*) FROM library_letter").query(Long.class).single();
    }

    /** Whether no letter is stored. */
    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM library_letter)").query(Boolean.class).single();
    }

    /**
     * A change counter of the library: it grows whenever a letter is stored or an item is reclassified. Caches
     * of figures over the whole library key on it.
     */
    public long version() {
        return jdbc.sql("SELECT coalesce(max(id), 0) + coalesce((SELECT value::bigint FROM openimr_meta"
                + " WHERE key = 'library.reclassified'), 0) FROM library_letter").query(Long.class).single();
    }

    /** The letter the library names {@code reference} (a case number, or "sha-" and a hash prefix). */
    public Optional<StoredLetter> find(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 40) {
            return Optional.empty();
        }
        String ref = CaseNumber.isValid(reference.strip().toUpperCase(java.util.Locale.ROOT))
                ? reference.strip().toUpperCase(java.util.Locale.ROOT) : reference.strip().toLowerCase(java.util.Locale.ROOT);
        return transactions.execute(status -> jdbc.sql("SELECT * FROM library_letter WHERE reference = :ref")
                .param("ref", ref).query((rs, n) -> readLetter(rs)).optional()
                .map(this::withItems));
    }

    private record LetterRow(long id, String reference, FinalDeterminationLetter withoutItems, String sourceName,
            java.time.Instant ingestedAt) {
    }

    private LetterRow readLetter(ResultSet rs) throws SQLException {
        String caseNumber = rs.getString("case_number");
        String priority = rs.getString("priority");
        String sex = rs.getString("patient_sex");
        int age = rs.getInt("patient_age");
        Integer patientAge = rs.wasNull() ? null : age;
        FinalDeterminationLetter letter = new FinalDeterminationLetter(
                Layout.valueOf(rs.getString("layout")),
                caseNumber == null ? null : new CaseNumber(caseNumber),
                new LetterDates(date(rs, "date_assigned"), date(rs, "date_of_injury"), date(rs, "decision_date"),
                        date(rs, "ur_denial_date"), date(rs, "application_received")),
                priority == null ? null : Priority.valueOf(priority),
                new ReviewerCredentials(strings(rs, "licensure_states"), strings(rs, "certifications"),
                        rs.getString("qualifications"), strings(rs, "subspecialties")),
                new PatientAsStated(patientAge, sex == null ? null : Sex.valueOf(sex)),
                rs.getString("clinical_case_summary"),
                strings(rs, "documents_reviewed").stream().map(DocumentReviewed::new).toList(),
                List.of());
        Timestamp ingested = rs.getTimestamp("ingested_at");
        return new LetterRow(rs.getLong("id"), rs.getString("reference"), letter, rs.getString("source_name"),
                ingested.toInstant());
    }

    private StoredLetter withItems(LetterRow row) {
        List<ItemDetermination> items = new ArrayList<>();
        List<RequestCategory> categories = new ArrayList<>();
        jdbc.sql("SELECT * FROM library_item WHERE letter_id = :id ORDER BY item_index").param("id", row.id())
                .query(rs -> {
                    String original = rs.getString("original_request");
                    DisputedRequest request = new DisputedRequest(rs.getString("request"),
                            original == null ? Optional.empty()
                                    : Optional.of(new DisputedRequest.UrModification(original,
                                            rs.getString("authorized_portion"))));
                    items.add(new ItemDetermination(request, Outcome.valueOf(rs.getString("outcome")),
                            citation(rs, "ca_"), citation(rs, "rv_"), rs.getString("rationale")));
                    categories.add(new RequestCategory(rs.getString("category"), rs.getString("subcategory")));
                });
        FinalDeterminationLetter l = row.withoutItems();
        FinalDeterminationLetter letter = new FinalDeterminationLetter(l.layout(), l.caseNumber(), l.dates(),
                l.priority(), l.reviewer(), l.patient(), l.clinicalCaseSummary(), l.documentsReviewed(), items);
        return new StoredLetter(row.reference(), letter, categories, row.sourceName(), row.ingestedAt());
    }

    private static GuidelineCitation citation(ResultSet rs, String prefix) throws SQLException {
        String basis = rs.getString(prefix + "basis");
        if (basis == null) {
            return null;
        }
        return new GuidelineCitation(CitationBasis.valueOf(basis),
                rs.getString(prefix + "guideline"), rs.getString(prefix + "edition"),
                strings(rs, prefix + "sections"),
                strings(rs, prefix + "pages").stream().flatMap(p -> PageRange.parseAll(p).stream()).toList(),
                strings(rs, prefix + "other_sources"), rs.getString(prefix + "text"));
    }

    /**
     * Classifies every stored item again with the current rules (after request-categories.yaml changed).
     *
     * @return the number of items whose category changed
     */
    public int reclassify() {
        return transactions.execute(status -> {
            List<Object[]> changes = new ArrayList<>();
            jdbc.sql("SELECT letter_id, item_index, request, category, subcategory FROM library_item")
                    .query(rs -> {
                        RequestCategory now = classifier.classify(rs.getString("request"));
                        RequestCategory before = new RequestCategory(rs.getString("category"),
                                rs.getString("subcategory"));
                        if (!now.equals(before)) {
                            changes.add(new Object[] {now.category(), now.subcategory(), rs.getLong("letter_id"),
                                    rs.getInt("item_index")});
                        }
                    });
            jdbcTemplate.batchUpdate("UPDATE library_item SET category = ?, subcategory = ?"
                    + " WHERE letter_id = ? AND item_index = ?", changes);
            if (!changes.isEmpty()) {
                jdbc.sql("""
                        INSERT INTO openimr_meta (key, value) VALUES ('library.reclassified', '1')
                        ON CONFLICT (key) DO UPDATE SET value = (openimr_meta.value::bigint + 1)::text""").update();
            }
            return changes.size();
        });
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
