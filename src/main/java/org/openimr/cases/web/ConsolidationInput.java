package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.openimr.cases.ValidationProblems;
import org.openimr.shared.CaseNumber;

/**
 * A consolidation, as sent: the case to join to the one named in the path, the day, and the version of the surviving
 * case it was decided on (when not in If-Match).
 *
 * @param caseNumber the case whose application is consolidated into the other (it is closed)
 * @param on the day (YYYY-MM-DD); today when left out
 */
public record ConsolidationInput(String caseNumber, String on, Integer version) {

    /** The case to absorb, or a problem named {@code caseNumber}. */
    CaseNumber absorbed(List<ValidationProblems.Problem> problems) {
        if (caseNumber == null || caseNumber.isBlank()) {
            problems.add(new ValidationProblems.Problem("caseNumber", "is missing: name the case to consolidate "
                    + "into this one"));
            return null;
        }
        String n = caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CaseNumber.isValid(n)) {
            problems.add(new ValidationProblems.Problem("caseNumber", "is not a case number in the CMyy-nnnnnnn form: \""
                    + caseNumber + "\""));
            return null;
        }
        return new CaseNumber(n);
    }

    /** The day of the consolidation, {@code today} when not given, or a problem named {@code on}. */
    LocalDate day(LocalDate today, List<ValidationProblems.Problem> problems) {
        if (on == null || on.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            problems.add(new ValidationProblems.Problem("on", "is not a real date (write it as YYYY-MM-DD): \"" + on
                    + "\""));
            return null;
        }
    }
}
