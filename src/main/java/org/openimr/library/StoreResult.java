package org.openimr.library;

/** What storing one letter did: stored it, or found it already in the library (same case number or same text). */
public record StoreResult(Status status, String reference, int items) {

    public enum Status {
        STORED, ALREADY_PRESENT
    }

    public boolean stored() {
        return status == Status.STORED;
    }
}
