package org.openimr.library.web;

import java.net.URI;

import org.openimr.library.InvalidQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the library API; each problem type is described on the open data page. */
@RestControllerAdvice(assignableTypes = {DecisionApi.class, OpenDataController.class})
class LibraryApiProblems {

    static final URI INVALID_PARAMETER = URI.create("/data#problem-invalid-parameter");
    static final URI LETTER_NOT_FOUND = URI.create("/data#problem-letter-not-found");

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidParameter(InvalidQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid search parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(LetterNotFoundException.class)
    ProblemDetail letterNotFound(LetterNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(LETTER_NOT_FOUND);
        problem.setTitle("Letter not found");
        problem.setProperty("reference", e.reference());
        return problem;
    }
}
