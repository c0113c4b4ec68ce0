package org.openimr.letters;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.shared.CaseNumber;

/**
 * A Final Determination Letter was issued to the parties: the event by which the module that issues letters (cases)
 * tells the module that publishes them (library), without either depending on the other. It carries only the
 * {@linkplain AddressedLetter#publicVersion() public version}: nothing that identifies the parties leaves the case.
 *
 * @param caseNumber   the case the letter decides
 * @param publicLetter the letter as it is published: no parties, their identifying values removed from the free text
 * @param mailedOn     the day the letter was mailed to the parties
 */
public record LetterIssued(CaseNumber caseNumber, FinalDeterminationLetter publicLetter, LocalDate mailedOn) {

    public LetterIssued {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(publicLetter, "public letter");
        Objects.requireNonNull(mailedOn, "mailing date");
    }
}
