package org.openimr.casefile;

/** A file that cannot be taken into a case file: too large, not a readable PDF, not text, or without any text. */
public class UnreadableDocumentException extends IllegalArgumentException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
