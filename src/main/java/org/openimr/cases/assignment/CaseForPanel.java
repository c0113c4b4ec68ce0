package org.openimr.cases.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openimr.cases.Application;
import org.openimr.cases.Deadline;
import org.openimr.cases.DeadlineKind;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NamedParty;
import org.openimr.cases.Representative;
import org.openimr.determination.InterpretedRequest;
import org.openimr.determination.RequestInterpreter;
import org.openimr.reviewers.CaseParties;
import org.openimr.reviewers.CaseToAssign;
import org.openimr.reviewers.DisputedItemKind;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.PartyName;

/**
 * What the panel needs to know of a case: its parties from every application of the case (employee, employer,
 * claims administrator, requesting physician, and the employee's designated representative: an attorney and their
 * firm as the employee's attorney, a parent, guardian or relative as a member of the employee's family) and the
 * parties the records name (facility, maker of a disputed drug or device, treating providers, insurer, the attorneys
 * and officers of the employer, insurer or claims administrator), each in its role and with its identifier, the DWC
 * category and body regions of each treatment under review as the determination module's {@link RequestInterpreter}
 * reads them, and the day the determination is due.
 */
final class CaseForPanel {

    private CaseForPanel() {
    }

    static CaseToAssign of(ImrCase c, RequestInterpreter interpreter, LocalDate today) {
        List<DisputedItemKind> items = c.itemsUnderReview().stream().map(i -> {
            InterpretedRequest r = interpreter.interpret(i.request());
            return new DisputedItemKind(r.category(), r.regions());
        }).toList();
        return new CaseToAssign(c.caseNumber(), c.priority(), determinationDue(c, today), parties(c), items);
    }

    /** Every party of the case a reviewer must be free of, each in its role. */
    static CaseParties parties(ImrCase c) {
        CaseParties.Builder parties = CaseParties.builder();
        for (Application a : c.applications()) {
            parties.employee(a.employee().name().fullName())
                    .employer(a.employer().name())
                    .claimsAdministrator(a.claimsAdministrator().company())
                    .requestingProvider(a.requestingPhysician().name().fullName());
            a.representative().ifPresent(r -> representative(parties, r));
        }
        for (NamedParty p : c.namedParties()) {
            parties.add(p.role(), new Party(PartyName.of(p.name()), p.identifier().map(Set::of).orElse(Set.of())));
        }
        return parties.build();
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
