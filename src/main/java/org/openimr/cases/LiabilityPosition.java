package org.openimr.cases;

/** Whether the claims administrator disputes liability for the injury or the treated body part (9792.10.3). */
public enum LiabilityPosition {
    /** Liability is not disputed (unless the form marks a treatment as also disputed for other reasons). */
    NOT_DISPUTED,
    /** Liability is disputed: IMR is deferred until it is resolved. */
    DISPUTED,
    /** Liability is disputed, but the claims administrator agrees that IMR may go ahead. */
    DISPUTED_BUT_IMR_AGREED,
    /** A dispute of liability has been resolved in the employee's favour. */
    RESOLVED
}
