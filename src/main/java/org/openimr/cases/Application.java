package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.Priority;

/**
 * An application for Independent Medical Review (DWC Form IMR) that has passed validation: every required field is
 * there, every date is possible. Made from an {@link ApplicationForm}.
 *
 * @param reviewType     standard (regular) or expedited, as the form asks
 * @param signed         whether the employee or representative signed it
 * @param receivedOn     the day the application reached the IMRO: "filed" means received (8 CCR 9792.10.1(b))
 * @param representative the representative the employee designated, if any (absent in applications stored before
 *                       the form asked for one)
 */
public record Application(Priority reviewType, Employee employee, ClaimNumber claimNumber, LocalDate dateOfInjury,
        Employer employer, ClaimsAdministrator claimsAdministrator, RequestingPhysician requestingPhysician,
        UrDecision urDecision, List<DisputedItem> disputedItems, boolean signed, LocalDate receivedOn,
        Optional<Representative> representative) implements ReceivedApplication {

    public Application {
        Objects.requireNonNull(reviewType, "reviewType");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(claimNumber, "claimNumber");
        Objects.requireNonNull(dateOfInjury, "dateOfInjury");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(claimsAdministrator, "claimsAdministrator");
        Objects.requireNonNull(requestingPhysician, "requestingPhysician");
        Objects.requireNonNull(urDecision, "urDecision");
        Objects.requireNonNull(receivedOn, "receivedOn");
        representative = representative == null ? Optional.empty() : representative;
        disputedItems = List.copyOf(disputedItems);
        if (disputedItems.isEmpty()) {
            throw new IllegalArgumentException("an application disputes at least one treatment");
        }
    }

    /** An application without a designated representative. */
    public Application(Priority reviewType, Employee employee, ClaimNumber claimNumber, LocalDate dateOfInjury,
            Employer employer, ClaimsAdministrator claimsAdministrator, RequestingPhysician requestingPhysician,
            UrDecision urDecision, List<DisputedItem> disputedItems, boolean signed, LocalDate receivedOn) {
        this(reviewType, employee, claimNumber, dateOfInjury, employer, claimsAdministrator, requestingPhysician,
                urDecision, disputedItems, signed, receivedOn, Optional.empty());
    }

    @Override
    public String applicantName() {
        return employee.name().fullName();
    }
}
