package org.openimr.cases.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assignment of a case: the panel ranked for it, the assignment, the conflict attestations (no reviewer names). */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Cases")
class CaseAssignmentApi {

    /**
     * The reviewer chosen and the version of the case read; to reassign a case in review whose review is not signed,
     * the reason (recorded on the case).
     */
    public record AssignmentInput(String reviewer, Integer version, String reason) {
    }

    private final CaseService cases;
    private final CaseAssignment assignment;
    private final ReviewerPanel panel;
    private final CaseViews views;

    CaseAssignmentApi(CaseService cases, CaseAssignment assignment, ReviewerPanel panel, CaseViews views) {
        this.cases = cases;
        this.views = views;
        this.assignment = assignment;
        this.panel = panel;
    }

    @GetMapping("/reviewer-ranking")
    @Operation(summary = "The panel weighed for a case ready for a reviewer: eligible best first, then the "
            + "excluded, each hard rule with its reason (INTAKE, MEDICAL_DIRECTOR, ADMIN); 409 when the case is "
            + "not ready")
    List<PanelJson.CandidateView> ranking(@PathVariable String caseNumber) {
        StoredCase c = read(caseNumber);
        CaseAssignment.Ranking ranking = assignment.ranking(c).orElseThrow(() ->
                new org.openimr.cases.IllegalTransitionException("Case " + caseNumber + " is "
                        + c.imrCase().status().describe() + ": it is ranked once the records are complete."));
        return PanelJson.candidates(ranking, names());
    }

    @PostMapping(value = "/reviewer-assignment", consumes = "application/json")
    @Operation(summary = "Assign the case to an eligible reviewer of the ranking (MEDICAL_DIRECTOR, ADMIN); the "
            + "case records ReviewerAssigned and the conflict attestation is stored", description = "A case in "
            + "review whose review is not signed is reassigned the same way, with a reason (e.g. a conflict with a "
            + "party named after the assignment), recorded on the case. 409 when the reviewer may not take the case, "
            + "has it already, a reassignment gives no reason, the case is not ready or its review is signed, or "
            + "it changed since the version read.")
    ResponseEntity<CaseJson.Case> assign(@PathVariable String caseNumber, @RequestBody AssignmentInput input) {
        CaseNumber n = CaseApi.number(caseNumber);
        List<ValidationProblems.Problem> problems = new java.util.ArrayList<>();
        if (input.reviewer() == null || input.reviewer().isBlank()) {
            problems.add(new ValidationProblems.Problem("reviewer", "is missing"));
        }
        if (input.version() == null) {
            problems.add(new ValidationProblems.Problem("version", "is missing: send the version you read"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        StoredCase updated = assignment.assign(n, input.version(), PanelApi.id(input.reviewer().strip()),
                input.reason());
        return ResponseEntity.ok().eTag("\"" + updated.version() + "\"").body(views.of(updated));
    }

    @GetMapping("/attestations")
    @Operation(summary = "The conflict attestations of the case, oldest first: what was checked, against which "
            + "parties, when; the reviewer named only by a per-case reference")
    List<PanelJson.AttestationView> attestations(@PathVariable String caseNumber) {
        StoredCase c = read(caseNumber);
        return assignment.attestations(c.imrCase().caseNumber()).stream().map(PanelJson::attestation).toList();
    }

    private StoredCase read(String caseNumber) {
        CaseNumber n = CaseApi.number(caseNumber);
        return cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
    }

    private Map<String, String> names() {
        return panel.all().stream().collect(Collectors.toMap(r -> r.id().value(),
                r -> r.name().disclosedWithinTheOrganization()));
    }
}
