package org.openimr.cases.web;

import org.openimr.cases.service.CaseService;
import org.openimr.cases.service.Reminders;
import org.openimr.cases.store.StoredCase;
import org.springframework.stereotype.Component;

/** A case as the API and the case page show it today: its events, deadlines and the reminders sent about it. */
@Component
class CaseViews {

    private final CaseService cases;
    private final Reminders reminders;

    CaseViews(CaseService cases, Reminders reminders) {
        this.cases = cases;
        this.reminders = reminders;
    }

    CaseJson.Case of(StoredCase c) {
        return CaseJson.of(c, cases.today(), reminders.of(c.imrCase().caseNumber()));
    }
}
