package org.openimr.reviewers;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panel in PostgreSQL: each reviewer with licenses, certifications, subspecialties, practice, disciplinary
 * history, unavailable periods, workload limits, affiliations, and the staff sign-in name the reviewer works under
 * (optional). A save replaces the reviewer's lists in one transaction and publishes a {@link ReviewerPanelChanged}
 * in it, so that the audit entry commits with the change or not at all.
 */
@Component
public class ReviewerPanel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A reviewer with the staff account they sign in with, if any. */
    public record Member(Reviewer reviewer, Optional<String> signInName) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public ReviewerPanel(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every reviewer, by id. */
    public List<Reviewer> all() {
        return members().stream().map(Member::reviewer).toList();
    }

    /** Every reviewer with their sign-in name, by id. */
    public List<Member> members() {
        return load(null);
    }

    public Optional<Reviewer> byId(ReviewerId id) {
        return member(id).map(Member::reviewer);
    }

    public Optional<Member> member(ReviewerId id) {
        return load(id).stream().findFirst();
    }

    /** The reviewer who signs in as that staff user. */
    public Optional<Reviewer> bySignInName(String signInName) {
        return jdbc.sql("select id from reviewers where sign_in_name = ?").param(signInName).query(String.class)
                .optional().flatMap(id -> byId(ReviewerId.of(id)));
    }

    public int size() {
        return jdbc.sql("select count(*) from reviewers").query(Integer.class).single();
    }

    /** The id the next new reviewer gets, e.g. R-000026. */
    public ReviewerId nextId() {
        long n = jdbc.sql("select nextval('reviewer_number')").query(Long.class).single();
        return ReviewerId.of(String.format("R-%06d", n));
    }

    /**
     * Adds or replaces the reviewer under its id, with its sign-in name; refuses a sign-in name another reviewer
     * has. {@code change} and {@code detail} go to the audit log.
     */
    @Transactional
    public void save(Reviewer r, Optional<String> signInName, String change, String detail) {
        Objects.requireNonNull(r, "reviewer");
        String login = signInName.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        try {
            jdbc.sql("""
                    insert into reviewers (id, name, profession, sign_in_name, identifiers, subspecialties,
                        active_practice_since, weekly_hours, max_open_cases, max_new_cases_per_day,
                        affiliations_declared_on)
                    values (:id, :name, :profession, :login, cast(:identifiers as jsonb), :subspecialties, :since,
                        :hours, :maxOpen, :maxDay, :declared)
                    on conflict (id) do update set name = excluded.name, profession = excluded.profession,
                        sign_in_name = excluded.sign_in_name, identifiers = excluded.identifiers,
                        subspecialties = excluded.subspecialties,
                        active_practice_since = excluded.active_practice_since,
                        weekly_hours = excluded.weekly_hours, max_open_cases = excluded.max_open_cases,
                        max_new_cases_per_day = excluded.max_new_cases_per_day,
                        affiliations_declared_on = excluded.affiliations_declared_on, updated_at = now()
                    """)
                    .param("id", r.id().value()).param("name", r.name().disclosedWithinTheOrganization())
                    .param("profession", r.profession().name()).param("login", login)
                    .param("identifiers", identifiersJson(r.identifiers()))
                    .param("subspecialties", r.subspecialties().stream().map(Specialty::name).toArray(String[]::new))
                    .param("since", Date.valueOf(r.activePracticeSince()))
                    .param("hours", r.weeklyHoursInActivePractice())
                    .param("maxOpen", r.limits().maxOpenCases()).param("maxDay", r.limits().maxNewCasesPerDay())
                    .param("declared", Date.valueOf(r.affiliationsDeclaredOn()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PanelChangeRefused("signInName", "is already linked to another reviewer");
        }
        String id = r.id().value();
        for (String table : List.of("reviewer_licenses", "reviewer_certifications", "reviewer_disciplinary_entries",
                "reviewer_unavailable_periods", "reviewer_affiliations")) {
            jdbc.sql("delete from " + table + " where reviewer_id = ?").param(id).update();
        }
        int i = 0;
        for (License l : r.licenses()) {
            jdbc.sql("insert into reviewer_licenses values (?, ?, ?, ?, ?, ?)")
                    .params(id, i++, l.state().name(), l.number(), l.status().name(), Date.valueOf(l.expires()))
                    .update();
        }
        i = 0;
        for (BoardCertification c : r.certifications()) {
            jdbc.sql("insert into reviewer_certifications values (?, ?, ?, ?, ?, ?)")
                    .params(id, i++, c.specialty().name(), c.board(), Date.valueOf(c.certifiedOn()),
                            c.validThrough().map(Date::valueOf).orElse(null))
                    .update();
        }
        i = 0;
        for (DisciplinaryEntry d : r.disciplinaryHistory()) {
            jdbc.sql("insert into reviewer_disciplinary_entries values (?, ?, ?, ?, ?, ?)")
                    .params(id, i++, Date.valueOf(d.date()), d.authority(), d.status().name(), d.summary()).update();
        }
        i = 0;
        for (UnavailablePeriod p : r.unavailable()) {
            jdbc.sql("insert into reviewer_unavailable_periods values (?, ?, ?, ?)")
                    .params(id, i++, Date.valueOf(p.from()), Date.valueOf(p.through())).update();
        }
        i = 0;
        for (Affiliation a : r.affiliations()) {
            AffiliationRow row = AffiliationRow.of(a);
            jdbc.sql("""
                    insert into reviewer_affiliations (reviewer_id, position, kind, party_name, party_identifiers,
                        ownership_percent, compensation, relationship, relation, last_seen, care)
                    values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")
                    .params(id, i++, a.kind().name(), a.party().name().asWritten(),
                            identifiersJson(a.party().identifiers()), row.percent(), row.compensation(),
                            row.relationship(), row.relation(), row.lastSeen() == null ? null
                                    : Date.valueOf(row.lastSeen()), row.care())
                    .update();
        }
        events.publishEvent(new ReviewerPanelChanged(r.id(), change, detail));
    }

    private List<Member> load(ReviewerId only) {
        String where = only == null ? "" : " where reviewer_id = :id";
        Map<String, List<License>> licenses = new HashMap<>();
        jdbc.sql("select reviewer_id, state, number, status, expires from reviewer_licenses" + where
                + " order by reviewer_id, position").params(idParam(only)).query(rs -> {
                    licenses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new License(
                            UsState.valueOf(rs.getString(2)), rs.getString(3), LicenseStatus.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class)));
                });
        Map<String, List<BoardCertification>> certifications = new HashMap<>();
        jdbc.sql("select reviewer_id, specialty, board, certified_on, valid_through from reviewer_certifications"
                + where + " order by reviewer_id, position").params(idParam(only)).query(rs -> {
                    certifications.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new BoardCertification(Specialty.of(rs.getString(2)), rs.getString(3),
                                    rs.getObject(4, LocalDate.class),
                                    Optional.ofNullable(rs.getObject(5, LocalDate.class))));
                });
        Map<String, List<DisciplinaryEntry>> history = new HashMap<>();
        jdbc.sql("select reviewer_id, opened_on, authority, status, summary from reviewer_disciplinary_entries"
                + where + " order by reviewer_id, position").params(idParam(only)).query(rs -> {
                    history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DisciplinaryEntry(
                            rs.getObject(2, LocalDate.class), rs.getString(3),
                            DisciplinaryStatus.valueOf(rs.getString(4)), rs.getString(5)));
                });
        Map<String, List<UnavailablePeriod>> unavailable = new HashMap<>();
        jdbc.sql("select reviewer_id, from_day, through_day from reviewer_unavailable_periods" + where
                + " order by reviewer_id, position").params(idParam(only)).query(rs -> {
                    unavailable.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UnavailablePeriod(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        Map<String, List<Affiliation>> affiliations = new HashMap<>();
        jdbc.sql("""
                select reviewer_id, kind, party_name, party_identifiers, ownership_percent, compensation, relationship,
                       relation, last_seen, care from reviewer_affiliations""" + where
                + " order by reviewer_id, position").params(idParam(only)).query(rs -> {
                    affiliations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(AffiliationRow.read(rs,
                            new Party(PartyName.of(rs.getString(3)), identifiers(rs.getString(4)))));
                });
        Map<String, Member> members = new LinkedHashMap<>();
        jdbc.sql("""
                select id, name, profession, sign_in_name, identifiers, subspecialties, active_practice_since,
                       weekly_hours, max_open_cases, max_new_cases_per_day, affiliations_declared_on from reviewers"""
                + (only == null ? "" : " where id = :id") + " order by id").params(idParam(only)).query(rs -> {
                    String id = rs.getString(1);
                    Reviewer.Builder b = Reviewer.builder(ReviewerId.of(id), ReviewerName.of(rs.getString(2)))
                            .profession(Profession.valueOf(rs.getString(3)))
                            .activePracticeSince(rs.getObject(7, LocalDate.class))
                            .weeklyHoursInActivePractice(rs.getInt(8)).limits(rs.getInt(9), rs.getInt(10))
                            .affiliationsDeclaredOn(rs.getObject(11, LocalDate.class));
                    identifiers(rs.getString(5)).forEach(b::identifier);
                    b.subspecialty(strings(rs.getArray(6)));
                    licenses.getOrDefault(id, List.of()).forEach(b::license);
                    certifications.getOrDefault(id, List.of()).forEach(b::certification);
                    history.getOrDefault(id, List.of()).forEach(b::disciplinary);
                    unavailable.getOrDefault(id, List.of()).forEach(p -> b.unavailable(p.from(), p.through()));
                    affiliations.getOrDefault(id, List.of()).forEach(b::affiliation);
                    members.put(id, new Member(b.build(), Optional.ofNullable(rs.getString(4))));
                });
        return List.copyOf(members.values());
    }

    private static Map<String, Object> idParam(ReviewerId only) {
        return only == null ? Map.of() : Map.of("id", only.value());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static String identifiersJson(Set<PartyIdentifier> ids) {
        List<Map<String, String>> list = ids.stream().sorted(java.util.Comparator.comparing(PartyIdentifier::toString))
                .map(i -> Map.of("scheme", i.scheme().name(), "value", i.value())).toList();
        return JSON.writeValueAsString(list);
    }

    static Set<PartyIdentifier> identifiers(String json) {
        Set<PartyIdentifier> ids = new LinkedHashSet<>();
        for (JsonNode n : JSON.readTree(json)) {
            ids.add(new PartyIdentifier(IdentifierScheme.valueOf(n.get("scheme").asString()),
                    n.get("value").asString()));
        }
        return ids;
    }

    /** The columns an affiliation fills besides its kind and party. */
    private record AffiliationRow(BigDecimal percent, String compensation, String relationship, String relation,
            LocalDate lastSeen, String care) {

        static AffiliationRow of(Affiliation a) {
            if (a instanceof FinancialAffiliation f) {
                return f.tie() instanceof FinancialTie.OwnershipInterest o
                        ? new AffiliationRow(o.percent(), null, null, null, null, null)
                        : new AffiliationRow(null, ((FinancialTie.Compensation) f.tie()).description(), null, null,
                                null, null);
            }
            if (a instanceof ProfessionalAffiliation p) {
                return new AffiliationRow(null, null, p.relationship(), null, null, null);
            }
            if (a instanceof FamilialAffiliation f) {
                return new AffiliationRow(null, null, null, f.relation().name(), null, null);
            }
            PriorCareOfEmployee c = (PriorCareOfEmployee) a;
            return new AffiliationRow(null, null, null, null, c.lastSeen(), c.care().name());
        }

        static Affiliation read(ResultSet rs, Party party) throws SQLException {
            return switch (AffiliationKind.valueOf(rs.getString(2))) {
                case FINANCIAL -> rs.getBigDecimal(5) != null
                        ? new FinancialAffiliation(party, new FinancialTie.OwnershipInterest(rs.getBigDecimal(5)))
                        : new FinancialAffiliation(party, new FinancialTie.Compensation(rs.getString(6)));
                case PROFESSIONAL -> new ProfessionalAffiliation(party, rs.getString(7));
                case FAMILIAL -> new FamilialAffiliation(party, FamilyRelation.valueOf(rs.getString(8)));
                case PRIOR_CARE_OF_EMPLOYEE -> new PriorCareOfEmployee(party, rs.getObject(9, LocalDate.class),
                        PriorCareOfEmployee.Kind.valueOf(rs.getString(10)));
            };
        }
    }
}
