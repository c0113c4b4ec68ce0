package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openimr.cases.ApplicationForm;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.Representative;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.ValidationProblems;
import org.openimr.shared.Priority;

import tools.jackson.databind.JsonNode;

/**
 * The application as typed: text by field path ("employee.dateOfBirth", "disputedItems[1].request"), from the JSON of
 * the API or the fields of the staff form alike. Turns it into an {@link ApplicationForm}, and reports what cannot even
 * be read (an impossible date, an unknown code) per field, so that together with the form's own validation every
 * field has its one problem.
 */
public final class ApplicationInput {

    public static final int FORM_ITEMS = 3;

    private final Map<String, String> fields;
    private final List<ValidationProblems.Problem> problems = new ArrayList<>();

    private ApplicationInput(Map<String, String> fields) {
        this.fields = fields;
    }

    public static ApplicationInput of(Map<String, String> fields) {
        return new ApplicationInput(new LinkedHashMap<>(fields));
    }

    /** Flattens JSON to field paths; arrays count from 1, as the form's field paths do. */
    public static ApplicationInput of(JsonNode json) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", json, fields);
        return new ApplicationInput(fields);
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> items = node.iterator();
            int i = 1;
            while (items.hasNext()) {
                flatten(path + "[" + i++ + "]", items.next(), out);
            }
            if (i == 1) {
                out.put(path, "");
            }
        } else {
            out.put(path, node.asString());
        }
    }

    public Map<String, String> fields() {
        return fields;
    }

    public String get(String path) {
        String v = fields.get(path);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public LiabilityPosition liability() {
        return parse("liability", LiabilityPosition::valueOf, LiabilityPosition.NOT_DISPUTED,
                "is not one of NOT_DISPUTED, DISPUTED, DISPUTED_BUT_IMR_AGREED, RESOLVED");
    }

    /** The form to validate; {@link #problems()} then holds what could not be read. */
    public ApplicationForm toForm() {
        ApplicationForm form = new ApplicationForm()
                .reviewType(parse("reviewType", t -> Priority.valueOf(t.toUpperCase(java.util.Locale.ROOT)), null,
                        "is not STANDARD or EXPEDITED"))
                .employee(get("employee.firstName"), get("employee.middleInitial"), get("employee.lastName"))
                .employeeBornOn(date("employee.dateOfBirth"))
                .employeeAddress(get("employee.address.street"), get("employee.address.city"),
                        get("employee.address.state"), get("employee.address.zip"))
                .employeeContact(get("employee.phone"), get("employee.email"))
                .claimNumber(get("claimNumber"))
                .injuredOn(date("dateOfInjury"))
                .employer(get("employer.name"))
                .claimsAdministrator(get("claimsAdministrator.company"), get("claimsAdministrator.adjuster"),
                        get("claimsAdministrator.phone"))
                .requestingPhysician(get("requestingPhysician.firstName"), get("requestingPhysician.lastName"),
                        get("requestingPhysician.specialty"))
                .urDecision(date("urDecision.date"), parse("urDecision.servedBy",
                        t -> ServiceMethod.valueOf(t.toUpperCase(java.util.Locale.ROOT)), null,
                        "is not MAIL, ELECTRONIC or PERSONAL"))
                .urDecisionReceivedByEmployeeOn(date("urDecision.receivedByEmployeeOn"))
                .urDecisionAttached(bool("urDecision.attached"))
                .representative(get("representative.name"), parse("representative.kind",
                        t -> Representative.Kind.valueOf(t.toUpperCase(java.util.Locale.ROOT)), null,
                        "is not ATTORNEY, PARENT_OR_GUARDIAN, RELATIVE or OTHER"), get("representative.firm"))
                .representativeAddress(get("representative.address.street"), get("representative.address.city"),
                        get("representative.address.state"), get("representative.address.zip"))
                .signed(bool("signed"))
                .receivedOn(date("dateReceived"));
        for (int i = 1; i <= 50; i++) {
            String p = "disputedItems[" + i + "]";
            String request = get(p + ".request");
            String diagnosis = get(p + ".diagnosis.description");
            String icd10 = get(p + ".diagnosis.icd10");
            if (request == null && diagnosis == null && icd10 == null) {
                String nextItem = "disputedItems[" + (i + 1) + "]";
                if (fields.keySet().stream().noneMatch(k -> k.startsWith(nextItem))) {
                    break;
                }
                continue;
            }
            ApplicationForm.Item item = ApplicationForm.Item.of(request).diagnosis(diagnosis, icd10);
            if (bool(p + ".conditionallyNonCertified")) {
                item.conditionallyNonCertified();
            }
            if (bool(p + ".alsoDisputedForOtherReasons")) {
                item.alsoDisputedForOtherReasons();
            }
            if (bool(p + ".formularyMedication")) {
                item.formularyMedication();
            }
            form.disputedItem(item);
        }
        return form;
    }

    /** What could not be read, one problem per field. */
    public List<ValidationProblems.Problem> problems() {
        return List.copyOf(problems);
    }

    /** These problems and then the form's, leaving out a form's "is missing" for a field that could not be read. */
    public List<ValidationProblems.Problem> merge(ValidationProblems formProblems) {
        List<ValidationProblems.Problem> all = new ArrayList<>(problems);
        for (ValidationProblems.Problem p : formProblems.all()) {
            if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                all.add(p);
            }
        }
        return all;
    }

    private LocalDate date(String path) {
        return parse(path, LocalDate::parse, null, "is not a real date (write it as YYYY-MM-DD)");
    }

    private boolean bool(String path) {
        String v = get(path);
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("yes"));
    }

    private <T> T parse(String path, Function<String, T> parser, T absent, String problem) {
        String v = get(path);
        if (v == null) {
            return absent;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new ValidationProblems.Problem(path, problem + ": \"" + v + "\""));
            return absent;
        }
    }
}
