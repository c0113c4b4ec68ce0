package org.openimr.cases.issue;

import org.openimr.shared.CaseNumber;

/** Why a letter could not be issued (or read as issued); nothing was stored. Each kind says what to do. */
public abstract sealed class IssueFailure extends RuntimeException {

    private IssueFailure(String message) {
        super(message);
    }

    /** The quality check found errors. */
    public static final class NotReady extends IssueFailure {
        private final transient QualityReport report;

        public NotReady(CaseNumber n, QualityReport report) {
            super("The letter of case " + n + " cannot be issued: the quality check found " + report.summary()
                    + ". Correct the errors and issue it again.");
            this.report = report;
        }

        public QualityReport report() {
            return report;
        }
    }

    /** The case already has its letter: a letter is issued once. */
    public static final class AlreadyIssued extends IssueFailure {
        public AlreadyIssued(CaseNumber n) {
            super("The letter of case " + n + " was already issued; an issued letter is never issued again.");
        }
    }

    /** No letter was issued for the case yet. */
    public static final class NotIssued extends IssueFailure {
        public NotIssued(CaseNumber n) {
            super("Case " + n + " has no issued letter yet.");
        }
    }

    /** The case's review is not signed, so there is no letter to check or issue. */
    public static final class NotSigned extends IssueFailure {
        public NotSigned(CaseNumber n) {
            super("Case " + n + " has no signed review yet: its letter can be checked and issued only after the "
                    + "assigned reviewer signs.");
        }
    }
}
