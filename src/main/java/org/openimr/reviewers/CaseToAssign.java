package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * An eligible case, with its records, waiting for a reviewer: what screening and ranking need to know of it.
 *
 * @param determinationDue the day the determination is due, as the case's clock computes it from its events
 * @param items            the kinds of the disputed items, one per item, in letter order
 */
public record CaseToAssign(CaseNumber caseNumber, Priority priority, LocalDate determinationDue, CaseParties parties,
        List<DisputedItemKind> items) {

    public CaseToAssign {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(determinationDue, "determination due date");
        Objects.requireNonNull(parties, "parties");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("case " + caseNumber + " has no disputed item to review");
        }
    }
}
