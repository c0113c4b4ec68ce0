package org.openimr.cases.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.store.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details of the letter API: 400 per field, 404, 409 with the reason (and the findings). */
@RestControllerAdvice(assignableTypes = LetterApi.class)
class LetterApiProblems {

    @ExceptionHandler(IssueFailure.NotReady.class)
    ProblemDetail notReady(IssueFailure.NotReady e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Letter not ready", "letter-not-ready", e.getMessage());
        p.setProperty("findings", e.report().errors().stream().map(f -> Map.of("code", f.code().name(),
                "item", f.item(), "message", f.describe())).toList());
        return p;
    }

    @ExceptionHandler({IssueFailure.AlreadyIssued.class, IssueFailure.NotSigned.class})
    ProblemDetail conflict(IssueFailure e) {
        return problem(HttpStatus.CONFLICT, e instanceof IssueFailure.AlreadyIssued ? "Already issued"
                : "Review not signed", e instanceof IssueFailure.AlreadyIssued ? "already-issued" : "not-signed",
                e.getMessage());
    }

    @ExceptionHandler({IllegalTransitionException.class, StaleVersionException.class})
    ProblemDetail notNow(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Not possible now", "illegal-transition", e.getMessage());
    }

    @ExceptionHandler({IssueFailure.NotIssued.class, CaseNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, e instanceof IssueFailure ? "Letter not issued" : "Case not found",
                null, e.getMessage());
    }

    @ExceptionHandler(InvalidApplicationException.class)
    ProblemDetail invalid(InvalidApplicationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid input", "invalid-input",
                e.problems().size() + " field(s) need correcting; nothing was stored.");
        List<Map<String, String>> errors = e.problems().all().stream()
                .map(x -> Map.of("field", x.field(), "message", x.message())).toList();
        p.setProperty("errors", errors);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (type != null) {
            p.setType(URI.create("https://openimr.org/problems/" + type));
        }
        return p;
    }
}
