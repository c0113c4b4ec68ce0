package org.openimr.cases;

import java.util.List;
import java.util.Objects;

/** A disputed treatment left out of an otherwise eligible application, with every reason. */
public record ExcludedItem(DisputedItem item, List<Finding> findings) {

    public ExcludedItem {
        Objects.requireNonNull(item, "item");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("an excluded item has a reason");
        }
    }
}
