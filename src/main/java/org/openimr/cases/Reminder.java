package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.shared.CaseNumber;

/**
 * A reminder that a step of a case falls due soon and is not done yet. There is one per case, step and due date: when
 * the due date moves (a conversion to expedited review), the new one gets its own reminder.
 */
public record Reminder(CaseNumber caseNumber, DeadlineKind step, LocalDate due, ReminderRecipient recipient) {

    public Reminder {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** "Reminder: records due 2026-12-01 sent to the claims administrator". */
    public String describe() {
        return "Reminder: " + step.shortName() + " due " + due + " sent to " + recipient.words();
    }
}
