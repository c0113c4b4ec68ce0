package org.openimr.cases.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.web.StaffModels;
import org.openimr.shared.CaseNumber;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The reviewer's workspace pages under {@code /staff/cases/{caseNumber}/review}: a thin adapter over
 * {@link ReviewService}. A refused change shows the page again with the reason beside the field (400), or at the top
 * of the page (409 signed, stale or not ready; 403 not the assigned reviewer).
 */
@Controller
class ReviewPages {

    /** Stands for a path that is not a case number: such a case is not found either. */
    private static final CaseNumber NO_SUCH_CASE = CaseNumber.of("CM00-0000000");

    private final ReviewService reviews;

    ReviewPages(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/staff/cases/{caseNumber}/review")
    String show(@PathVariable String caseNumber, @RequestParam(required = false) String q, Model model,
            HttpServletRequest request, Authentication auth) {
        CaseNumber n = number(caseNumber);
        List<CaseDocuments.Hit> hits = q == null || q.isBlank() ? List.of() : reviews.search(n, q);
        return page(n, Map.of(), null, Map.of(), q, hits, model, request, auth);
    }

    @GetMapping("/staff/cases/{caseNumber}/review/documents/{id}")
    String document(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
            HttpServletRequest request, Authentication auth) {
        CaseNumber n = number(caseNumber);
        StoredDocument d = reviews.readDocument(n, id);
        int length = d.text().length();
        int start = from == null ? 0 : Math.max(0, Math.min(from, length));
        int end = to == null ? start : Math.max(start, Math.min(to, length));
        model.addAttribute("page", staffPage(request, auth));
        model.addAttribute("caseNumber", n.value());
        model.addAttribute("d", d);
        model.addAttribute("before", d.text().substring(0, start));
        model.addAttribute("marked", d.text().substring(start, end));
        model.addAttribute("after", d.text().substring(end));
        return "staff/document";
    }

    @PostMapping("/staff/cases/{caseNumber}/review/documents")
    String upload(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request,
            HttpServletResponse response, Authentication auth) throws IOException {
        CaseNumber n = number(caseNumber);
        String pasted = form.getOrDefault("pasted", "");
        boolean hasFile = file != null && !file.isEmpty();
        byte[] content = hasFile ? file.getBytes() : pasted.getBytes(StandardCharsets.UTF_8);
        String name = hasFile ? file.getOriginalFilename() : "pasted text";
        return change(n, "upload", form, model, request, response, auth, () -> reviews.upload(n, form.get("type"),
                form.get("author"), form.get("date"), name, content), "#documents");
    }

    @PostMapping("/staff/cases/{caseNumber}/review/facts")
    String correct(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        CaseNumber n = number(caseNumber);
        String fact = form.getOrDefault("fact", "");
        return change(n, "fact-" + fact, form, model, request, response, auth,
                () -> reviews.correct(n, version(form), fact, form.containsKey("wrong"), form.get("after")),
                "#facts");
    }

    @PostMapping("/staff/cases/{caseNumber}/review/items/{item}")
    String decide(@PathVariable String caseNumber, @PathVariable int item, @RequestParam Map<String, String> form,
            Model model, HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        CaseNumber n = number(caseNumber);
        DecisionInput input = new DecisionInput(form.get("outcome"), form.get("citation"), form.get("otherSource"),
                form.get("whyNotMtus"), form.get("rationale"), form.get("reasonForChange"), form.get("caCitation"),
                form.get("caOtherSource"));
        return change(n, "item-" + item, form, model, request, response, auth,
                () -> reviews.decide(n, version(form), item, input), "#item-" + (item + 1));
    }

    @PostMapping("/staff/cases/{caseNumber}/review/summary")
    String summary(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        CaseNumber n = number(caseNumber);
        return change(n, "summary", form, model, request, response, auth,
                () -> reviews.writeSummary(n, version(form), form.get("summary")), "#summary");
    }

    @PostMapping("/staff/cases/{caseNumber}/review/sign")
    String sign(@PathVariable String caseNumber, @RequestParam Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        CaseNumber n = number(caseNumber);
        return change(n, "sign", form, model, request, response, auth, () -> reviews.sign(n, version(form)),
                "#signature");
    }

    private String change(CaseNumber n, String formName, Map<String, String> form, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication auth, Runnable work,
            String anchor) {
        try {
            work.run();
            return "redirect:/staff/cases/" + n.value() + "/review" + anchor;
        } catch (ReviewInputException e) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach((field, message) -> errors.put(formName + "." + field, message));
            Map<String, String> entered = new LinkedHashMap<>();
            form.forEach((field, value) -> entered.put(formName + "." + field, value));
            return page(n, errors, "Not saved: " + errors.size() + " field(s) need correcting.", entered, null,
                    List.of(), model, request, auth);
        } catch (ReviewConflictException e) {
            response.setStatus(409);
            return page(n, Map.of(), e.getMessage(), Map.of(), null, List.of(), model, request, auth);
        } catch (NotTheAssignedReviewerException e) {
            response.setStatus(403);
            return page(n, Map.of(), e.getMessage(), Map.of(), null, List.of(), model, request, auth);
        }
    }

    private String page(CaseNumber n, Map<String, String> errors, String error, Map<String, String> entered,
            String q, List<CaseDocuments.Hit> hits, Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("r", new ReviewPage(staffPage(request, auth), reviews.open(n), errors, error, entered,
                q == null ? "" : q, hits));
        return "staff/review";
    }

    private static Integer version(Map<String, String> form) {
        try {
            return Integer.valueOf(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            throw new ReviewInputException(Map.of("version", "The form has no review version: reload the page."));
        }
    }

    private static CaseNumber number(String value) {
        if (!CaseNumber.isValid(value)) {
            throw new CaseNotFoundException(NO_SUCH_CASE);
        }
        return CaseNumber.of(value);
    }

    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ResponseBody
    String notFound(CaseNotFoundException e) {
        return e.getMessage();
    }

    private static StaffModels.Page staffPage(HttpServletRequest request, Authentication auth) {
        return StaffModels.Page.of(request, auth, "case");
    }
}
