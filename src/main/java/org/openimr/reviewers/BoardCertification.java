package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A board certification, e.g. Physical Medicine &amp; Rehabilitation by the American Board of Physical Medicine and
 * Rehabilitation. Lifetime certificates have no expiry.
 *
 * @param validThrough the last day of the certificate; empty for a lifetime certificate
 */
public record BoardCertification(Specialty specialty, String board, LocalDate certifiedOn,
        Optional<LocalDate> validThrough) {

    public BoardCertification {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(board, "certifying board");
        Objects.requireNonNull(certifiedOn, "certification date");
        Objects.requireNonNull(validThrough, "valid-through date (Optional.empty() for lifetime)");
    }

    public static BoardCertification lifetime(String specialty, String board, LocalDate certifiedOn) {
        return new BoardCertification(Specialty.of(specialty), board, certifiedOn, Optional.empty());
    }

    public static BoardCertification until(String specialty, String board, LocalDate certifiedOn,
            LocalDate validThrough) {
        return new BoardCertification(Specialty.of(specialty), board, certifiedOn, Optional.of(validThrough));
    }

    /** Certified on or before that day and not lapsed. */
    public boolean isCurrentOn(LocalDate day) {
        return !certifiedOn.isAfter(day) && validThrough.map(end -> !end.isBefore(day)).orElse(true);
    }
}
