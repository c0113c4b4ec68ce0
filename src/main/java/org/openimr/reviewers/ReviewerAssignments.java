package org.openimr.reviewers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openimr.shared.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The assignments made, each with its {@link ConflictAttestation}, in the append-only table
 * {@code reviewer_assignments}: a reassignment adds a row, nothing is changed or removed. Callers run
 * {@link #record} in the transaction that records the assignment on the case, so both are stored or neither.
 */
@Component
public class ReviewerAssignments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * An assignment as stored: what an appeal can be shown (no name, no panel id in the attestation).
     *
     * @param statement    the attestation in a paragraph ({@link ConflictAttestation#statement()})
     * @param rolesChecked the roles of the parties the attestation checked, in {@link PartyRole} order
     */
    public record Recorded(CaseNumber caseNumber, ReviewerId reviewer, LocalDate assignedOn,
            LocalDate determinationDue, ReviewerReference reference, Instant checkedAt, String ruleBookVersion,
            String statement, List<PartyRole> rolesChecked) {

        public Recorded {
            rolesChecked = List.copyOf(rolesChecked);
        }
    }

    private final JdbcClient jdbc;

    public ReviewerAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Assignment a) {
        ConflictAttestation at = a.attestation();
        jdbc.sql("""
                insert into reviewer_assignments (case_number, reviewer_id, assigned_on, determination_due,
                    reviewer_reference, checked_at, rule_book_version, statement, attestation)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(a.caseNumber().value(), a.reviewer().value(), Date.valueOf(a.assignedOn()),
                        Date.valueOf(a.determinationDue()), at.reviewer().value(), Timestamp.from(at.checkedAt()),
                        at.ruleBookVersion(), at.statement(), json(at))
                .update();
    }

    /** The assignments of a case, oldest first. */
    public List<Recorded> ofCase(CaseNumber caseNumber) {
        return jdbc.sql("""
                select case_number, reviewer_id, assigned_on, determination_due, reviewer_reference, checked_at,
                       rule_book_version, statement,
                       array(select distinct p ->> 'role' from jsonb_array_elements(attestation -> 'partiesChecked') p)
                from reviewer_assignments where case_number = ? order by id""")
                .param(caseNumber.value())
                .query((rs, i) -> new Recorded(new CaseNumber(rs.getString(1)), ReviewerId.of(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        new ReviewerReference(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8), roles((String[]) rs.getArray(9).getArray())))
                .list();
    }

    /** The latest assignment of a case: the one in force. */
    public Optional<Recorded> current(CaseNumber caseNumber) {
        List<Recorded> all = ofCase(caseNumber);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static List<PartyRole> roles(String[] names) {
        return Arrays.stream(names).map(PartyRole::valueOf).sorted().toList();
    }

    /** How many new cases each reviewer received on each day from {@code since} on. */
    public Map<ReviewerId, Map<LocalDate, Integer>> assignedPerDay(LocalDate since) {
        Map<ReviewerId, Map<LocalDate, Integer>> perDay = new HashMap<>();
        jdbc.sql("""
                select reviewer_id, assigned_on, count(*) from reviewer_assignments where assigned_on >= ?
                group by reviewer_id, assigned_on""").param(Date.valueOf(since)).query(rs -> {
                    perDay.computeIfAbsent(ReviewerId.of(rs.getString(1)), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getInt(3));
                });
        return perDay;
    }

    /** The whole attestation as JSON: the parties checked by role, name and identifiers, the kinds, the finding, the rules. */
    static String json(ConflictAttestation at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", at.caseNumber().value());
        m.put("reviewer", at.reviewer().value());
        m.put("checkedAt", at.checkedAt().toString());
        m.put("ruleBookVersion", at.ruleBookVersion());
        m.put("partiesChecked", at.partiesChecked().stream().map(ReviewerAssignments::party).toList());
        m.put("expectedRolesNotOnFile", at.expectedRolesNotOnFile().stream().map(Enum::name).sorted().toList());
        m.put("kindsScreened", at.kindsScreened().stream().map(Enum::name).sorted().toList());
        m.put("affiliationsOnFile", at.affiliationsOnFile());
        m.put("affiliationsDeclaredOn", at.affiliationsDeclaredOn().toString());
        m.put("finding", at.finding());
        m.put("otherRulesMet", at.otherRulesMet());
        return JSON.writeValueAsString(m);
    }

    /** A party checked: its role and name, and the identifiers it was matched by too ("NPI 1902000107"). */
    private static Map<String, Object> party(CaseParty p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", p.role().name());
        m.put("name", p.party().name().asWritten());
        if (!p.party().identifiers().isEmpty()) {
            m.put("identifiers", p.party().identifiers().stream().map(PartyIdentifier::toString).sorted().toList());
        }
        return m;
    }
}
