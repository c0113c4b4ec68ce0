package org.openimr.reviewers;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The caseload of every reviewer of the panel; a reviewer not listed has nothing open. */
public record PanelWorkload(Map<ReviewerId, Caseload> caseloads) {

    public PanelWorkload {
        caseloads = Collections.unmodifiableMap(new HashMap<>(caseloads));
    }

    public static PanelWorkload none() {
        return new PanelWorkload(Map.of());
    }

    public Caseload of(ReviewerId reviewer) {
        return caseloads.getOrDefault(reviewer, Caseload.empty());
    }

    public PanelWorkload with(ReviewerId reviewer, Caseload caseload) {
        Map<ReviewerId, Caseload> copy = new HashMap<>(caseloads);
        copy.put(reviewer, caseload);
        return new PanelWorkload(copy);
    }
}
