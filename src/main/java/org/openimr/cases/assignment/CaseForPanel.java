package org.openimr.cases.assignment;

import java.time.LocalDate;
import java.util.List;

import org.openimr.cases.Application;
import org.openimr.cases.Deadline;
import org.openimr.cases.DeadlineKind;
import org.openimr.cases.ImrCase;
import org.openimr.cases.Representative;
import org.openimr.determination.InterpretedRequest;
import org.openimr.determination.RequestInterpreter;
import org.openimr.reviewers.CaseParties;
import org.openimr.reviewers.CaseToAssign;
import org.openimr.reviewers.DisputedItemKind;

/**
 * What the panel needs to know of a case: its parties from every application of the case (employee, employer,
 * claims administrator, requesting physician, and the employee's designated representative: an attorney and their
 * firm as the employee's attorney, a parent, guardian or relative as a member of the employee's family), the DWC
 * category and body regions of each treatment under review as the determination module's {@link RequestInterpreter}
 * reads them, and the day the determination is due.
 */
final class CaseForPanel {

    private CaseForPanel() {
    }

    static CaseToAssign of(ImrCase c, RequestInterpreter interpreter, LocalDate today) {
        CaseParties.Builder parties = CaseParties.builder();
        for (Application a : c.applications()) {
            parties.employee(a.employee().name().fullName())
                    .employer(a.employer().name())
                    .claimsAdministrator(a.claimsAdministrator().company())
                    .requestingProvider(a.requestingPhysician().name().fullName());
            a.representative().ifPresent(r -> representative(parties, r));
        }
        List<DisputedItemKind> items = c.itemsUnderReview().stream().map(i -> {
            InterpretedRequest r = interpreter.interpret(i.request());
            return new DisputedItemKind(r.category(), r.regions());
        }).toList();
        return new CaseToAssign(c.caseNumber(), c.priority(), determinationDue(c, today), parties.build(), items);
    }

    /** The representative as the party the conflict rules know; another kind of representative is no such party. */
    private static void representative(CaseParties.Builder parties, Representative r) {
        switch (r.kind()) {
            case ATTORNEY -> {
                parties.employeeAttorney(r.name());
                r.firm().ifPresent(parties::employeeAttorney);
            }
            case PARENT_OR_GUARDIAN, RELATIVE -> parties.employeeFamilyMember(r.name());
            case OTHER -> {
            }
        }
    }

    /** The due day of the determination the case's events give; today when the clock has not started. */
    static LocalDate determinationDue(ImrCase c, LocalDate today) {
        return c.deadlines().stream().filter(d -> d.kind() == DeadlineKind.DETERMINATION_ISSUED)
                .map(Deadline::due).findFirst().orElse(today);
    }
}
