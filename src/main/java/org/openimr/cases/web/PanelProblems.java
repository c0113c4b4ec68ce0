package org.openimr.cases.web;

import java.net.URI;

import org.openimr.cases.assignment.CaseAssignment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details of the panel API and of assignment: 404 for an unknown reviewer, 409 for a refusal. */
@RestControllerAdvice(assignableTypes = {PanelApi.class, CaseAssignmentApi.class})
class PanelProblems {

    @ExceptionHandler(PanelEditor.ReviewerNotFound.class)
    ProblemDetail notFound(PanelEditor.ReviewerNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Reviewer not found");
        return p;
    }

    @ExceptionHandler(CaseAssignment.NotAssignable.class)
    ProblemDetail notAssignable(CaseAssignment.NotAssignable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Reviewer may not take the case");
        p.setType(URI.create("https://openimr.org/problems/reviewer-not-assignable"));
        return p;
    }
}
