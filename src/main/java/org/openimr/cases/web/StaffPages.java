package org.openimr.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.ImrCase;
import org.openimr.cases.Imro;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.NoticeRenderer;
import org.openimr.cases.Notices;
import org.openimr.cases.Timeliness;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.service.Reminders;
import org.openimr.cases.service.DuplicateApplicationException;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.StaleVersionException;
import org.openimr.cases.store.StoredCase;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/** The intake staff's pages: the queue, a case, a new application, the printable notices and the audit log. */
@Controller
class StaffPages {

    static final Imro IMRO = new Imro("OpenIMR Independent Review Organization",
            List.of("P.O. Box 100", "Sacramento, CA 95800"));

    private final CaseService cases;
    private final AuditLog audit;
    private final org.springframework.beans.factory.ObjectProvider<PanelPages> panelPages;
    private final CaseViews views;
    private final Reminders reminders;
    private final CaseAssignment assignment;

    StaffPages(CaseService cases, AuditLog audit,
            org.springframework.beans.factory.ObjectProvider<PanelPages> panelPages, CaseViews views,
            Reminders reminders, CaseAssignment assignment) {
        this.cases = cases;
        this.views = views;
        this.reminders = reminders;
        this.audit = audit;
        this.panelPages = panelPages;
        this.assignment = assignment;
    }

    @GetMapping("/staff")
    String queue(Model model, HttpServletRequest request, Authentication auth) {
        StaffModels.Page page = page(request, auth, "queue");
        if (page.reviewerOnly()) {
            return assigned(page, model);
        }
        var today = cases.today();
        List<CaseJson.Summary> open = new ArrayList<>();
        List<CaseJson.Summary> dueToday = new ArrayList<>();
        Map<String, List<CaseJson.Summary>> byStatus = new LinkedHashMap<>();
        List<CaseJson.Summary> overdue = new ArrayList<>();
        for (StoredCase c : cases.list(CaseService.Filter.all())) {
            CaseJson.Summary s = CaseJson.summary(c, today);
            byStatus.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(s);
            if (c.imrCase().status().isClosed()) {
                continue;
            }
            open.add(s);
            if (s.overdue()) {
                overdue.add(s);
            }
            if (c.imrCase().deadlines().stream().anyMatch(d -> d.timeliness(today).state()
                    == Timeliness.State.PENDING && d.due().equals(today))) {
                dueToday.add(s);
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("queue", new StaffModels.Queue(today, open.size(), overdue, dueToday, byStatus,
                reminders.sentOn(today)));
        return "staff/queue";
    }

    /** A physician reviewer's landing page: exactly the cases assigned to them (the service reads no other). */
    private String assigned(StaffModels.Page page, Model model) {
        var today = cases.today();
        List<StaffModels.AssignedCase> mine = cases.list(CaseService.Filter.all()).stream()
                .filter(c -> page.user().equals(c.reviewer())).map(c -> {
                    CaseJson.Summary s = CaseJson.summary(c, today);
                    return new StaffModels.AssignedCase(s.caseNumber(), c.imrCase().status().describe(),
                            s.priority().toLowerCase(), c.imrCase().itemsUnderReview().stream()
                                    .map(org.openimr.cases.DisputedItem::request).toList(), s.nextDue(),
                            s.nextStep(), s.overdue());
                }).toList();
        model.addAttribute("page", page);
        model.addAttribute("assigned", new StaffModels.AssignedCases(today, mine));
        return "staff/assigned";
    }

    @GetMapping("/staff/cases/{caseNumber}")
    String show(@PathVariable String caseNumber, Model model, HttpServletRequest request, Authentication auth) {
        StoredCase c = cases.read(CaseApi.number(caseNumber))
                .orElseThrow(() -> new CaseNotFoundException(CaseApi.number(caseNumber)));
        return casePage(c, null, model, request, auth);
    }

    String casePage(StoredCase c, String error, Model model, HttpServletRequest request, Authentication auth) {
        return casePage(c, error, null, model, request, auth);
    }

    private String casePage(StoredCase c, String error, StaffModels.PartyForm partyForm, Model model,
            HttpServletRequest request, Authentication auth) {
        StaffModels.Page page = page(request, auth, "case");
        model.addAttribute("page", page);
        model.addAttribute("c", views.of(c));
        model.addAttribute("parties", partyForm != null ? partyForm : StaffModels.PartyForm.empty(treatments(c),
                !c.imrCase().status().isClosed()));
        model.addAttribute("error", error);
        model.addAttribute("assignment", panelPages.getObject().section(c, auth));
        model.addAttribute("consolidation", page.office() ? consolidation(c) : null);
        return "staff/case";
    }

    /** The cases that may be consolidated into {@code c}, when it may take another application now. */
    private StaffModels.Consolidation consolidation(StoredCase c) {
        if (!(c.imrCase().status() instanceof org.openimr.cases.CaseStatus.Eligible
                || c.imrCase().status() instanceof org.openimr.cases.CaseStatus.AwaitingRecords)) {
            return null;
        }
        var today = cases.today();
        return new StaffModels.Consolidation(cases.consolidationCandidates(c).stream()
                .map(other -> CaseJson.summary(other, today)).toList());
    }

    @PostMapping("/staff/cases/{caseNumber}/consolidations")
    String consolidate(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        var n = CaseApi.number(caseNumber);
        ConsolidationInput input = new ConsolidationInput(form.get("caseNumber"), form.get("on"),
                parse(form.get("version")));
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        var absorbed = input.absorbed(problems);
        var on = input.day(cases.today(), problems);
        if (input.version() == null) {
            problems.add(new ValidationProblems.Problem("version", "is missing"));
        }
        String error;
        try {
            if (!problems.isEmpty()) {
                throw new InvalidApplicationException(ValidationProblems.of(problems));
            }
            cases.consolidate(n, input.version(), absorbed, on);
            return "redirect:/staff/cases/" + caseNumber;
        } catch (IllegalTransitionException | StaleVersionException e) {
            response.setStatus(409);
            error = e.getMessage();
        } catch (CaseNotFoundException e) {
            response.setStatus(404);
            error = "Not consolidated: " + e.getMessage();
        } catch (InvalidApplicationException e) {
            response.setStatus(400);
            error = notRecorded(e);
        }
        StoredCase current = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        return casePage(current, error, model, request, auth);
    }

    @PostMapping("/staff/cases/{caseNumber}/events")
    String record(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        var n = CaseApi.number(caseNumber);
        EventInput input = new EventInput(form.get("type"), form.get("on"), form.get("method"),
                form.get("completeness"), form.get("certifiedBy"), parse(form.get("version")));
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        var change = input.change(problems, cases::rescreening);
        String error;
        try {
            if (!problems.isEmpty() || input.version() == null) {
                throw new InvalidApplicationException(ValidationProblems.of(problems.isEmpty()
                        ? List.of(new ValidationProblems.Problem("version", "is missing")) : problems));
            }
            cases.record(n, input.version(), "RECORD_" + input.type(), change);
            return "redirect:/staff/cases/" + caseNumber;
        } catch (IllegalTransitionException | StaleVersionException e) {
            response.setStatus(409);
            error = e.getMessage();
        } catch (InvalidApplicationException e) {
            response.setStatus(400);
            error = notRecorded(e);
        }
        StoredCase current = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        return casePage(current, error, model, request, auth);
    }

    @PostMapping("/staff/cases/{caseNumber}/parties")
    String nameParty(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        var n = CaseApi.number(caseNumber);
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        StoredCase current = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        PartyInput input = PartyInput.of(typed);
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        var valid = input.validate(current.imrCase(), cases.today(), problems);
        String error = null;
        if (valid.isPresent()) {
            try {
                assignment.nameParty(n, input.version(), valid.get().on(), valid.get().party());
                return "redirect:/staff/cases/" + caseNumber + "#parties";
            } catch (IllegalTransitionException | StaleVersionException e) {
                response.setStatus(409);
                error = "Not recorded: " + e.getMessage();
                current = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
            }
        } else {
            response.setStatus(400);
            audit.record("NAME_PARTY", n.value(), AuditLog.Outcome.INVALID, problems.size() + " problem(s)");
        }
        return casePage(current, null, new StaffModels.PartyForm(typed, problems, treatments(current), error,
                !current.imrCase().status().isClosed()), model,
                request, auth);
    }

    private static List<String> treatments(StoredCase c) {
        return c.imrCase().disputedItems().stream().map(org.openimr.cases.DisputedItem::request).toList();
    }

    @GetMapping(value = "/staff/cases/{caseNumber}/notices/{kind}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> notice(@PathVariable String caseNumber, @PathVariable String kind) {
        var n = CaseApi.number(caseNumber);
        ImrCase c = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n)).imrCase();
        try {
            String html = switch (kind) {
                case "request-for-information" -> NoticeRenderer.html(Notices.requestForInformation(c, IMRO));
                case "ineligibility" -> NoticeRenderer.html(Notices.ineligibility(c, IMRO));
                case "noarfi" -> NoticeRenderer.html(Notices.noarfi(c, IMRO));
                default -> null;
            };
            if (html == null) {
                throw new CaseNotFoundException(n);
            }
            audit.record("PRINT_NOTICE_" + kind.toUpperCase(), n.value(), AuditLog.Outcome.ALLOWED, null);
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
        } catch (IllegalStateException e) {
            return ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }

    @GetMapping("/staff/applications/new")
    String newApplication(Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("page", page(request, auth, "new"));
        model.addAttribute("form", new StaffModels.ApplicationPage(Map.of(), List.of()));
        return "staff/application";
    }

    @PostMapping("/staff/applications")
    String file(@RequestParam Map<String, String> fields, Model model, HttpServletRequest request,
            HttpServletResponse response, Authentication auth) {
        Map<String, String> typed = new LinkedHashMap<>(fields);
        typed.remove("_csrf");
        ApplicationInput input = ApplicationInput.of(typed);
        var form = input.toForm();
        var liability = input.liability();
        List<ValidationProblems.Problem> problems = input.merge(form.validate(cases.today()).problems());
        if (problems.isEmpty()) {
            try {
                StoredCase filed = cases.file(form, liability);
                return "redirect:/staff/cases/" + filed.imrCase().caseNumber().value();
            } catch (InvalidApplicationException e) {
                problems = e.problems().all();
            } catch (DuplicateApplicationException e) {
                response.setStatus(409);
                model.addAttribute("page", page(request, auth, "new"));
                model.addAttribute("form", new StaffModels.ApplicationPage(typed, List.of()));
                model.addAttribute("duplicateOf", e.duplicateOf().value());
                return "staff/application";
            }
        } else {
            audit.record("FILE_APPLICATION", null, AuditLog.Outcome.INVALID, problems.size() + " problem(s)");
        }
        response.setStatus(400);
        model.addAttribute("page", page(request, auth, "new"));
        model.addAttribute("form", new StaffModels.ApplicationPage(typed, problems));
        return "staff/application";
    }

    @GetMapping("/staff/audit")
    String audit(Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("page", page(request, auth, "audit"));
        model.addAttribute("entries", audit.latest(null, 200));
        return "staff/audit";
    }

    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @org.springframework.web.bind.annotation.ResponseBody
    String notFound(CaseNotFoundException e) {
        return e.getMessage();
    }

    private static String notRecorded(InvalidApplicationException e) {
        return "Not recorded: " + e.problems().all().stream().map(p -> p.field() + " " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static Integer parse(String v) {
        try {
            return v == null ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static StaffModels.Page page(HttpServletRequest request, Authentication auth, String current) {
        return StaffModels.Page.of(request, auth, current);
    }
}
