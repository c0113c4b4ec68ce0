package org.openimr.cases.issue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;

/**
 * A Final Determination Letter as issued and stored, never to change: when and by whom, the appeal window its mailing
 * started, the outcomes it gave, who it went to, and the SHA-256 of the PDF sent (the PDF itself is kept beside it).
 */
public record IssuedLetter(CaseNumber caseNumber, OffsetDateTime issuedAt, String issuedBy, AppealWindow appeal,
        List<Outcome> outcomes, List<Recipient> recipients, String contentHash) {

    public IssuedLetter {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(appeal, "appeal window");
        Objects.requireNonNull(contentHash, "content hash");
        outcomes = List.copyOf(outcomes);
        recipients = List.copyOf(recipients);
    }
}
