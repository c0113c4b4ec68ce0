package org.openimr.determination;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a case gives the engine, as a letter's header states them. The request date is the date the guidelines in
 * force are chosen by: the UR denial date (the treatment request was decided then), else the date the application was
 * received, else the decision date.
 */
public record CaseDates(Optional<LocalDate> urDenial, Optional<LocalDate> applicationReceived,
        Optional<LocalDate> assigned, Optional<LocalDate> decision, Optional<LocalDate> injury) {

    public CaseDates {
        Objects.requireNonNull(urDenial, "UR denial date");
        Objects.requireNonNull(applicationReceived, "application received");
        Objects.requireNonNull(assigned, "date assigned");
        Objects.requireNonNull(decision, "decision date");
        Objects.requireNonNull(injury, "date of injury");
    }

    /** Only a request date (e.g. the command line's --date). */
    public static CaseDates requestedOn(LocalDate date) {
        return new CaseDates(Optional.of(date), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public CaseDates withInjury(LocalDate date) {
        return new CaseDates(urDenial, applicationReceived, assigned, decision, Optional.ofNullable(date));
    }

    /** The date the engine chooses the guidelines in force by, and which header date it is. */
    public Optional<Dated> requestDate() {
        if (urDenial.isPresent()) {
            return Optional.of(new Dated(urDenial.get(), "UR denial date"));
        }
        if (applicationReceived.isPresent()) {
            return Optional.of(new Dated(applicationReceived.get(), "date the application was received"));
        }
        return decision.map(d -> new Dated(d, "decision date"));
    }

    /** A date and what it is. */
    public record Dated(LocalDate date, String what) {
    }
}
