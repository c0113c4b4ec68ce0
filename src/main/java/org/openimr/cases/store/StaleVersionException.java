package org.openimr.cases.store;

/** The case changed since the version the caller read: nothing was stored. */
public class StaleVersionException extends RuntimeException {

    private final int current;

    public StaleVersionException(String caseNumber, int expected, int current) {
        super("Case " + caseNumber + " was changed by someone else: you sent version " + expected
                + " but it is now at version " + current + ". Reload the case and try again; nothing was stored.");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
