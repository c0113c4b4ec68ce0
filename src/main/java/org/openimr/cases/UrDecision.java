package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The utilization review decision the application disputes.
 *
 * @param date                 the date of the UR decision, taken as the date it was served (the form has no
 *                             separate service date)
 * @param servedBy             how it was served on the employee
 * @param receivedByEmployeeOn when the employee received it, if the application says; used only under the 2013
 *                             "30 days of receipt" rule
 * @param attached             whether a copy of the written decision came with the application (8 CCR 9792.10.1)
 */
public record UrDecision(LocalDate date, ServiceMethod servedBy, Optional<LocalDate> receivedByEmployeeOn,
        boolean attached) {

    public UrDecision {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(servedBy, "servedBy");
        Objects.requireNonNull(receivedByEmployeeOn, "receivedByEmployeeOn");
    }

    /** The date the decision was served: the decision date (see the class notes). */
    public LocalDate servedOn() {
        return date;
    }
}
