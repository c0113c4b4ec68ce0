package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;

/** Where a case stands, derived from its events. Each state that only some cases reach is its own type. */
public sealed interface CaseStatus {

    /** The day the case entered this status. */
    LocalDate since();

    /** A short phrase: "awaiting records", "withdrawn". */
    String describe();

    /** True when nothing more can happen to the case. */
    default boolean isClosed() {
        return false;
    }

    /** Received, not yet screened; {@code complete} is false while the application has problems to ask about. */
    record Received(LocalDate since, boolean complete) implements CaseStatus {
        @Override
        public String describe() {
            return complete ? "received, to be screened" : "received incomplete";
        }
    }

    /** A request for information is out. */
    record AwaitingInformation(LocalDate since) implements CaseStatus {
        @Override
        public String describe() {
            return "awaiting information";
        }
    }

    record Ineligible(LocalDate since, List<Finding> findings) implements CaseStatus {
        public Ineligible {
            findings = List.copyOf(findings);
        }

        @Override
        public String describe() {
            return "ineligible";
        }

        @Override
        public boolean isClosed() {
            return true;
        }
    }

    /** Deferred while liability is disputed. */
    record Deferred(LocalDate since, String reason) implements CaseStatus {
        public Deferred {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "deferred";
        }
    }

    /** Eligible; the NOARFI is to be sent. */
    record Eligible(LocalDate since) implements CaseStatus {
        @Override
        public String describe() {
            return "eligible, notice of assignment to be sent";
        }
    }

    /** The NOARFI is out; records are awaited ({@code partial} when some have come). */
    record AwaitingRecords(LocalDate since, NoticeMethod noticeMethod, boolean partial) implements CaseStatus {
        @Override
        public String describe() {
            return partial ? "awaiting records (some received)" : "awaiting records";
        }
    }

    /** Records are complete; a reviewer is to be assigned. */
    record AwaitingAssignment(LocalDate since) implements CaseStatus {
        @Override
        public String describe() {
            return "records complete, reviewer to be assigned";
        }
    }

    record InReview(LocalDate since, String reviewer) implements CaseStatus {
        @Override
        public String describe() {
            return "in review";
        }
    }

    record Decided(LocalDate since, List<Outcome> outcomes) implements CaseStatus {
        public Decided {
            outcomes = List.copyOf(outcomes);
        }

        @Override
        public String describe() {
            return "decided";
        }

        @Override
        public boolean isClosed() {
            return true;
        }
    }

    /** Ended because the claims administrator authorized the treatment. */
    record Terminated(LocalDate since) implements CaseStatus {
        @Override
        public String describe() {
            return "ended by authorization";
        }

        @Override
        public boolean isClosed() {
            return true;
        }
    }

    record Withdrawn(LocalDate since) implements CaseStatus {
        @Override
        public String describe() {
            return "withdrawn";
        }

        @Override
        public boolean isClosed() {
            return true;
        }
    }

    /** Joined to another case, which reviews its treatments. */
    record Consolidated(LocalDate since, CaseNumber into) implements CaseStatus {
        public Consolidated {
            Objects.requireNonNull(into, "into");
        }

        @Override
        public String describe() {
            return "consolidated into case " + into.value();
        }

        @Override
        public boolean isClosed() {
            return true;
        }
    }
}
