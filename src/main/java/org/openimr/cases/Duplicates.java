package org.openimr.cases;

import java.util.Collection;
import java.util.Optional;

/**
 * Recognises an application sent again: the same employee, the same UR decision (claim and date) and no treatment
 * that the earlier application did not already dispute. DWC removes duplicates before screening ("Total applications
 * → duplicates removed → unique applications").
 */
public final class Duplicates {

    private Duplicates() {
    }

    /** True when {@code later} adds nothing to {@code earlier}: same employee, claim, UR decision, treatments. */
    public static boolean isDuplicate(Application later, Application earlier) {
        return later.employee().sameAs(earlier.employee())
                && later.claimNumber().sameAs(earlier.claimNumber())
                && later.urDecision().date().equals(earlier.urDecision().date())
                && later.disputedItems().stream().allMatch(item -> earlier.disputedItems().stream()
                        .anyMatch(item::sameTreatmentAs));
    }

    /** The first application of {@code received} that {@code application} duplicates, if any. */
    public static Optional<Application> duplicateOf(Application application, Collection<Application> received) {
        return received.stream().filter(earlier -> earlier != application && isDuplicate(application, earlier))
                .findFirst();
    }
}
