package org.openimr.cases.service;

import java.time.Instant;
import java.time.LocalDate;

import org.openimr.cases.Reminder;

/** A reminder as recorded: on which day, at what moment, by which instance. */
public record SentReminder(Reminder reminder, LocalDate sentOn, Instant sentAt, String sentBy) {

    /** "Reminder: records due 2026-12-01 sent to the claims administrator". */
    public String describe() {
        return reminder.describe();
    }
}
