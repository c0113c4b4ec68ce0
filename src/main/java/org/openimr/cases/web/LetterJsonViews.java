package org.openimr.cases.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.openimr.cases.issue.IssuedLetter;
import org.openimr.cases.issue.QualityFinding;
import org.openimr.cases.issue.QualityReport;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;

/** The issued letter and the quality check as the API and the staff pages show them. */
public final class LetterJsonViews {

    private LetterJsonViews() {
    }

    public record Issued(String caseNumber, OffsetDateTime issuedAt, String issuedBy, LocalDate mailedOn,
            String mailingMethod, int appealDays, LocalDate appealLastDay, String appeal, List<String> outcomes,
            List<RecipientView> recipients, String contentHash) {
    }

    public record RecipientView(String role, String name) {
    }

    public record Quality(String caseNumber, boolean allowsIssue, String summary, List<Finding> findings) {
    }

    public record Finding(String code, String severity, int item, String message) {
    }

    /** The staff page of a letter: the check (null when there is none), the issue record (null before), a message. */
    public record LetterPage(String caseNumber, Quality quality, Issued issued, String error, String today) {
    }

    public static Issued of(IssuedLetter l) {
        return new Issued(l.caseNumber().value(), l.issuedAt(), l.issuedBy(), l.appeal().mailedOn(),
                l.appeal().method().name(), l.appeal().days(), l.appeal().lastDay(), l.appeal().describe(),
                l.outcomes().stream().map(Outcome::name).toList(),
                l.recipients().stream().map(r -> new RecipientView(r.role().name(), r.name())).toList(),
                l.contentHash());
    }

    public static Quality of(CaseNumber n, QualityReport report) {
        return new Quality(n.value(), report.allowsIssue(), report.summary(), report.findings().stream()
                .map(LetterJsonViews::of).toList());
    }

    private static Finding of(QualityFinding f) {
        return new Finding(f.code().name(), f.code().severity().name(), f.item(), f.describe());
    }
}
