package org.openimr.casefile;

import java.util.Objects;

/**
 * Where a fact was read: a character range {@code [start, end)} of one document's text, with the text it quotes.
 * The quote is exactly {@code document.text().substring(start, end)}, line breaks and layout spaces included.
 */
public record Span(String documentId, int start, int end, String quote) {

    public Span {
        Objects.requireNonNull(documentId, "document id");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + "-" + end);
        }
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("quote of " + quote.length() + " characters for a span of " + (end - start));
        }
    }

    /** The span of {@code [start, end)} in the document, quoting its text. */
    public static Span of(CaseDocument document, int start, int end) {
        return new Span(document.id(), start, end, document.text().substring(start, end));
    }

    /** True when the quote is what the document's text holds at these offsets. */
    public boolean quotes(CaseDocument document) {
        return document.id().equals(documentId) && end <= document.text().length()
                && document.text().substring(start, end).equals(quote);
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return documentId + "[" + start + "," + end + ")\"" + quote.replaceAll("\\s+", " ") + "\"";
    }
}
