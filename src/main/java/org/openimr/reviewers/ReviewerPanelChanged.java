package org.openimr.reviewers;

import java.util.Objects;

/**
 * Published when the panel changes, for the organization's audit log (the module that keeps it listens). It names
 * the reviewer by panel id only, never by name.
 *
 * @param change what was done, e.g. "ADD_REVIEWER", "ADD_LICENSE"
 * @param detail a few words for the log, e.g. "license in California"; never the name or a license number
 */
public record ReviewerPanelChanged(ReviewerId reviewer, String change, String detail) {

    public ReviewerPanelChanged {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(change, "change");
        detail = detail == null ? "" : detail;
    }
}
