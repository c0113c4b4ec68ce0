package org.openimr.cases;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of the application form in words, so a request for information reads as plain language. */
final class FieldNames {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reviewType", "The type of review (regular or expedited)"),
            Map.entry("employee.firstName", "The employee's first name"),
            Map.entry("employee.lastName", "The employee's last name"),
            Map.entry("employee.dateOfBirth", "The employee's date of birth"),
            Map.entry("employee.address.street", "The employee's street address"),
            Map.entry("employee.address.city", "The employee's city"),
            Map.entry("employee.address.state", "The employee's state"),
            Map.entry("employee.address.zip", "The employee's ZIP code"),
            Map.entry("employee.phone", "The employee's phone number"),
            Map.entry("employee.email", "The employee's e-mail address"),
            Map.entry("claimNumber", "The claim number"),
            Map.entry("dateOfInjury", "The date of injury"),
            Map.entry("employer.name", "The employer's name"),
            Map.entry("claimsAdministrator.company", "The claims administrator's name"),
            Map.entry("claimsAdministrator.phone", "The claims administrator's phone number"),
            Map.entry("requestingPhysician.firstName", "The requesting physician's first name"),
            Map.entry("requestingPhysician.lastName", "The requesting physician's last name"),
            Map.entry("urDecision.date", "The date of the utilization review decision"),
            Map.entry("urDecision.servedBy", "How the utilization review decision was delivered (mail, electronic "
                    + "or in person)"),
            Map.entry("urDecision.receivedByEmployeeOn", "The date the employee received the utilization review "
                    + "decision"),
            Map.entry("disputedItems", "The disputed treatment"),
            Map.entry("dateReceived", "The date the application was received"),
            Map.entry("representative.name", "The representative's name"),
            Map.entry("representative.kind", "Who the representative is (attorney, parent or guardian, relative or "
                    + "other)"),
            Map.entry("representative.firm", "The representative's law firm"),
            Map.entry("representative.address.street", "The representative's street address"),
            Map.entry("representative.address.city", "The representative's city"),
            Map.entry("representative.address.state", "The representative's state"),
            Map.entry("representative.address.zip", "The representative's ZIP code"));

    private static final Pattern ITEM = Pattern.compile("disputedItems\\[(\\d+)]\\.(request|diagnosis\\.icd10)");

    private FieldNames() {
    }

    static String label(String field) {
        Matcher m = ITEM.matcher(field);
        if (m.matches()) {
            return "Disputed treatment " + m.group(1) + ": " + (m.group(2).equals("request")
                    ? "the treatment requested" : "the ICD-10 diagnosis code");
        }
        return LABELS.getOrDefault(field, field);
    }

    /** "The employee's date of birth is missing." */
    static String sentence(ValidationProblems.Problem problem) {
        String label = label(problem.field());
        String message = problem.message();
        String joined = message.startsWith("\"") ? label + ": " + message : label + " " + message;
        return joined.endsWith(".") ? joined : joined + ".";
    }
}
