package org.openimr.cases.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.DuplicateApplicationException;
import org.openimr.cases.store.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the case API: 400 with one entry per field, 404, 409 with the reason. */
@RestControllerAdvice(assignableTypes = {CaseApi.class, AuditApi.class, ApiTokenApi.class, PanelApi.class,
        CaseAssignmentApi.class})
class CaseApiProblems {

    @ExceptionHandler(InvalidApplicationException.class)
    ProblemDetail invalid(InvalidApplicationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().size() + " field(s) need correcting; nothing was stored.");
        p.setTitle("Invalid input");
        p.setType(URI.create("https://openimr.org/problems/invalid-input"));
        List<Map<String, String>> errors = e.problems().all().stream()
                .map(x -> Map.of("field", x.field(), "message", x.message())).toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not JSON of the expected shape; nothing was stored.");
        p.setTitle("Unreadable request");
        return p;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Case not found");
        return p;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegal(IllegalTransitionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Not possible now");
        p.setType(URI.create("https://openimr.org/problems/illegal-transition"));
        return p;
    }

    @ExceptionHandler(DuplicateApplicationException.class)
    ProblemDetail duplicate(DuplicateApplicationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Duplicate application");
        p.setType(URI.create("https://openimr.org/problems/duplicate-application"));
        p.setProperty("duplicateOf", e.duplicateOf().value());
        return p;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Edit conflict");
        p.setType(URI.create("https://openimr.org/problems/stale-version"));
        p.setProperty("currentVersion", e.current());
        return p;
    }
}
