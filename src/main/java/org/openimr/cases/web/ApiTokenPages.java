package org.openimr.cases.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openimr.cases.ValidationProblems;
import org.openimr.cases.staff.ApiTokens;
import org.openimr.cases.staff.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in member of staff's API tokens: issue one (its secret shown on this answer only), see them, revoke. */
@Controller
public class ApiTokenPages {

    /** The page: the user's tokens, the one just issued (if any), and what was typed with its problems. */
    public record TokensPage(List<ApiTokens.Token> tokens, ApiTokens.Issued issued, Map<String, String> typed,
            List<ValidationProblems.Problem> problems, int maxDays) {
        public String value(String field) {
            return typed.getOrDefault(field, "label".equals(field) ? "" : String.valueOf(ApiTokenApi.DEFAULT_DAYS));
        }

        public List<String> errors(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(ValidationProblems.Problem::message)
                    .toList();
        }

        public boolean active(ApiTokens.Token token) {
            return token.active(java.time.OffsetDateTime.now());
        }
    }

    private final ApiTokens tokens;
    private final AuditLog audit;

    ApiTokenPages(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/staff/tokens")
    String list(Model model, HttpServletRequest request, Authentication auth) {
        return page(model, request, auth, null, Map.of(), List.of());
    }

    @PostMapping("/staff/tokens")
    String issue(@RequestParam Map<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response, Authentication auth) {
        String label = form.getOrDefault("label", "").strip();
        String daysText = form.getOrDefault("days", "").strip();
        List<ValidationProblems.Problem> problems;
        int days = 0;
        try {
            days = Integer.parseInt(daysText);
            problems = ApiTokenApi.problems(label, days, tokens.maxDays());
        } catch (NumberFormatException e) {
            problems = new java.util.ArrayList<>(ApiTokenApi.problems(label, 1, tokens.maxDays()));
            problems.add(new ValidationProblems.Problem("days", "is not a whole number of days: \"" + daysText
                    + "\""));
        }
        if (!problems.isEmpty()) {
            audit.record("ISSUE_API_TOKEN", null, AuditLog.Outcome.INVALID, problems.size() + " problem(s)");
            response.setStatus(400);
            return page(model, request, auth, null, Map.of("label", label, "days", daysText), problems);
        }
        ApiTokens.Issued issued = tokens.issue(auth.getName(), label, days);
        audit.record("ISSUE_API_TOKEN", null, AuditLog.Outcome.ALLOWED, "API token " + issued.token().id() + " ("
                + label + "), expires " + issued.token().expiresAt());
        return page(model, request, auth, issued, Map.of(), List.of());
    }

    @PostMapping("/staff/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication auth) {
        boolean revoked = tokens.revoke(auth.getName(), id);
        audit.record("REVOKE_API_TOKEN", null, revoked ? AuditLog.Outcome.ALLOWED : AuditLog.Outcome.NOT_FOUND,
                "API token " + id);
        return "redirect:/staff/tokens";
    }

    private String page(Model model, HttpServletRequest request, Authentication auth, ApiTokens.Issued issued,
            Map<String, String> typed, List<ValidationProblems.Problem> problems) {
        model.addAttribute("page", StaffPages.page(request, auth, "tokens"));
        model.addAttribute("tokens", new TokensPage(tokens.of(auth.getName()), issued, typed, problems,
                tokens.maxDays()));
        return "staff/tokens";
    }
}
