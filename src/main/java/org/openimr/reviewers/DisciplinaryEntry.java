package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a reviewer's disciplinary history, as a licensing board or the organization's credentialing
 * recorded it.
 *
 * @param date      when the matter was opened (accusation filed, complaint received)
 * @param authority who acted, e.g. "Medical Board of California"
 * @param summary   a short description, e.g. "public reprimand for record keeping"
 */
public record DisciplinaryEntry(LocalDate date, String authority, DisciplinaryStatus status, String summary) {

    public DisciplinaryEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : summary.strip();
    }

    /** Pending matters and actions taken count; a dismissed complaint does not. */
    public boolean counts() {
        return status != DisciplinaryStatus.DISMISSED;
    }

    String describe() {
        String what = switch (status) {
            case PENDING -> "pending matter";
            case ACTION_TAKEN -> "action taken";
            case DISMISSED -> "dismissed";
        };
        return what + " by " + authority + " (" + date + ")" + (summary.isEmpty() ? "" : ": " + summary);
    }
}
