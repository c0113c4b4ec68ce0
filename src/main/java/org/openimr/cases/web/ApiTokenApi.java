package org.openimr.cases.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.staff.ApiTokens;
import org.openimr.cases.staff.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens of the signed-in member of staff: issue one (the secret is in this answer only), list them, revoke one.
 * A token is issued only to a caller who proved who they are with their password, never to a caller using a token, so a
 * leaked token cannot renew itself.
 */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens", description = "Tokens for the case API (Authorization: Bearer), issued to staff")
class ApiTokenApi {

    /** What to issue: a label saying what the token is for, and how many days it lives. */
    record TokenRequest(String label, Integer days) {
    }

    record IssuedToken(long id, String token, String label, OffsetDateTime expiresAt) {
    }

    record TokenJson(long id, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime revokedAt, boolean active) {
        static TokenJson of(ApiTokens.Token t) {
            return new TokenJson(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.active(OffsetDateTime.now()));
        }
    }

    static final int DEFAULT_DAYS = 30;

    private final ApiTokens tokens;
    private final AuditLog audit;

    ApiTokenApi(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Issue an API token to yourself (sign in with HTTP Basic for this call)",
            description = "Body: {\"label\": \"what it is for\", \"days\": 30}. The answer holds the token once; only "
                    + "its SHA-256 hash is kept. Send it as 'Authorization: Bearer <token>' to the case API.")
    ResponseEntity<?> issue(@RequestBody TokenRequest request, Authentication auth) {
        if (ApiTokens.tokenOf(auth).isPresent()) {
            audit.record("ISSUE_API_TOKEN", null, AuditLog.Outcome.DENIED, "asked with a token");
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "A token cannot issue tokens: sign in with your password (HTTP Basic) to issue one.");
            p.setTitle("Password needed");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
        }
        String label = request.label() == null ? "" : request.label().strip();
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        List<ValidationProblems.Problem> problems = problems(label, days, tokens.maxDays());
        if (!problems.isEmpty()) {
            audit.record("ISSUE_API_TOKEN", null, AuditLog.Outcome.INVALID, problems.size() + " problem(s)");
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        ApiTokens.Issued issued = tokens.issue(auth.getName(), label, days);
        audit.record("ISSUE_API_TOKEN", null, AuditLog.Outcome.ALLOWED, "API token " + issued.token().id() + " ("
                + label + "), expires " + issued.token().expiresAt());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.token().id()))
                .body(new IssuedToken(issued.token().id(), issued.secret(), label, issued.token().expiresAt()));
    }

    /** What is wrong with a token request, per field: the label (1 to 100 characters) and the days (1 to max). */
    static List<ValidationProblems.Problem> problems(String label, int days, int maxDays) {
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        if (label.isEmpty()) {
            problems.add(new ValidationProblems.Problem("label", "is missing: say what the token is for"));
        } else if (label.length() > 100) {
            problems.add(new ValidationProblems.Problem("label", "is longer than 100 characters"));
        }
        if (days < 1 || days > maxDays) {
            problems.add(new ValidationProblems.Problem("days", "must be from 1 to " + maxDays + ", not " + days));
        }
        return problems;
    }

    @GetMapping
    @Operation(summary = "Your API tokens, newest first (never their secrets)")
    List<TokenJson> list(Authentication auth) {
        return tokens.of(auth.getName()).stream().map(TokenJson::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your API tokens: it stops working at once")
    ResponseEntity<ProblemDetail> revoke(@PathVariable long id, Authentication auth) {
        if (tokens.revoke(auth.getName(), id)) {
            audit.record("REVOKE_API_TOKEN", null, AuditLog.Outcome.ALLOWED, "API token " + id);
            return ResponseEntity.noContent().build();
        }
        audit.record("REVOKE_API_TOKEN", null, AuditLog.Outcome.NOT_FOUND, "API token " + id);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "You have no active API token " + id + ".");
        p.setTitle("Token not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }
}
