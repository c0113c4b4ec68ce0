package org.openimr.letters;

import java.util.Objects;

/**
 * The Final Determination Letter as sent to the parties: the letter and the {@link LetterParties} it is addressed
 * to. {@link #publicVersion()} gives the letter as it is published: the same decisions, without the parties and
 * with their identifying values removed from the free text.
 */
public record AddressedLetter(FinalDeterminationLetter letter, LetterParties parties) {

    public AddressedLetter {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(parties, "parties");
    }

    /**
     * The letter for publication. It is built from the data, not by covering text: the parties are not part of the
     * public model at all, and {@link Redaction} replaces their names, claim number, address and date of birth
     * wherever the free text (case summary, requests, documents, rationales) mentions them.
     */
    public FinalDeterminationLetter publicVersion() {
        return Redaction.of(parties).redact(letter);
    }
}
