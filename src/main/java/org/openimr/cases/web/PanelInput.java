package org.openimr.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openimr.cases.ValidationProblems.Problem;
import org.openimr.reviewers.Affiliation;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.FamilialAffiliation;
import org.openimr.reviewers.FamilyRelation;
import org.openimr.reviewers.FinancialAffiliation;
import org.openimr.reviewers.IdentifierScheme;
import org.openimr.reviewers.License;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PriorCareOfEmployee;
import org.openimr.reviewers.Profession;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.Specialty;
import org.openimr.reviewers.UsState;

/**
 * Reads the panel's input, from a page form or from the API's JSON flattened to the same field names
 * ({@code name}, {@code licenses[0].expires} ...), into the reviewers module's types. Every problem is reported
 * against its field; a reader with problems gives nothing to store.
 */
final class PanelInput {

    /** The kinds of affiliation a form offers, each with what its detail field holds. */
    enum AffiliationChoice {
        OWNERSHIP("Ownership interest", "Percent of the business owned, e.g. 2.5"),
        COMPENSATION("Compensation", "What is paid, e.g. consulting fees"),
        PROFESSIONAL("Professional tie", "The tie, e.g. staff privileges"),
        FAMILIAL("Family member", "The relation, e.g. SIBLING"),
        TREATED("Treated the employee", "Day last seen, YYYY-MM-DD"),
        EXAMINED("Examined the employee", "Day last seen, YYYY-MM-DD");

        final String label;
        final String detailHint;

        AffiliationChoice(String label, String detailHint) {
            this.label = label;
            this.detailHint = detailHint;
        }

        public String label() {
            return label;
        }

        public String detailHint() {
            return detailHint;
        }
    }

    private final Map<String, String> fields;
    private final List<Problem> problems = new ArrayList<>();

    PanelInput(Map<String, String> fields) {
        this.fields = fields;
    }

    List<Problem> problems() {
        return problems;
    }

    Optional<String> signInName() {
        return Optional.ofNullable(fields.get("signInName")).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The reviewer's own data on top of {@code existing} (its lists kept), under {@code id}; empty with problems
     * when a field is wrong.
     */
    Optional<Reviewer> reviewer(ReviewerId id, Optional<Reviewer> existing) {
        int before = problems.size();
        ReviewerName name = required("name", ReviewerName::of);
        Profession profession = required("profession", v -> Profession.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        LocalDate since = date("activePracticeSince", true);
        if (since != null && since.isAfter(LocalDate.now(org.openimr.shared.BusinessCalendar.ZONE))) {
            problems.add(new Problem("activePracticeSince", "is in the future"));
        }
        Integer hours = number("weeklyHours", 0, 168);
        Integer maxOpen = number("maxOpenCases", 0, 1000);
        Integer maxDay = number("maxNewCasesPerDay", 0, 100);
        LocalDate declared = date("affiliationsDeclaredOn", true);
        String login = fields.get("signInName");
        if (login != null && !login.isBlank() && !login.strip().matches("[A-Za-z0-9._@-]{1,64}")) {
            problems.add(new Problem("signInName", "may hold only letters, digits, '.', '_', '@' and '-'"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Reviewer.Builder b = existing.map(Reviewer::toBuilder).orElse(Reviewer.builder(id, name)).id(id).name(name)
                .profession(profession).activePracticeSince(since).weeklyHoursInActivePractice(hours)
                .limits(maxOpen, maxDay).affiliationsDeclaredOn(declared);
        String subs = fields.get("subspecialties");
        if (subs != null) {
            b.withoutSubspecialties().subspecialty(Arrays.stream(subs.split("[,;\\n]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
        return Optional.of(b.build());
    }

    Optional<License> license(String prefix) {
        int before = problems.size();
        UsState state = required(prefix + "state", UsState::of);
        String number = required(prefix + "number", v -> v);
        LicenseStatus status = required(prefix + "status",
                v -> LicenseStatus.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        LocalDate expires = date(prefix + "expires", true);
        return problems.size() > before ? Optional.empty()
                : Optional.of(new License(state, number.strip(), status, expires));
    }

    Optional<BoardCertification> certification(String prefix) {
        int before = problems.size();
        Specialty specialty = required(prefix + "specialty", Specialty::of);
        String board = required(prefix + "board", String::strip);
        LocalDate on = date(prefix + "certifiedOn", true);
        LocalDate through = date(prefix + "validThrough", false);
        if (on != null && through != null && through.isBefore(on)) {
            problems.add(new Problem(prefix + "validThrough", "is before the day of certification"));
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new BoardCertification(specialty, board, on, Optional.ofNullable(through)));
    }

    Optional<Affiliation> affiliation(String prefix) {
        int before = problems.size();
        AffiliationChoice kind = required(prefix + "kind",
                v -> AffiliationChoice.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        String partyName = required(prefix + "party", String::strip);
        String identifier = text(prefix + "identifier");
        PartyIdentifier id = null;
        if (identifier != null) {
            IdentifierScheme scheme = required(prefix + "identifierScheme",
                    v -> IdentifierScheme.valueOf(v.strip().toUpperCase(Locale.ROOT)));
            id = scheme == null ? null : new PartyIdentifier(scheme, identifier);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Party party = id == null ? Party.named(partyName) : Party.named(partyName, id);
        String detail = prefix + "detail";
        Affiliation a = switch (kind) {
            case OWNERSHIP -> Optional.ofNullable(required(detail, v -> new BigDecimal(v.strip().replace("%", ""))))
                    .filter(p -> p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0 || bad(detail,
                            "must be a percentage between 0 and 100"))
                    .map(p -> (Affiliation) FinancialAffiliation.ownership(party, p.toPlainString())).orElse(null);
            case COMPENSATION -> Optional.ofNullable(required(detail, String::strip))
                    .map(d -> (Affiliation) FinancialAffiliation.compensation(party, d)).orElse(null);
            case PROFESSIONAL -> Optional.ofNullable(required(detail, String::strip))
                    .map(d -> (Affiliation) new ProfessionalAffiliation(party, d)).orElse(null);
            case FAMILIAL -> Optional.ofNullable(required(detail,
                    v -> FamilyRelation.valueOf(v.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))))
                    .map(r -> (Affiliation) new FamilialAffiliation(party, r)).orElse(null);
            case TREATED, EXAMINED -> Optional.ofNullable(date(detail, true))
                    .map(d -> (Affiliation) new PriorCareOfEmployee(party, d, kind == AffiliationChoice.TREATED
                            ? PriorCareOfEmployee.Kind.TREATED : PriorCareOfEmployee.Kind.EXAMINED)).orElse(null);
        };
        return Optional.ofNullable(a);
    }

    private boolean bad(String field, String message) {
        problems.add(new Problem(field, message));
        return false;
    }

    private String text(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private <T> T required(String field, Function<String, T> parse) {
        String v = text(field);
        if (v == null) {
            problems.add(new Problem(field, "is missing"));
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "is not valid: " + v));
            return null;
        }
    }

    private LocalDate date(String field, boolean required) {
        String v = text(field);
        if (v == null) {
            if (required) {
                problems.add(new Problem(field, "is missing"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "is not a real date (YYYY-MM-DD)"));
            return null;
        }
    }

    private Integer number(String field, int min, int max) {
        String v = text(field);
        if (v == null) {
            problems.add(new Problem(field, "is missing"));
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                problems.add(new Problem(field, "must be between " + min + " and " + max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "must be a whole number"));
            return null;
        }
    }
}
