package org.openimr.cases.store;

import java.util.List;

import org.openimr.cases.CaseStatus;

/** The stable code a status is stored and filtered under ("AWAITING_RECORDS"). */
public enum StatusCode {
    RECEIVED(CaseStatus.Received.class), AWAITING_INFORMATION(CaseStatus.AwaitingInformation.class),
    INELIGIBLE(CaseStatus.Ineligible.class), DEFERRED(CaseStatus.Deferred.class), ELIGIBLE(CaseStatus.Eligible.class),
    AWAITING_RECORDS(CaseStatus.AwaitingRecords.class), AWAITING_ASSIGNMENT(CaseStatus.AwaitingAssignment.class),
    IN_REVIEW(CaseStatus.InReview.class), DECIDED(CaseStatus.Decided.class), TERMINATED(CaseStatus.Terminated.class),
    WITHDRAWN(CaseStatus.Withdrawn.class), CONSOLIDATED(CaseStatus.Consolidated.class);

    /** The codes of a case still open, as stored: what the scheduled jobs look at. */
    public static final List<String> OPEN = List.of(RECEIVED, AWAITING_INFORMATION, DEFERRED,
            ELIGIBLE, AWAITING_RECORDS, AWAITING_ASSIGNMENT, IN_REVIEW).stream().map(Enum::name).toList();

    private final Class<? extends CaseStatus> type;

    StatusCode(Class<? extends CaseStatus> type) {
        this.type = type;
    }

    public static StatusCode of(CaseStatus status) {
        for (StatusCode code : values()) {
            if (code.type.isInstance(status)) {
                return code;
            }
        }
        throw new IllegalArgumentException("no code for " + status);
    }
}
