package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openimr.cases.DisputedItem;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NamedParty;
import org.openimr.cases.ValidationProblems.Problem;
import org.openimr.reviewers.IdentifierScheme;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;

/**
 * A party named in the records, as sent by the API or the case page's form: its role, name, optionally an identifier
 * and the treatment it concerns, the day it was named (today when left out) and the version of the case read.
 *
 * @param role         one of {@link #ROLES}
 * @param disputedItem a treatment of the case, as worded there (case, spacing and punctuation do not matter)
 */
public record PartyInput(String role, String name, Identifier identifier, String disputedItem, String on,
        Integer version) {

    /** An identifier: its scheme (NPI, FEIN, NAIC, STATE_BAR, FDA_LABELER) and value. */
    public record Identifier(String scheme, String value) {
    }

    /** The roles in the order the form offers them. */
    public static final List<PartyRole> ROLES = NamedParty.ROLES;

    /** The identifier schemes a party named in the records may carry. */
    public static final List<IdentifierScheme> SCHEMES = List.of(IdentifierScheme.NPI, IdentifierScheme.FEIN,
            IdentifierScheme.NAIC, IdentifierScheme.STATE_BAR, IdentifierScheme.FDA_LABELER);

    /** The longest name taken: a name longer than a line is a paste gone wrong. */
    static final int MAX_NAME = 200;

    /** The named party and its day, once the input is valid. */
    public record Valid(LocalDate on, NamedParty party) {
    }

    /** The fields of a page's form ("identifier.scheme" ...). */
    static PartyInput of(Map<String, String> form) {
        String scheme = form.get("identifier.scheme");
        String value = form.get("identifier.value");
        return new PartyInput(form.get("role"), form.get("name"), new Identifier(scheme, value),
                form.get("disputedItem"), form.get("on"), parseVersion(form.get("version")));
    }

    /** The party for the case, or every problem of the input added to {@code problems}. */
    public Optional<Valid> validate(ImrCase kase, LocalDate today, List<Problem> problems) {
        int before = problems.size();
        PartyRole r = role(problems);
        if (blank(name)) {
            problems.add(new Problem("name", "is missing"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new Problem("name", "is longer than " + MAX_NAME + " characters"));
        }
        Optional<PartyIdentifier> id = identifier(problems);
        Optional<String> item = item(kase, problems);
        LocalDate day = today;
        if (!blank(on)) {
            try {
                day = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("on", "is not a real date (write it as YYYY-MM-DD): \"" + on + "\""));
            }
        }
        if (version == null) {
            problems.add(new Problem("version", "is missing: send the version you read (If-Match header or version "
                    + "field)"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Valid(day, new NamedParty(r, name, id, item)));
    }

    private PartyRole role(List<Problem> problems) {
        if (blank(role)) {
            problems.add(new Problem("role", "is missing"));
            return null;
        }
        return ROLES.stream().filter(r -> r.name().equalsIgnoreCase(role.strip())).findFirst().orElseGet(() -> {
            problems.add(new Problem("role", "is not one of " + ROLES + ": \"" + role + "\""));
            return null;
        });
    }

    private Optional<PartyIdentifier> identifier(List<Problem> problems) {
        String scheme = identifier == null ? null : identifier.scheme();
        String value = identifier == null ? null : identifier.value();
        if (blank(scheme) && blank(value)) {
            return Optional.empty();
        }
        if (blank(value)) {
            problems.add(new Problem("identifier.value", "is missing: give the identifier or leave its kind empty"));
            return Optional.empty();
        }
        IdentifierScheme s = blank(scheme) ? null : SCHEMES.stream()
                .filter(x -> x.name().equalsIgnoreCase(scheme.strip())).findFirst().orElse(null);
        if (s == null) {
            problems.add(new Problem("identifier.scheme", blank(scheme) ? "is missing: say which kind of identifier "
                    + "it is" : "is not one of " + SCHEMES + ": \"" + scheme + "\""));
            return Optional.empty();
        }
        if (value.replaceAll("[\\s-]", "").isEmpty()) {
            problems.add(new Problem("identifier.value", "is not valid: it has no digit or letter: \"" + value + "\""));
            return Optional.empty();
        }
        PartyIdentifier id = new PartyIdentifier(s, value);
        Optional<String> wrong = switch (s) {
            case NPI -> id.value().matches("\\d{10}") ? Optional.empty() : Optional.of("an NPI has 10 digits");
            case FEIN -> id.value().matches("\\d{9}") ? Optional.empty()
                    : Optional.of("a FEIN has 9 digits (12-3456789)");
            case NAIC -> id.value().matches("\\d{5}") ? Optional.empty() : Optional.of("a NAIC code has 5 digits");
            default -> id.value().length() <= 40 ? Optional.empty() : Optional.of("is longer than 40 characters");
        };
        if (wrong.isPresent()) {
            problems.add(new Problem("identifier.value", "is not valid: " + wrong.get() + ": \"" + value + "\""));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The treatment as the case words it. */
    private Optional<String> item(ImrCase kase, List<Problem> problems) {
        if (blank(disputedItem)) {
            return Optional.empty();
        }
        List<String> treatments = kase.disputedItems().stream().map(DisputedItem::request).toList();
        Optional<String> found = treatments.stream()
                .filter(t -> DisputedItem.of(t).sameTreatmentAs(DisputedItem.of(disputedItem))).findFirst();
        if (found.isEmpty()) {
            problems.add(new Problem("disputedItem", "is not a treatment disputed in this case (" + treatments.stream()
                    .map(t -> "'" + t + "'").collect(Collectors.joining(", ")) + "): \"" + disputedItem + "\""));
        }
        return found;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer parseVersion(String v) {
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The words of a role for a form: "The facility where the treatment would be given". */
    public static String label(PartyRole role) {
        return role.phrase().substring(0, 1).toUpperCase(Locale.ROOT) + role.phrase().substring(1);
    }
}
