package org.openimr.cases.review;

import org.openimr.shared.CaseNumber;

/** Only the reviewer assigned to a case may correct facts, decide, write the summary and sign (HTTP 403). */
public class NotTheAssignedReviewerException extends RuntimeException {

    public NotTheAssignedReviewerException(CaseNumber n, String user) {
        super("Only the reviewer assigned to case " + n + " may correct its facts, decide its items and sign; "
                + user + " may read the case and add documents.");
    }
}
