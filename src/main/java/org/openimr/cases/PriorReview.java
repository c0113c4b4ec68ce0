package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;

/** A treatment that already went to IMR: who, which claim, which UR decision, which treatment, in which case. */
public record PriorReview(CaseNumber caseNumber, Employee employee, ClaimNumber claimNumber, LocalDate urDecisionDate,
        DisputedItem item) {

    public PriorReview {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(claimNumber, "claimNumber");
        Objects.requireNonNull(urDecisionDate, "urDecisionDate");
        Objects.requireNonNull(item, "item");
    }

    /** One prior review per disputed treatment of an application that went to IMR in the given case. */
    public static List<PriorReview> of(CaseNumber caseNumber, Application application) {
        return application.disputedItems().stream()
                .map(item -> new PriorReview(caseNumber, application.employee(), application.claimNumber(),
                        application.urDecision().date(), item))
                .toList();
    }

    /** The same employee, claim and UR decision, and the same treatment. */
    public boolean covers(Application application, DisputedItem disputed) {
        return employee.sameAs(application.employee()) && claimNumber.sameAs(application.claimNumber())
                && urDecisionDate.equals(application.urDecision().date()) && item.sameTreatmentAs(disputed);
    }
}
