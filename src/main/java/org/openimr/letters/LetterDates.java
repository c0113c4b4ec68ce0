package org.openimr.letters;

import java.time.LocalDate;

/** The dates a letter states; a date the layout does not carry is null. */
public record LetterDates(LocalDate dateAssigned, LocalDate dateOfInjury, LocalDate decisionDate,
        LocalDate urDenialDate, LocalDate applicationReceived) {

    public static LetterDates none() {
        return new LetterDates(null, null, null, null, null);
    }
}
