package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A professional license. The number is kept for verification with the board, but {@link #toString()} does not
 * print it: a license number looked up at a state board gives the reviewer's name.
 *
 * @param expires the last day the license is valid
 */
public record License(UsState state, String number, LicenseStatus status, LocalDate expires) {

    public License {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(number, "license number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expires, "expiry date");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a license number must not be blank");
        }
    }

    /** Active with the board and not expired on that day (the expiry day itself still counts). */
    public boolean isActiveOn(LocalDate day) {
        return status == LicenseStatus.ACTIVE && !expires.isBefore(day);
    }

    @Override
    public String toString() {
        return "License[" + state.displayName() + ", " + status + ", expires " + expires + "]";
    }
}
