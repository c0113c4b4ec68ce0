package org.openimr.letters;

/**
 * A file or text that could not be read as a Final Determination Letter. The message is one line, fit to print after
 * the file name ("CM16-0230651.pdf: encrypted PDF (a password is required)").
 */
public class LetterParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public LetterParseException(String reason) {
        super(oneLine(reason));
    }

    public LetterParseException(String reason, Throwable cause) {
        super(oneLine(reason), cause);
    }

    private static String oneLine(String reason) {
        String r = reason == null || reason.isBlank() ? "could not be parsed" : reason;
        return r.replaceAll("\\s+", " ").strip();
    }
}
