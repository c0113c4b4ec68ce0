package org.openimr.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the documents-reviewed list. {@code description} is what the document is ("Primary treating
 * physician's progress report", or for an older letter the whole entry as printed); {@code author} and {@code date}
 * are who wrote it and when, where the letter states them, else null.
 */
public record DocumentReviewed(String description, String author, LocalDate date) {

    public DocumentReviewed {
        Objects.requireNonNull(description, "document description");
        author = author == null || author.isBlank() ? null : author.strip();
    }

    /** An entry known only by its printed text (the older layouts list documents as one line each). */
    public DocumentReviewed(String description) {
        this(description, null, null);
    }
}
