package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An application received with missing or impossible fields: it cannot be screened until the parties answer a
 * request for information.
 *
 * @param applicantName the employee's name as far as the form gives it ("the applicant" when it does not)
 * @param problems      every problem validation found
 */
public record IncompleteApplication(LocalDate receivedOn, String applicantName, ValidationProblems problems)
        implements ReceivedApplication {

    public IncompleteApplication {
        Objects.requireNonNull(receivedOn, "receivedOn");
        applicantName = applicantName == null || applicantName.isBlank() ? "the applicant" : applicantName.strip();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an incomplete application has at least one problem");
        }
    }
}
