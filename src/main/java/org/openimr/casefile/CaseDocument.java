package org.openimr.casefile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a case file and its text. Every {@link Span} of a fact read from it points into {@link #text()}.
 *
 * @param id     identifies the document within the case file (e.g. a file name or a record number)
 * @param author who wrote it, where known
 * @param date   the date of the document (date of service or of the report), where known
 */
public record CaseDocument(String id, DocumentType type, Optional<String> author, Optional<LocalDate> date,
        String text) {

    public CaseDocument {
        Objects.requireNonNull(id, "document id");
        Objects.requireNonNull(type, "document type");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
    }

    /** A document of unknown type, author and date. */
    public static CaseDocument of(String id, String text) {
        return new CaseDocument(id, DocumentType.OTHER, Optional.empty(), Optional.empty(), text);
    }

    public static CaseDocument of(String id, DocumentType type, String text) {
        return new CaseDocument(id, type, Optional.empty(), Optional.empty(), text);
    }
}
