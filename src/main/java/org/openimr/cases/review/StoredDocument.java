package org.openimr.cases.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.DocumentType;

/** A document of a case file as stored: what it is, who wrote it and when, its text, and who uploaded it. */
public record StoredDocument(long id, DocumentType type, String author, LocalDate date, String fileName,
        String mediaType, String text, String uploadedBy, OffsetDateTime uploadedAt) {

    /** The id its facts' spans carry: "D" and the stored id. */
    public String documentId() {
        return idOf(id);
    }

    static String idOf(long id) {
        return "D" + id;
    }

    /** "Progress report". */
    public String description() {
        return describe(type);
    }

    public static String describe(DocumentType type) {
        String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public CaseDocument toCaseDocument() {
        return new CaseDocument(documentId(), type, Optional.of(author), Optional.of(date), text);
    }
}
