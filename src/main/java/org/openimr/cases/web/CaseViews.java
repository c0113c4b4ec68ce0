package org.openimr.cases.web;

import java.util.Optional;

import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.service.Reminders;
import org.openimr.cases.store.StoredCase;
import org.springframework.stereotype.Component;

/**
 * A case as the API and the case page show it today: its events, deadlines, the reminders sent about it, the parties
 * named in its records, and the conflict its assigned reviewer has with them, if any.
 */
@Component
class CaseViews {

    private final CaseService cases;
    private final Reminders reminders;
    private final CaseAssignment assignment;

    CaseViews(CaseService cases, Reminders reminders, CaseAssignment assignment) {
        this.cases = cases;
        this.reminders = reminders;
        this.assignment = assignment;
    }

    CaseJson.Case of(StoredCase c) {
        return of(c, assignment.assignedReviewerConflict(c));
    }

    /** The case, with its assigned reviewer's conflict as just found by whoever changed the case. */
    CaseJson.Case of(StoredCase c, Optional<CaseAssignment.ReviewerConflict> conflict) {
        return CaseJson.of(c, cases.today(), reminders.of(c.imrCase().caseNumber()),
                conflict.map(CaseAssignment.ReviewerConflict::message));
    }
}
