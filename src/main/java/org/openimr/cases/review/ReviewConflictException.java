package org.openimr.cases.review;

/**
 * A change the review cannot take in its present state (HTTP 409): it is signed and final, another change came first
 * (stale version), or it is not ready to be signed. Nothing was stored.
 */
public class ReviewConflictException extends RuntimeException {

    public ReviewConflictException(String message) {
        super(message);
    }
}
