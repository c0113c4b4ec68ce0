package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * A printable notice to the parties of a case. Each is plain data, made from the case's events by {@link Notices} and
 * printed by {@link NoticeRenderer} as text or HTML.
 */
public sealed interface Notice {

    CaseNumber caseNumber();

    /** The date the notice is sent. */
    LocalDate sentOn();

    /** A request for the information an incomplete application lacks, with the day the reply is due. */
    record RequestForInformation(Imro imro, CaseNumber caseNumber, String applicantName, LocalDate applicationReceived,
            LocalDate sentOn, List<String> asked, LocalDate replyDue, String replyRule) implements Notice {
        public RequestForInformation {
            Objects.requireNonNull(imro, "imro");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(replyDue, "replyDue");
            asked = List.copyOf(asked);
        }
    }

    /** The notice that an application cannot go to IMR, with every reason and the facts behind it. */
    record IneligibilityNotice(Imro imro, CaseNumber caseNumber, String applicantName, LocalDate applicationReceived,
            LocalDate sentOn, List<Finding> findings) implements Notice {
        public IneligibilityNotice {
            Objects.requireNonNull(imro, "imro");
            Objects.requireNonNull(caseNumber, "caseNumber");
            findings = List.copyOf(findings);
        }
    }

    /** A document the claims administrator must send, with the rule that asks for it. */
    record RecordRequest(String description, String rule) {
    }

    /**
     * The Notice of Assignment and Request for Information (8 CCR 9792.10.4): the case is assigned for review; the
     * claims administrator must send the listed records by {@code recordsDue}.
     */
    record Noarfi(Imro imro, CaseNumber caseNumber, LocalDate sentOn, NoticeMethod method, Priority priority,
            Application application, List<DisputedItem> items, List<ExcludedItem> excluded,
            List<RecordRequest> records, LocalDate recordsDue, String recordsDueRule) implements Notice {
        public Noarfi {
            Objects.requireNonNull(imro, "imro");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(recordsDue, "recordsDue");
            items = List.copyOf(items);
            excluded = List.copyOf(excluded);
            records = List.copyOf(records);
        }
    }
}
