package org.openimr.library;

/** A search request the library cannot run, with a message that says what to change. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
