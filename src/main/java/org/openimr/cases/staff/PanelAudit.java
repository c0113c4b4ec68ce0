package org.openimr.cases.staff;

import org.openimr.reviewers.ReviewerPanelChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change of the reviewer panel to the audit log, in the transaction of the change: the panel publishes
 * the change (it may not know the audit log), this listener records who made it. Reviewers are named by panel id.
 */
@Component
class PanelAudit {

    private final AuditLog audit;

    PanelAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ReviewerPanelChanged change) {
        audit.record("PANEL_" + change.change(), null, AuditLog.Outcome.ALLOWED,
                "reviewer " + change.reviewer() + (change.detail().isEmpty() ? "" : ": " + change.detail()));
    }
}
