package org.openimr.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.StaleVersionException;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerPanel;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The panel's pages: the list, a reviewer's page with forms to add licenses, certifications and affiliations, the
 * form to add or edit a reviewer; and the assignment of a case from its page. Intake reads, the medical director and
 * admins change (the security configuration says so); every change is audited by the panel.
 */
@Controller
class PanelPages {

    private final PanelEditor editor;
    private final CaseService cases;
    private final CaseAssignment assignment;
    private final StaffPages staffPages;
    private final java.time.Clock clock;

    PanelPages(PanelEditor editor, CaseService cases, CaseAssignment assignment, StaffPages staffPages,
            java.time.Clock clock) {
        this.editor = editor;
        this.cases = cases;
        this.assignment = assignment;
        this.staffPages = staffPages;
        this.clock = clock;
    }

    @GetMapping("/staff/reviewers")
    String list(Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("page", StaffPages.page(request, auth, "reviewers"));
        model.addAttribute("reviewers", editor.panel().members().stream().map(m -> PanelJson.of(m, today()))
                .toList());
        model.addAttribute("canChange", canChange(auth));
        return "staff/reviewers";
    }

    @GetMapping("/staff/reviewers/new")
    String newReviewer(Model model, HttpServletRequest request, Authentication auth) {
        return form(null, PanelModels.Form.empty(), model, request, auth);
    }

    @PostMapping("/staff/reviewers")
    String create(@RequestParam Map<String, String> fields, Model model, HttpServletRequest request,
            HttpServletResponse response, Authentication auth) {
        Map<String, String> typed = typed(fields);
        PanelEditor.Result result = editor.create(typed);
        if (result.saved().isPresent()) {
            return "redirect:/staff/reviewers/" + result.saved().get().id().value();
        }
        response.setStatus(400);
        return form(null, new PanelModels.Form(typed, result.problems()), model, request, auth);
    }

    @GetMapping("/staff/reviewers/{id}")
    String show(@PathVariable String id, Model model, HttpServletRequest request, Authentication auth) {
        return reviewerPage(id(id), PanelModels.Form.empty(), PanelModels.Form.empty(), PanelModels.Form.empty(),
                model, request, auth);
    }

    @GetMapping("/staff/reviewers/{id}/edit")
    String edit(@PathVariable String id, Model model, HttpServletRequest request, Authentication auth) {
        PanelJson.ReviewerView r = view(id(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", r.name());
        values.put("profession", r.profession());
        values.put("signInName", r.signInName() == null ? "" : r.signInName());
        values.put("activePracticeSince", r.activePracticeSince().toString());
        values.put("weeklyHours", String.valueOf(r.weeklyHours()));
        values.put("maxOpenCases", String.valueOf(r.maxOpenCases()));
        values.put("maxNewCasesPerDay", String.valueOf(r.maxNewCasesPerDay()));
        values.put("affiliationsDeclaredOn", r.affiliationsDeclaredOn().toString());
        values.put("subspecialties", String.join(", ", r.subspecialties()));
        return form(r.id(), new PanelModels.Form(values, List.of()), model, request, auth);
    }

    @PostMapping("/staff/reviewers/{id}")
    String update(@PathVariable String id, @RequestParam Map<String, String> fields, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        Map<String, String> typed = typed(fields);
        PanelEditor.Result result = editor.update(id(id), typed, false);
        if (result.saved().isPresent()) {
            return "redirect:/staff/reviewers/" + id;
        }
        response.setStatus(400);
        return form(id, new PanelModels.Form(typed, result.problems()), model, request, auth);
    }

    @PostMapping("/staff/reviewers/{id}/{section}")
    String add(@PathVariable String id, @PathVariable String section, @RequestParam Map<String, String> fields,
            Model model, HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        PanelEditor.Section s = section(section);
        Map<String, String> typed = typed(fields);
        PanelEditor.Result result = editor.add(id(id), s, typed);
        if (result.saved().isPresent()) {
            return "redirect:/staff/reviewers/" + id + "#" + s.field;
        }
        response.setStatus(400);
        PanelModels.Form failed = new PanelModels.Form(typed, result.problems());
        PanelModels.Form none = PanelModels.Form.empty();
        return reviewerPage(id(id), s == PanelEditor.Section.LICENSES ? failed : none,
                s == PanelEditor.Section.CERTIFICATIONS ? failed : none,
                s == PanelEditor.Section.AFFILIATIONS ? failed : none, model, request, auth);
    }

    @PostMapping("/staff/reviewers/{id}/{section}/{index}/remove")
    String remove(@PathVariable String id, @PathVariable String section, @PathVariable int index) {
        PanelEditor.Section s = section(section);
        editor.remove(id(id), s, index);
        return "redirect:/staff/reviewers/" + id + "#" + s.field;
    }

    @PostMapping("/staff/cases/{caseNumber}/reviewer-assignment")
    String assign(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        var n = CaseApi.number(caseNumber);
        String error;
        try {
            String reviewer = Optional.ofNullable(form.get("reviewer")).orElse("").strip();
            if (reviewer.isEmpty()) {
                throw new CaseAssignment.NotAssignable("Choose a reviewer to assign.");
            }
            assignment.assign(n, Integer.parseInt(form.getOrDefault("version", "0").strip()),
                    PanelApi.id(reviewer), form.get("reason"));
            return "redirect:/staff/cases/" + caseNumber + "#assignment";
        } catch (CaseAssignment.NotAssignable | IllegalTransitionException | StaleVersionException e) {
            response.setStatus(409);
            error = "Not assigned: " + e.getMessage();
        } catch (NumberFormatException | org.openimr.cases.InvalidApplicationException e) {
            response.setStatus(400);
            error = "Not assigned: the form was incomplete; reload the page and try again.";
        }
        StoredCase current = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        return staffPages.casePage(current, error, model, request, auth);
    }

    /** The assignment part of a case page, for the staff who may read the panel. */
    PanelModels.AssignmentSection section(StoredCase c, Authentication auth) {
        if (!canRead(auth)) {
            return null;
        }
        var ranking = assignment.ranking(c);
        Map<String, String> names = new LinkedHashMap<>();
        if (ranking.isPresent()) {
            editor.panel().all().forEach(r -> names.put(r.id().value(), r.name().disclosedWithinTheOrganization()));
        }
        return new PanelModels.AssignmentSection(ranking.isPresent(),
                c.imrCase().status() instanceof org.openimr.cases.CaseStatus.InReview, canChange(auth),
                c.imrCase().caseNumber().value(), c.version(),
                ranking.map(r -> PanelJson.candidates(r, names)).orElse(List.of()),
                assignment.attestations(c.imrCase().caseNumber()).stream().map(PanelJson::attestation).toList(),
                assignment.assignedReviewerConflict(c).map(CaseAssignment.ReviewerConflict::reason).orElse(""));
    }

    @ExceptionHandler(PanelEditor.ReviewerNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ResponseBody
    String notFound(PanelEditor.ReviewerNotFound e) {
        return e.getMessage();
    }

    private String reviewerPage(ReviewerId id, PanelModels.Form license, PanelModels.Form certification,
            PanelModels.Form affiliation, Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("page", StaffPages.page(request, auth, "reviewers"));
        model.addAttribute("r", new PanelModels.ReviewerPage(view(id), canChange(auth), license, certification,
                affiliation));
        return "staff/reviewer";
    }

    private String form(String id, PanelModels.Form form, Model model, HttpServletRequest request,
            Authentication auth) {
        model.addAttribute("page", StaffPages.page(request, auth, "reviewers"));
        model.addAttribute("f", new PanelModels.ReviewerForm(id, form));
        return "staff/reviewerform";
    }

    private PanelJson.ReviewerView view(ReviewerId id) {
        ReviewerPanel.Member m = editor.panel().member(id).orElseThrow(() -> new PanelEditor.ReviewerNotFound(id));
        return PanelJson.of(m, today());
    }

    private static ReviewerId id(String text) {
        try {
            return ReviewerId.of(text);
        } catch (IllegalArgumentException e) {
            throw new PanelEditor.ReviewerNotFound(ReviewerId.of("R-unknown"));
        }
    }

    private static PanelEditor.Section section(String text) {
        return PanelEditor.Section.of(text).orElseThrow(() -> new PanelEditor.ReviewerNotFound(
                ReviewerId.of("R-unknown")));
    }

    private static Map<String, String> typed(Map<String, String> fields) {
        Map<String, String> typed = new LinkedHashMap<>(fields);
        typed.remove("_csrf");
        return typed;
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    static boolean canChange(Authentication auth) {
        return has(auth, "ROLE_MEDICAL_DIRECTOR") || has(auth, "ROLE_ADMIN");
    }

    static boolean canRead(Authentication auth) {
        return canChange(auth) || has(auth, "ROLE_INTAKE");
    }

    private static boolean has(Authentication auth, String role) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
