package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ValidationProblems;

/**
 * An event to record, as sent: its type, its date and what the type needs (method, completeness), and the version of
 * the case it was decided on. Two events are not recorded this way: the final determination is issued only with its
 * letter ({@code POST /api/cases/{n}/letter}, {@link org.openimr.cases.service.LetterIssuing}), which checks, stores
 * and publishes the letter in the same transaction as the event; and a reviewer is assigned only through the conflict
 * screening ({@code POST /api/cases/{n}/reviewer-assignment}, {@link org.openimr.cases.assignment.CaseAssignment}),
 * which applies every hard rule and stores the conflict attestation with the event.
 *
 * @param type one of {@link Type}
 * @param certifiedBy for {@code CONVERTED_TO_EXPEDITED}: the physician whose certification converts the review
 */
public record EventInput(String type, String on, String method, String completeness, String certifiedBy,
        Integer version) {

    /** The events staff record after filing. */
    public enum Type {
        NOARFI_SENT, RECORDS_RECEIVED, CONVERTED_TO_EXPEDITED, TERMINATED_BY_AUTHORIZATION, WITHDRAWN,
        LIABILITY_RESOLVED
    }

    /** The type asked for by those who would record the determination as an event. */
    static final String DETERMINATION_ISSUED = "DETERMINATION_ISSUED";
    /** The type asked for by those who would record an assignment without the conflict screening. */
    static final String REVIEWER_ASSIGNED = "REVIEWER_ASSIGNED";

    /**
     * The change to make, or every problem of the input; {@code rescreening} gives what screening a case again needs
     * once its liability dispute is resolved (the same as when it was filed, with the earlier reviews of its claim).
     */
    public UnaryOperator<ImrCase> change(List<ValidationProblems.Problem> problems,
            Function<ImrCase, ScreeningContext> rescreening) {
        Type t = null;
        if (type != null && type.strip().equalsIgnoreCase(DETERMINATION_ISSUED)) {
            problems.add(new ValidationProblems.Problem("type", "DETERMINATION_ISSUED is not recorded as an event: "
                    + "the determination is issued with its letter, after the quality check (POST "
                    + "/api/cases/{caseNumber}/letter, or the letter page)"));
            return null;
        }
        if (type != null && type.strip().equalsIgnoreCase(REVIEWER_ASSIGNED)) {
            problems.add(new ValidationProblems.Problem("type", "REVIEWER_ASSIGNED is not recorded as an event: "
                    + "a reviewer is assigned through the conflict screening, which checks every hard rule and "
                    + "records the conflict attestation (POST /api/cases/{caseNumber}/reviewer-assignment with the "
                    + "panel reviewer's id and the case version, or the ranking on the case page)"));
            return null;
        }
        try {
            t = Type.valueOf(type == null ? "" : type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblems.Problem("type", type == null || type.isBlank() ? "is missing"
                    : "is not one of " + java.util.Arrays.toString(Type.values()) + ": \"" + type + "\""));
        }
        LocalDate date = null;
        if (on == null || on.isBlank()) {
            problems.add(new ValidationProblems.Problem("on", "is missing"));
        } else {
            try {
                date = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                problems.add(new ValidationProblems.Problem("on", "is not a real date (write it as YYYY-MM-DD): \""
                        + on + "\""));
            }
        }
        if (t == null || date == null) {
            return null;
        }
        final LocalDate d = date;
        switch (t) {
            case NOARFI_SENT: {
                NoticeMethod m = enumOf(NoticeMethod.class, "method", method, problems);
                return m == null ? null : c -> c.sendNoarfi(d, m);
            }
            case RECORDS_RECEIVED: {
                RecordsCompleteness r = enumOf(RecordsCompleteness.class, "completeness", completeness, problems);
                return r == null ? null : c -> c.receiveRecords(d, r);
            }
            case CONVERTED_TO_EXPEDITED:
                if (certifiedBy == null || certifiedBy.isBlank()) {
                    problems.add(new ValidationProblems.Problem("certifiedBy", "is missing: name the physician who "
                            + "certified an imminent and serious threat to the employee's health"));
                    return null;
                }
                return c -> c.convertToExpedited(d, certifiedBy.strip());
            case TERMINATED_BY_AUTHORIZATION:
                return c -> c.terminateByAuthorization(d);
            case WITHDRAWN:
                return c -> c.withdraw(d);
            case LIABILITY_RESOLVED:
                return c -> c.resolveLiability(d).screen(d, EligibilitySpecification.standard(), rescreening.apply(c));
            default:
                throw new IllegalStateException();
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value,
            List<ValidationProblems.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new ValidationProblems.Problem(field, "is missing"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblems.Problem(field, "is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ": \"" + value + "\""));
            return null;
        }
    }
}
