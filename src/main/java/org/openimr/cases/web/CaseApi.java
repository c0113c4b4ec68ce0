package org.openimr.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.openimr.cases.ImrCase;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.CaseNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** The case API for staff tools: file an application, read a case, record an event, list the queue. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "IMR cases: filing, timeline and deadlines, events (HTTP Basic, staff roles)")
class CaseApi {

    private final CaseService cases;
    private final CaseViews views;
    private final CaseAssignment assignment;

    CaseApi(CaseService cases, CaseViews views, CaseAssignment assignment) {
        this.cases = cases;
        this.views = views;
        this.assignment = assignment;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "File an application (DWC Form IMR): the case is opened and screened at once",
            description = "Field paths as in the problems: employee.firstName, employee.dateOfBirth, "
                    + "employee.address.street|city|state|zip, claimNumber, dateOfInjury, employer.name, "
                    + "claimsAdministrator.company, requestingPhysician.firstName|lastName, urDecision.date, "
                    + "urDecision.servedBy (MAIL, ELECTRONIC, PERSONAL), urDecision.attached, signed, dateReceived, "
                    + "disputedItems[].request|diagnosis.description|diagnosis.icd10|conditionallyNonCertified, "
                    + "reviewType (STANDARD, EXPEDITED), liability (NOT_DISPUTED, DISPUTED, ...). Every problem "
                    + "comes back at once, one entry per field, in a 400 problem. With ifIncomplete="
                    + "REQUEST_INFORMATION an application with problems is registered instead: the case answers 201 "
                    + "AWAITING_INFORMATION, its missingInformation names each field, and the reply is due in 5 "
                    + "business days; complete it with POST /api/cases/{caseNumber}/information. An application "
                    + "already filed in a case still open (same employee, claim, UR decision, and no treatment that "
                    + "case does not already dispute) is a 409 whose duplicateOf names that case; nothing is stored.")
    ResponseEntity<CaseJson.Case> file(@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ApplicationJson.class))) JsonNode body,
            @Parameter(description = "REJECT (default): an application with problems is a 400 and nothing is "
                    + "stored; REQUEST_INFORMATION: it is registered and the parties are asked for what is missing")
            @RequestParam(defaultValue = "REJECT") String ifIncomplete) {
        boolean askForInformation = askForInformation(ifIncomplete);
        ApplicationInput input = ApplicationInput.of(body);
        var form = input.toForm();
        var liability = input.liability();
        List<ValidationProblems.Problem> problems = input.merge(form.validate(cases.today()).problems());
        if (!problems.isEmpty() && askForInformation) {
            StoredCase registered = cases.requestInformation(form, ValidationProblems.of(problems));
            return ResponseEntity.created(URI.create("/api/cases/" + registered.imrCase().caseNumber().value()))
                    .eTag(etag(registered)).body(views.of(registered));
        }
        if (!input.problems().isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        StoredCase filed = cases.file(form, liability);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.imrCase().caseNumber().value()))
                .eTag(etag(filed)).body(views.of(filed));
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "A case: status, events and every deadline as it stands today; ETag is its version")
    ResponseEntity<CaseJson.Case> get(@PathVariable String caseNumber) {
        StoredCase c = cases.read(number(caseNumber)).orElseThrow(() -> new CaseNotFoundException(number(caseNumber)));
        return ResponseEntity.ok().eTag(etag(c)).body(views.of(c));
    }

    @PostMapping(value = "/{caseNumber}/events", consumes = "application/json")
    @Operation(summary = "Record an event against the version read (If-Match header or version field)",
            description = "409 when the event is not possible now or the case changed since that version.")
    ResponseEntity<CaseJson.Case> record(@PathVariable String caseNumber, @RequestBody EventInput event,
            @Parameter(description = "the case's ETag, e.g. \"3\"") @RequestHeader(value = "If-Match",
                    required = false) String ifMatch) {
        CaseNumber n = number(caseNumber);
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        Integer version = versionRead(ifMatch, event.version(), problems);
        UnaryOperator<ImrCase> change = event.change(problems, cases::rescreening);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        StoredCase updated = cases.record(n, version, "RECORD_" + event.type().strip().toUpperCase(), change);
        return ResponseEntity.ok().eTag(etag(updated)).body(views.of(updated));
    }

    @PostMapping(value = "/{caseNumber}/parties", consumes = "application/json")
    @Operation(summary = "Record a party the records or the UR decision name that the application form does not "
            + "carry; it is screened for conflicts like the application's parties (INTAKE, MEDICAL_DIRECTOR, ADMIN)",
            description = "role: FACILITY (where the treatment would be given), MANUFACTURER (of the drug or device "
                    + "in dispute), TREATING_PROVIDER, INSURER (when not the claims administrator), DEFENSE_ATTORNEY "
                    + "(of the employer, insurer or claims administrator), OFFICER_DIRECTOR_OR_MANAGER (of one of "
                    + "them); name; optionally identifier {scheme: NPI, FEIN, NAIC, STATE_BAR or FDA_LABELER, value}, "
                    + "disputedItem (a treatment of the case, as worded there), on (YYYY-MM-DD, today when left out). "
                    + "The version read goes in If-Match or the version field. 400 names each field wrong (nothing "
                    + "is stored); 409 when the case is closed (decided, ended, withdrawn, ineligible), the party is "
                    + "already named or the case changed since that version. When the case is in review, the "
                    + "assigned reviewer is screened against the party at once: a conflict is in "
                    + "assignedReviewerConflict.")
    ResponseEntity<CaseJson.Case> nameParty(@PathVariable String caseNumber, @RequestBody PartyInput input,
            @Parameter(description = "the case's ETag, e.g. \"3\"") @RequestHeader(value = "If-Match",
                    required = false) String ifMatch) {
        CaseNumber n = number(caseNumber);
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        Integer version = versionGiven(ifMatch, input.version(), problems); // PartyInput reports it missing
        StoredCase c = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        PartyInput withVersion = new PartyInput(input.role(), input.name(), input.identifier(), input.disputedItem(),
                input.on(), version);
        var valid = withVersion.validate(c.imrCase(), cases.today(), problems);
        if (!problems.isEmpty() || valid.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        CaseAssignment.PartyRecorded recorded = assignment.nameParty(n, version, valid.get().on(),
                valid.get().party());
        return ResponseEntity.ok().eTag(etag(recorded.kase())).body(views.of(recorded.kase(),
                recorded.assignedReviewerConflict()));
    }

    @PostMapping(value = "/{caseNumber}/consolidations", consumes = "application/json")
    @Operation(summary = "Consolidate another eligible case of the same employee, requesting physician and date of "
            + "injury into this one (8 CCR 9792.10.4)",
            description = "Body: {\"caseNumber\": the case to absorb, \"on\": YYYY-MM-DD (today when left out)}; "
                    + "If-Match (or version) names the version of this case read. Its eligible treatments come under "
                    + "review in this case (event ApplicationConsolidated) and it is closed with status CONSOLIDATED "
                    + "(event ConsolidatedInto, naming this case), in one transaction. 409 when either case is not "
                    + "eligible or already has a reviewer, when they are not of the same employee, physician and "
                    + "date of injury, or when this case changed since that version; 404 when either is not found.")
    ResponseEntity<CaseJson.Case> consolidate(@PathVariable String caseNumber, @RequestBody ConsolidationInput input,
            @Parameter(description = "this case's ETag, e.g. \"2\"") @RequestHeader(value = "If-Match",
                    required = false) String ifMatch) {
        CaseNumber n = number(caseNumber);
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        Integer version = versionRead(ifMatch, input.version(), problems);
        CaseNumber absorbed = input.absorbed(problems);
        LocalDate on = input.day(cases.today(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        StoredCase updated = cases.consolidate(n, version, absorbed, on);
        return ResponseEntity.ok().eTag(etag(updated)).body(views.of(updated));
    }

    @PostMapping(value = "/{caseNumber}/information", consumes = "application/json")
    @Operation(summary = "Record the information that completes an incomplete application, and screen it at once",
            description = "The body is the whole application, as for filing, now complete; If-Match names the version "
                    + "read. 400 names each field still wrong (nothing is stored); 409 when no request for information "
                    + "is out or the case changed since that version.")
    ResponseEntity<CaseJson.Case> information(@PathVariable String caseNumber,
            @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApplicationJson.class))) JsonNode body,
            @Parameter(description = "the day the information arrived (YYYY-MM-DD); today when left out")
            @RequestParam(required = false) String on,
            @Parameter(description = "the case's ETag, e.g. \"2\"") @RequestHeader(value = "If-Match",
                    required = false) String ifMatch) {
        CaseNumber n = number(caseNumber);
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        Integer version = ifMatch == null ? null : parseEtag(ifMatch, problems);
        if (ifMatch == null) {
            problems.add(new ValidationProblems.Problem("If-Match", "is missing: send the version you read"));
        }
        LocalDate received = cases.today();
        if (on != null) {
            try {
                received = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                problems.add(new ValidationProblems.Problem("on", "is not a real date (write it as YYYY-MM-DD): \""
                        + on + "\""));
            }
        }
        ApplicationInput input = ApplicationInput.of(body);
        var form = input.toForm();
        problems.addAll(input.merge(form.validate(cases.today()).problems()));
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        StoredCase updated = cases.completeApplication(n, version, form.toApplication(cases.today()),
                input.liability(), received);
        return ResponseEntity.ok().eTag(etag(updated)).body(views.of(updated));
    }

    @GetMapping
    @Operation(summary = "The cases you may see, oldest first, filtered by status (repeatable), priority, overdue, "
            + "and an open step due within N days")
    List<CaseJson.Summary> list(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays) {
        List<String> statuses = status == null ? null
                : status.stream().map(s -> s.strip().toUpperCase(java.util.Locale.ROOT)).toList();
        return cases.list(new CaseService.Filter(statuses, priority == null ? null
                : priority.strip().toUpperCase(java.util.Locale.ROOT), overdue, dueWithinDays))
                .stream().map(c -> CaseJson.summary(c, cases.today())).toList();
    }

    static CaseNumber number(String text) {
        if (!CaseNumber.isValid(text)) {
            throw new InvalidApplicationException(ValidationProblems.of(List.of(new ValidationProblems.Problem(
                    "caseNumber", "is not a case number in the CMyy-nnnnnnn form: \"" + text + "\""))));
        }
        return new CaseNumber(text);
    }

    private static boolean askForInformation(String ifIncomplete) {
        return switch (ifIncomplete.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "REJECT" -> false;
            case "REQUEST_INFORMATION" -> true;
            default -> throw new InvalidApplicationException(ValidationProblems.of(List.of(new ValidationProblems
                    .Problem("ifIncomplete", "is not REJECT or REQUEST_INFORMATION: \"" + ifIncomplete + "\""))));
        };
    }

    /** The case as the API shows it, with the conflict its assigned reviewer has, if any. */
    private static String etag(StoredCase c) {
        return "\"" + c.version() + "\"";
    }

    /** The version of the case the client read: If-Match, else the body's version field; a problem when neither. */
    /** The version of the case the client read: the If-Match header, else the body's version field. */
    private static Integer versionGiven(String ifMatch, Integer bodyVersion, List<ValidationProblems.Problem> problems) {
        return ifMatch != null ? parseEtag(ifMatch, problems) : bodyVersion;
    }

    private static Integer versionRead(String ifMatch, Integer bodyVersion, List<ValidationProblems.Problem> problems) {
        Integer version = versionGiven(ifMatch, bodyVersion, problems);
        if (version == null && problems.isEmpty()) {
            problems.add(new ValidationProblems.Problem("version",
                    "is missing: send the version you read (If-Match header or version field)"));
        }
        return version;
    }

    private static Integer parseEtag(String ifMatch, List<ValidationProblems.Problem> problems) {
        String v = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            problems.add(new ValidationProblems.Problem("If-Match", "is not a version of this case: " + ifMatch));
            return null;
        }
    }
}
