package org.openimr.cases.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.reviewers.BatchProgress;
import org.openimr.reviewers.ReviewerId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The reviewer panel for staff (HTTP Basic): intake reads it, the medical director and admins change it; reviewers
 * have no access. Names are confidential outside the organization: nothing here is public. Every change is audited.
 */
@RestController
@RequestMapping("/api/reviewers")
@Tag(name = "Reviewer panel", description = "Reviewers, credentials, affiliations; the daily assignment batch "
        + "(HTTP Basic; read: INTAKE, MEDICAL_DIRECTOR, ADMIN; change: MEDICAL_DIRECTOR, ADMIN)")
class PanelApi {

    /** What the daily batch did. */
    public record BatchResult(String day, int ready, int assigned, List<Map<String, String>> unassignable,
            List<String> failures) {
    }

    private final PanelEditor editor;
    private final CaseAssignment assignment;
    private final java.time.Clock clock;

    PanelApi(PanelEditor editor, CaseAssignment assignment, java.time.Clock clock) {
        this.editor = editor;
        this.assignment = assignment;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every reviewer of the panel, by id")
    List<PanelJson.ReviewerView> list() {
        return editor.panel().members().stream().map(m -> PanelJson.of(m, today())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reviewer")
    PanelJson.ReviewerView get(@PathVariable String id) {
        ReviewerId rid = id(id);
        return editor.panel().member(rid).map(m -> PanelJson.of(m, today()))
                .orElseThrow(() -> new PanelEditor.ReviewerNotFound(rid));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Add a reviewer", description = "Fields as ReviewerView shows them: name, profession "
            + "(PHYSICIAN, CHIROPRACTOR, ...), signInName, activePracticeSince, weeklyHours, maxOpenCases, "
            + "maxNewCasesPerDay, affiliationsDeclaredOn, subspecialties[], licenses[].state|number|status|expires, "
            + "certifications[].specialty|board|certifiedOn|validThrough, affiliations[].kind (OWNERSHIP, "
            + "COMPENSATION, PROFESSIONAL, FAMILIAL, TREATED, EXAMINED)|party|identifierScheme|identifier|detail. "
            + "Every problem comes back at once in a 400 problem; nothing is stored then.")
    ResponseEntity<PanelJson.ReviewerView> create(@RequestBody JsonNode body) {
        PanelEditor.Result result = editor.create(flatten(body));
        ReviewerId id = stored(result);
        return ResponseEntity.created(URI.create("/api/reviewers/" + id.value())).body(get(id.value()));
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    @Operation(summary = "Replace a reviewer's data and lists (as POST)")
    PanelJson.ReviewerView replace(@PathVariable String id, @RequestBody JsonNode body) {
        return get(stored(editor.update(id(id), flatten(body), true)).value());
    }

    @PostMapping(value = "/{id}/{section}", consumes = "application/json")
    @Operation(summary = "Add a license, certification or affiliation (section: licenses, certifications, "
            + "affiliations)")
    PanelJson.ReviewerView add(@PathVariable String id, @PathVariable String section, @RequestBody JsonNode body) {
        return get(stored(editor.add(id(id), section(section), flatten(body))).value());
    }

    @DeleteMapping("/{id}/{section}/{index}")
    @Operation(summary = "Remove the item at index (from 0) of a section")
    PanelJson.ReviewerView remove(@PathVariable String id, @PathVariable String section, @PathVariable int index) {
        return get(stored(editor.remove(id(id), section(section), index)).value());
    }

    @PostMapping("/daily-batch")
    @Operation(summary = "Run the daily assignment batch now: every case ready for a reviewer is assigned fairly "
            + "across the reviewers linked to a sign-in name")
    BatchResult dailyBatch() {
        CaseAssignment.BatchOutcome o = assignment.assignDailyBatch(BatchProgress.none());
        return new BatchResult(o.summary().day().toString(), o.summary().cases(), o.recorded(),
                o.summary().unassignable().stream().map(u -> Map.of("caseNumber", u.caseNumber().value(),
                        "reason", u.reason())).toList(), o.failures());
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private static ReviewerId stored(PanelEditor.Result result) {
        if (!result.problems().isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(result.problems()));
        }
        return result.saved().orElseThrow().id();
    }

    static ReviewerId id(String text) {
        try {
            return ReviewerId.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException(ValidationProblems.of(List.of(
                    new ValidationProblems.Problem("id", "is not a reviewer id: \"" + text + "\""))));
        }
    }

    static PanelEditor.Section section(String text) {
        Optional<PanelEditor.Section> s = PanelEditor.Section.of(text);
        return s.orElseThrow(() -> new InvalidApplicationException(ValidationProblems.of(List.of(
                new ValidationProblems.Problem("section", "is licenses, certifications or affiliations, not \""
                        + text + "\"")))));
    }

    /** The JSON as the form's field names: {@code licenses[0].state}; a list of texts as one comma-separated text. */
    static Map<String, String> flatten(JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            throw new InvalidApplicationException(ValidationProblems.of(List.of(
                    new ValidationProblems.Problem("body", "must be a JSON object"))));
        }
        flatten("", body, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), fields);
            }
        } else if (node.isArray()) {
            boolean texts = true;
            for (JsonNode n : node) {
                texts &= n.isValueNode();
            }
            if (texts) {
                List<String> values = new java.util.ArrayList<>();
                node.forEach(n -> values.add(n.asString()));
                fields.put(path, String.join(", ", values));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(path + "[" + i + "]", node.get(i), fields);
                }
            }
        } else if (!node.isNull()) {
            fields.put(path, node.asString());
        }
    }
}
