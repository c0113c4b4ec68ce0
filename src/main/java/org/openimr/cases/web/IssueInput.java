package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.ValidationProblems;

/**
 * How the letter is sent, as the API and the page give it: {@code mailedOn} (default today) and {@code method}
 * (MAIL or ELECTRONIC, default MAIL). Bad values are one problem per field.
 */
record IssueInput(String mailedOn, String method) {

    record Mailing(LocalDate on, NoticeMethod method) {
    }

    Mailing validate(LocalDate today) {
        List<ValidationProblems.Problem> problems = new ArrayList<>();
        LocalDate on = today;
        if (mailedOn != null && !mailedOn.isBlank()) {
            try {
                on = LocalDate.parse(mailedOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new ValidationProblems.Problem("mailedOn", "is not a date (YYYY-MM-DD): \"" + mailedOn
                        + "\""));
            }
        }
        NoticeMethod how = NoticeMethod.MAIL;
        if (method != null && !method.isBlank()) {
            try {
                how = NoticeMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ValidationProblems.Problem("method", "is MAIL or ELECTRONIC, not \"" + method
                        + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(ValidationProblems.of(problems));
        }
        return new Mailing(on, how);
    }
}
