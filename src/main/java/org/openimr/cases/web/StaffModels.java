package org.openimr.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openimr.cases.ValidationProblems;

/** What the staff pages show. */
public final class StaffModels {

    private StaffModels() {
    }

    /**
     * Who is signed in and in which roles, the CSRF token for forms and htmx, and the page's place in the menu. The
     * pages offer a link or a form only to a role that may use it, by the rules of {@code SecurityConfiguration}.
     */
    public record Page(String user, java.util.Set<String> roles, String csrfToken, String csrfHeader,
            String csrfParameter, String current) {

        /** The page of the signed-in user, with the request's CSRF token; {@code current} is its place in the menu. */
        public static Page of(jakarta.servlet.http.HttpServletRequest request,
                org.springframework.security.core.Authentication auth, String current) {
            var token = (org.springframework.security.web.csrf.CsrfToken) request.getAttribute(
                    org.springframework.security.web.csrf.CsrfToken.class.getName());
            java.util.Set<String> roles = auth == null ? java.util.Set.of() : auth.getAuthorities().stream()
                    .map(a -> a.getAuthority()).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            return new Page(auth == null ? "" : auth.getName(), roles, token == null ? "" : token.getToken(),
                    token == null ? "X-CSRF-TOKEN" : token.getHeaderName(), token == null ? "_csrf"
                            : token.getParameterName(), current);
        }

        /** An administrator: the audit log. */
        public boolean admin() {
            return roles.contains("ADMIN");
        }

        /** Intake, the medical director or an administrator: the office's pages (queue, applications, events, panel). */
        public boolean office() {
            return admin() || roles.contains("INTAKE") || roles.contains("MEDICAL_DIRECTOR");
        }

        /** The medical director or an administrator: assignment, the letter's quality check and its issue. */
        public boolean director() {
            return admin() || roles.contains("MEDICAL_DIRECTOR");
        }

        /** A physician reviewer and nothing else: sees the cases assigned to them and their reviews only. */
        public boolean reviewerOnly() {
            return roles.contains("REVIEWER") && !office();
        }
    }

    public record Queue(LocalDate today, int open, List<CaseJson.Summary> overdue, List<CaseJson.Summary> dueToday,
            Map<String, List<CaseJson.Summary>> byStatus, int remindersSentToday) {
    }

    /** A physician reviewer's own cases: each with what is disputed and when the determination is due. */
    public record AssignedCases(LocalDate today, List<AssignedCase> cases) {
    }

    /** One case assigned to the signed-in reviewer, with the link to its review. */
    public record AssignedCase(String caseNumber, String status, String priority, List<String> treatments,
            LocalDate nextDue, String nextStep, boolean overdue) {

        public String reviewUrl() {
            return "/staff/cases/" + caseNumber + "/review";
        }
    }

    /** The cases that may be consolidated into the case shown (same employee, physician, date of injury). */
    public record Consolidation(List<CaseJson.Summary> candidates) {
    }

    public record Field(String name, String label, String hint) {
    }

    /** A form sent back with what was typed and the problems of each field, as the templates read it. */
    public interface FilledForm {

        Map<String, String> values();

        List<ValidationProblems.Problem> problems();

        /** What was typed in the field; empty when nothing. */
        default String value(String field) {
            String v = values().get(field);
            return v == null ? "" : v;
        }

        /** The problems of the field, in words. */
        default List<String> errors(String field) {
            return problems().stream().filter(p -> p.field().equals(field)).map(ValidationProblems.Problem::message)
                    .toList();
        }
    }

    /**
     * The form to name a party of the records on a case page: the choices, what was typed and the problems of each
     * field (empty until a naming is refused).
     */
    public record PartyForm(Map<String, String> values, List<ValidationProblems.Problem> problems,
            List<String> treatments, String refused, boolean open)
            implements FilledForm {

        /** The empty form of a case: offered while the case is {@code open}. */
        public static PartyForm empty(List<String> treatments, boolean open) {
            return new PartyForm(Map.of(), List.of(), treatments, null, open);
        }

        /** Why the naming was refused as a whole (a closed case, a stale version), or the problems of fields the
         * form does not show (e.g. the version), in one line; empty when none. */
        public String otherErrors() {
            if (refused != null) {
                return refused;
            }
            return problems.stream().filter(p -> !List.of("role", "name", "identifier.scheme", "identifier.value",
                    "disputedItem", "on").contains(p.field())).map(p -> p.field() + " " + p.message())
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }

        public List<Field> roles() {
            return PartyInput.ROLES.stream().map(r -> new Field(r.name(), PartyInput.label(r), null)).toList();
        }

        public List<Field> schemes() {
            return PartyInput.SCHEMES.stream().map(s -> new Field(s.name(), s.label(), null)).toList();
        }
    }

    public record EventForm(String type, String label, String extra, String extraLabel, List<String> choices) {
    }

    public static final List<EventForm> EVENT_FORMS = List.of(
            new EventForm("NOARFI_SENT", "Record the NOARFI sent", "method", "Sent", List.of("ELECTRONIC", "MAIL")),
            new EventForm("RECORDS_RECEIVED", "Record medical records received", "completeness", "Records",
                    List.of("COMPLETE", "PARTIAL")),
            new EventForm("CONVERTED_TO_EXPEDITED", "Record the expedited certification", "certifiedBy",
                    "Certifying physician", List.of()),
            new EventForm("TERMINATED_BY_AUTHORIZATION", "Record the treatment authorized (ends the review)", null,
                    null, List.of()),
            new EventForm("WITHDRAWN", "Record the application withdrawn", null, null, List.of()));

    static final List<Field> EMPLOYEE = List.of(
            new Field("employee.firstName", "First name", null),
            new Field("employee.middleInitial", "Middle initial", null),
            new Field("employee.lastName", "Last name", null),
            new Field("employee.dateOfBirth", "Date of birth", "YYYY-MM-DD"),
            new Field("employee.address.street", "Street", null),
            new Field("employee.address.city", "City", null),
            new Field("employee.address.state", "State", "Two letters, e.g. CA"),
            new Field("employee.address.zip", "ZIP code", null),
            new Field("employee.phone", "Phone", null),
            new Field("employee.email", "E-mail", null));

    static final List<Field> CLAIM = List.of(
            new Field("claimNumber", "Claim number", null),
            new Field("dateOfInjury", "Date of injury", "YYYY-MM-DD"),
            new Field("employer.name", "Employer", null),
            new Field("claimsAdministrator.company", "Claims administrator", null),
            new Field("claimsAdministrator.adjuster", "Adjuster", null),
            new Field("claimsAdministrator.phone", "Claims administrator's phone", null),
            new Field("requestingPhysician.firstName", "Requesting physician's first name", null),
            new Field("requestingPhysician.lastName", "Requesting physician's last name", null),
            new Field("requestingPhysician.specialty", "Requesting physician's specialty", null),
            new Field("urDecision.date", "Date of the UR decision", "YYYY-MM-DD"),
            new Field("urDecision.servedBy", "UR decision served by", "MAIL, ELECTRONIC or PERSONAL"),
            new Field("urDecision.receivedByEmployeeOn", "UR decision received by the employee on", "YYYY-MM-DD"));

    static final List<Field> REPRESENTATIVE = List.of(
            new Field("representative.name", "Representative's name", "Leave the representative empty when the "
                    + "employee designates none"),
            new Field("representative.firm", "Law firm", "An attorney's firm, if any"),
            new Field("representative.address.street", "Representative's street", null),
            new Field("representative.address.city", "Representative's city", null),
            new Field("representative.address.state", "Representative's state", "Two letters, e.g. CA"),
            new Field("representative.address.zip", "Representative's ZIP code", null));

    /** The kinds of representative the form offers, with their words. */
    public static final List<Field> REPRESENTATIVE_KINDS = java.util.Arrays.stream(
            org.openimr.cases.Representative.Kind.values())
            .map(k -> new Field(k.name(), k.words().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + k.words().substring(1), null))
            .toList();

    /** The application form: what was typed, and the problems of each field. */
    public record ApplicationPage(Map<String, String> values, List<ValidationProblems.Problem> problems)
            implements FilledForm {

        public List<Field> employeeFields() {
            return EMPLOYEE;
        }

        public List<Field> claimFields() {
            return CLAIM;
        }

        public List<Field> representativeFields() {
            return REPRESENTATIVE;
        }

        public List<Field> representativeKinds() {
            return REPRESENTATIVE_KINDS;
        }

        public String label(String field) {
            return java.util.stream.Stream.of(EMPLOYEE, CLAIM, REPRESENTATIVE).flatMap(List::stream)
                    .filter(f -> f.name().equals(field)).map(Field::label).findFirst()
                    .orElse(switch (field) {
                        case "reviewType" -> "Review type";
                        case "dateReceived" -> "Date received";
                        case "representative.kind" -> "Kind of representative";
                        default -> field.replaceAll("disputedItems\\[(\\d+)]\\.?", "Disputed treatment $1 ")
                                .replace("diagnosis.icd10", "ICD-10 code").replace("request", "request").strip();
                    });
        }
    }
}
