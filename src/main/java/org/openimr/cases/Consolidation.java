package org.openimr.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Which eligible applications may be joined into one case and one determination: those of the same employee, the same
 * requesting physician and the same date of injury (8 CCR 9792.10.4).
 */
public final class Consolidation {

    private Consolidation() {
    }

    public static boolean canConsolidate(Application a, Application b) {
        return a.employee().sameAs(b.employee())
                && a.requestingPhysician().name().sameAs(b.requestingPhysician().name())
                && a.dateOfInjury().equals(b.dateOfInjury());
    }

    /** The applications in groups that may each become one case, in the order first received. */
    public static List<List<Application>> groups(List<Application> eligible) {
        List<List<Application>> groups = new ArrayList<>();
        for (Application application : eligible) {
            groups.stream().filter(group -> canConsolidate(group.get(0), application)).findFirst()
                    .ifPresentOrElse(group -> group.add(application),
                            () -> groups.add(new ArrayList<>(List.of(application))));
        }
        return groups.stream().map(List::copyOf).toList();
    }
}
