package org.openimr.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;

/**
 * Something that happened to a case, on a date. A case is its events: its status, its review type and every deadline
 * are derived from them.
 */
public sealed interface CaseEvent {

    /** The day it happened. */
    LocalDate on();

    /** A line for the timeline, in plain language. */
    String describe();

    /** The application that opens the case. */
    record ApplicationReceived(ReceivedApplication application) implements CaseEvent {
        public ApplicationReceived {
            Objects.requireNonNull(application, "application");
        }

        @Override
        public LocalDate on() {
            return application.receivedOn();
        }

        @Override
        public String describe() {
            return "Application received" + (application instanceof IncompleteApplication ? " (incomplete)" : "");
        }
    }

    /**
     * Another eligible application of the same employee, physician and date of injury joined to the case;
     * {@code fromCase} is the case it was filed under, when it had one (absent in events stored before it was kept).
     */
    record ApplicationConsolidated(LocalDate on, Application application, List<DisputedItem> eligibleItems,
            Optional<CaseNumber> fromCase) implements CaseEvent {
        public ApplicationConsolidated {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(application, "application");
            eligibleItems = List.copyOf(eligibleItems);
            fromCase = fromCase == null ? Optional.empty() : fromCase;
        }

        @Override
        public String describe() {
            return "Application received on " + application.receivedOn()
                    + fromCase.map(n -> " (case " + n.value() + ")").orElse("") + " consolidated into this case";
        }
    }

    /** This case's application was joined to another case, which decides its treatments; this case is closed. */
    record ConsolidatedInto(LocalDate on, CaseNumber survivingCase) implements CaseEvent {
        public ConsolidatedInto {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(survivingCase, "survivingCase");
        }

        @Override
        public String describe() {
            return "Consolidated into case " + survivingCase.value() + ", which decides its treatments";
        }
    }

    /** The parties were asked for missing or unclear information. */
    record InformationRequested(LocalDate on, List<String> asked) implements CaseEvent {
        public InformationRequested {
            Objects.requireNonNull(on, "on");
            asked = List.copyOf(asked);
        }

        @Override
        public String describe() {
            // each thing asked may be a whole sentence ("The claim number is missing."): no stray "." before ";"
            return "Information requested: " + asked.stream().map(a -> a.endsWith(".") ? a.substring(0, a.length() - 1)
                    : a).collect(Collectors.joining("; "));
        }
    }

    /** The information asked for arrived; {@code completed} is the application as now complete, if it was not. */
    record InformationReceived(LocalDate on, Optional<Application> completed) implements CaseEvent {
        public InformationReceived {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(completed, "completed");
        }

        @Override
        public String describe() {
            return "Information received" + (completed.isPresent() ? "; the application is complete" : "");
        }
    }

    /** The application was screened: eligible, ineligible, or deferred while liability is disputed. */
    record EligibilityDetermined(LocalDate on, EligibilityDecision decision) implements CaseEvent {
        public EligibilityDetermined {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String describe() {
            if (decision instanceof EligibilityDecision.Eligible eligible) {
                return "Found eligible (" + eligible.items().size() + " disputed treatment"
                        + (eligible.items().size() == 1 ? "" : "s")
                        + (eligible.excluded().isEmpty() ? "" : ", " + eligible.excluded().size() + " left out")
                        + ")";
            }
            if (decision instanceof EligibilityDecision.Ineligible ineligible) {
                return "Found ineligible: " + ineligible.reasons().stream().map(Enum::name)
                        .collect(Collectors.joining(", "));
            }
            return "Deferred: " + ((EligibilityDecision.Deferred) decision).reason();
        }
    }

    /** The dispute of liability that deferred the case was resolved; the case is screened again. */
    record LiabilityResolved(LocalDate on) implements CaseEvent {
        public LiabilityResolved {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String describe() {
            return "Liability dispute resolved";
        }
    }

    /** The Notice of Assignment and Request for Information went to the parties. */
    record NoarfiSent(LocalDate on, NoticeMethod method) implements CaseEvent {
        public NoarfiSent {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(method, "method");
        }

        @Override
        public String describe() {
            return "Notice of Assignment and Request for Information sent " + method.words();
        }
    }

    /** Medical records arrived, completing the request or not. */
    record RecordsReceived(LocalDate on, RecordsCompleteness completeness) implements CaseEvent {
        public RecordsReceived {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(completeness, "completeness");
        }

        @Override
        public String describe() {
            return completeness == RecordsCompleteness.COMPLETE ? "Medical records received: complete"
                    : "Medical records received: partial";
        }
    }

    /**
     * The treating physician certified an imminent and serious threat to health: the review is now expedited.
     * {@code certifiedBy} names the certifying physician (absent in events stored before it was asked for).
     */
    record ConvertedToExpedited(LocalDate on, Optional<String> certifiedBy) implements CaseEvent {
        public ConvertedToExpedited {
            Objects.requireNonNull(on, "on");
            certifiedBy = certifiedBy == null ? Optional.empty()
                    : certifiedBy.map(String::strip).filter(name -> !name.isEmpty());
        }

        @Override
        public String describe() {
            return "Converted to expedited review on the certification of "
                    + certifiedBy.orElse("the treating physician");
        }
    }

    /**
     * A reviewer (by reference: names stay confidential) was assigned; {@code reason} says why, when the reviewer
     * takes the place of one assigned before (e.g. a conflict with a party named in the records afterwards).
     */
    record ReviewerAssigned(LocalDate on, String reviewer, Optional<String> reason) implements CaseEvent {
        public ReviewerAssigned {
            Objects.requireNonNull(on, "on");
            if (reviewer == null || reviewer.isBlank()) {
                throw new IllegalArgumentException("reviewer reference is missing");
            }
            reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
        }

        public ReviewerAssigned(LocalDate on, String reviewer) {
            this(on, reviewer, Optional.empty());
        }

        @Override
        public String describe() {
            return "Reviewer " + reviewer + " assigned" + reason.map(r -> " in place of the reviewer assigned before: "
                    + r).orElse("");
        }
    }

    /** A party the records or the UR decision name, which the application form does not carry (a facility ...). */
    record PartyNamed(LocalDate on, NamedParty party) implements CaseEvent {
        public PartyNamed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(party, "party");
        }

        @Override
        public String describe() {
            return "Named in the records: " + party.describe();
        }
    }

    /** The Final Determination Letter was issued: one outcome per eligible disputed treatment, in order. */
    record DeterminationIssued(LocalDate on, List<Outcome> outcomes) implements CaseEvent {
        public DeterminationIssued {
            Objects.requireNonNull(on, "on");
            outcomes = List.copyOf(outcomes);
            if (outcomes.isEmpty()) {
                throw new IllegalArgumentException("a determination decides at least one treatment");
            }
        }

        @Override
        public String describe() {
            return "Final determination issued: " + outcomes.stream().map(Outcome::label)
                    .collect(Collectors.joining(", "));
        }
    }

    /** The claims administrator authorized the disputed treatment, which ends the IMR (9792.10.6(a)). */
    record TerminatedByAuthorization(LocalDate on) implements CaseEvent {
        public TerminatedByAuthorization {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String describe() {
            return "Ended: the claims administrator authorized the treatment";
        }
    }

    /** The employee withdrew the application. */
    record Withdrawn(LocalDate on) implements CaseEvent {
        public Withdrawn {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String describe() {
            return "Withdrawn by the employee";
        }
    }
}
