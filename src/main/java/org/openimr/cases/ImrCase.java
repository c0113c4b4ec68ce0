package org.openimr.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openimr.cases.CaseEvent.ApplicationConsolidated;
import org.openimr.cases.CaseEvent.ApplicationReceived;
import org.openimr.cases.CaseEvent.ConsolidatedInto;
import org.openimr.cases.CaseEvent.ConvertedToExpedited;
import org.openimr.cases.CaseEvent.DeterminationIssued;
import org.openimr.cases.CaseEvent.EligibilityDetermined;
import org.openimr.cases.CaseEvent.InformationReceived;
import org.openimr.cases.CaseEvent.InformationRequested;
import org.openimr.cases.CaseEvent.LiabilityResolved;
import org.openimr.cases.CaseEvent.NoarfiSent;
import org.openimr.cases.CaseEvent.PartyNamed;
import org.openimr.cases.CaseEvent.RecordsReceived;
import org.openimr.cases.CaseEvent.ReviewerAssigned;
import org.openimr.cases.CaseEvent.TerminatedByAuthorization;
import org.openimr.cases.CaseEvent.Withdrawn;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;
import org.openimr.shared.Priority;

/**
 * An IMR case: its number and the dated events that happened to it. Everything else (status, review type, the
 * treatments under review, every deadline and whether it was met) is derived from the events, never stored.
 *
 * <p>A case is immutable: each command checks that the event may happen now and returns the case with the event
 * added, or throws {@link IllegalTransitionException} saying why not. Events must not be dated before the case's last
 * event. {@link #replay} rebuilds a case from stored events, checking them the same way.
 */
public final class ImrCase {

    private final CaseNumber caseNumber;
    private final List<CaseEvent> events;
    private final Timeframes timeframes;
    private final Fold fold;

    private ImrCase(CaseNumber caseNumber, List<CaseEvent> events, Timeframes timeframes) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.events = List.copyOf(events);
        this.timeframes = Objects.requireNonNull(timeframes, "timeframes");
        this.fold = Fold.of(caseNumber, this.events);
    }

    /** Opens a case for a received application, under the given number. */
    public static ImrCase open(CaseNumber caseNumber, ReceivedApplication application) {
        return new ImrCase(caseNumber, List.of(new ApplicationReceived(application)), Timeframes.current());
    }

    /** Opens a case for a received application, with the next number of the year it is registered in. */
    public static ImrCase open(CaseNumberSequence numbers, ReceivedApplication application, LocalDate registeredOn) {
        return open(numbers.next(registeredOn.getYear()), application);
    }

    /** Rebuilds a case from its stored events, checking every transition. */
    public static ImrCase replay(CaseNumber caseNumber, List<CaseEvent> events, Timeframes timeframes) {
        return new ImrCase(caseNumber, events, timeframes);
    }

    /** The same case with its deadlines counted under other timeframes (e.g. the 2013 filing rule). */
    public ImrCase withTimeframes(Timeframes other) {
        return new ImrCase(caseNumber, events, other);
    }

    // --- commands ---

    /** Adds any event, if it may happen now. */
    public ImrCase record(CaseEvent event) {
        List<CaseEvent> next = new ArrayList<>(events);
        next.add(event);
        return new ImrCase(caseNumber, next, timeframes);
    }

    public ImrCase requestInformation(LocalDate on, List<String> asked) {
        return record(new InformationRequested(on, asked));
    }

    /** Asks for every problem of an incomplete application, each in a plain sentence. */
    public ImrCase requestInformation(LocalDate on, ValidationProblems problems) {
        return requestInformation(on, problems.all().stream().map(FieldNames::sentence).toList());
    }

    public ImrCase receiveInformation(LocalDate on) {
        return record(new InformationReceived(on, Optional.empty()));
    }

    /** The information arrived and completes the application. */
    public ImrCase receiveInformation(LocalDate on, Application completed) {
        return record(new InformationReceived(on, Optional.of(completed)));
    }

    public ImrCase determineEligibility(LocalDate on, EligibilityDecision decision) {
        return record(new EligibilityDetermined(on, decision));
    }

    /** Screens the case's application against the specification and records the decision. */
    public ImrCase screen(LocalDate on, EligibilitySpecification specification, ScreeningContext context) {
        Application application = fold.application.orElseThrow(() -> new IllegalTransitionException(
                "Case " + caseNumber + " cannot be screened: its application is incomplete; ask for the missing "
                        + "information first."));
        return determineEligibility(on, specification.assess(application, context));
    }

    public ImrCase resolveLiability(LocalDate on) {
        return record(new LiabilityResolved(on));
    }

    public ImrCase consolidate(LocalDate on, Application application, EligibilityDecision.Eligible decision) {
        return record(new ApplicationConsolidated(on, application, decision.items(), Optional.empty()));
    }

    /**
     * Joins the application of another eligible case, filed under its own number, to this one: its eligible
     * treatments come under review here. The other case is closed with {@link #consolidateInto}.
     */
    public ImrCase absorb(LocalDate on, ImrCase other) {
        if (other.caseNumber.equals(caseNumber)) {
            throw new IllegalTransitionException("Case " + caseNumber + " cannot be consolidated into itself.");
        }
        Application application = other.application().orElseThrow(() -> new IllegalTransitionException("Case "
                + other.caseNumber + " cannot be consolidated: its application is incomplete."));
        return record(new ApplicationConsolidated(on, application, other.itemsUnderReview(),
                Optional.of(other.caseNumber)));
    }

    /** Closes this case, its application joined to {@code survivingCase} (see {@link #absorb}). */
    public ImrCase consolidateInto(LocalDate on, CaseNumber survivingCase) {
        return record(new ConsolidatedInto(on, survivingCase));
    }

    public ImrCase sendNoarfi(LocalDate on, NoticeMethod method) {
        return record(new NoarfiSent(on, method));
    }

    public ImrCase receiveRecords(LocalDate on, RecordsCompleteness completeness) {
        return record(new RecordsReceived(on, completeness));
    }

    public ImrCase convertToExpedited(LocalDate on) {
        return record(new ConvertedToExpedited(on, Optional.empty()));
    }

    /** Converts the review to expedited on the certification of the physician named. */
    public ImrCase convertToExpedited(LocalDate on, String certifiedBy) {
        return record(new ConvertedToExpedited(on, Optional.ofNullable(certifiedBy)));
    }

    public ImrCase assignReviewer(LocalDate on, String reviewer) {
        return record(new ReviewerAssigned(on, reviewer));
    }

    /**
     * Reassigns the case, in review with another reviewer, to {@code reviewer}, saying why; refused when the case is
     * not in review or the reviewer is the one it has.
     */
    public ImrCase reassignReviewer(LocalDate on, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the reason for the reassignment is missing");
        }
        if (!(fold.status instanceof CaseStatus.InReview current)) {
            throw new IllegalTransitionException("Case " + caseNumber + " is " + fold.status.describe()
                    + ": only a case in review is reassigned.");
        }
        if (current.reviewer().equals(reviewer)) {
            throw new IllegalTransitionException("Case " + caseNumber + " is already with reviewer " + reviewer
                    + ": choose another reviewer.");
        }
        return record(new ReviewerAssigned(on, reviewer, Optional.of(reason)));
    }

    /** Records a party the records or the UR decision name (a facility, a maker of a drug or device ...). */
    public ImrCase nameParty(LocalDate on, NamedParty party) {
        return record(new PartyNamed(on, party));
    }

    /** Issues the determination: one outcome per treatment under review, in the order of {@link #itemsUnderReview}. */
    public ImrCase issueDetermination(LocalDate on, List<Outcome> outcomes) {
        return record(new DeterminationIssued(on, outcomes));
    }

    public ImrCase terminateByAuthorization(LocalDate on) {
        return record(new TerminatedByAuthorization(on));
    }

    public ImrCase withdraw(LocalDate on) {
        return record(new Withdrawn(on));
    }

    // --- what the events say ---

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public List<CaseEvent> events() {
        return events;
    }

    public Timeframes timeframes() {
        return timeframes;
    }

    public CaseStatus status() {
        return fold.status;
    }

    /** Standard, or expedited when the application asked for it or a physician's certification converted it. */
    public Priority priority() {
        return CaseDeadlines.expeditedOn(events).isPresent() ? Priority.EXPEDITED : Priority.STANDARD;
    }

    /** The application, once complete. */
    public Optional<Application> application() {
        return fold.application;
    }

    /** The case's applications: the first, when complete, and every consolidated one. */
    public List<Application> applications() {
        return List.copyOf(fold.applications);
    }

    /** The treatments the reviewer decides, in order: the eligible ones of every application of the case. */
    public List<DisputedItem> itemsUnderReview() {
        return List.copyOf(fold.itemsUnderReview);
    }

    /** The parties the records or the UR decision name, in the order they were recorded. */
    public List<NamedParty> namedParties() {
        return events.stream().filter(PartyNamed.class::isInstance).map(e -> ((PartyNamed) e).party()).toList();
    }

    /** The treatments of the case's applications, as worded there: those a named party may concern. */
    public List<DisputedItem> disputedItems() {
        return fold.applications.stream().flatMap(a -> a.disputedItems().stream()).toList();
    }

    /** Every deadline the events have started, with when it was met. */
    public List<Deadline> deadlines() {
        return CaseDeadlines.of(events, timeframes);
    }

    /** The events and the deadlines of the case, each deadline with how it stands on {@code today}. */
    public Timeline timeline(LocalDate today) {
        return Timeline.of(this, today);
    }

    @Override
    public String toString() {
        return "ImrCase[" + caseNumber + ", " + fold.status.describe() + ", " + events.size() + " events]";
    }

    /** The state the events lead to; every transition is checked on the way. */
    private static final class Fold {
        private final CaseNumber caseNumber;
        private CaseStatus status;
        private ReceivedApplication received;
        private Optional<Application> application = Optional.empty();
        private final List<Application> applications = new ArrayList<>();
        private final List<DisputedItem> itemsUnderReview = new ArrayList<>();
        private final List<CaseEvent> seen = new ArrayList<>();
        private CaseEvent last;

        private Fold(CaseNumber caseNumber) {
            this.caseNumber = caseNumber;
        }

        static Fold of(CaseNumber caseNumber, List<CaseEvent> events) {
            if (events.isEmpty() || !(events.get(0) instanceof ApplicationReceived)) {
                throw new IllegalTransitionException("Case " + caseNumber + " must start with the application received.");
            }
            Fold fold = new Fold(caseNumber);
            for (CaseEvent event : events) {
                fold.apply(event);
            }
            return fold;
        }

        private void apply(CaseEvent event) {
            if (last != null) {
                if (event instanceof ApplicationReceived) {
                    throw reject(event, "the case already has its application; another application of the same "
                            + "employee, physician and date of injury can be consolidated into it");
                }
                if (event.on().isBefore(last.on())) {
                    throw new IllegalTransitionException("Case " + caseNumber + ": \"" + event.describe()
                            + "\" on " + event.on() + " is dated before the case's last event (\"" + last.describe()
                            + "\" on " + last.on() + ").");
                }
                if (status.isClosed() && event instanceof PartyNamed) {
                    throw new IllegalTransitionException("Case " + caseNumber + " is closed (" + status.describe()
                            + " on " + status.since() + "): a party is named in the records only while the case is "
                            + "open, before the determination is issued.");
                }
                if (status.isClosed()) {
                    throw new IllegalTransitionException("Case " + caseNumber + ": \"" + event.describe() + "\" on "
                            + event.on() + " is not possible: the case is closed (" + status.describe() + " on "
                            + status.since() + ").");
                }
            }
            if (event instanceof ApplicationReceived e) {
                received = e.application();
                if (received instanceof Application complete) {
                    completeWith(complete);
                }
                status = new CaseStatus.Received(e.on(), application.isPresent());
            } else if (event instanceof InformationRequested e) {
                require(event, status instanceof CaseStatus.Received || status instanceof CaseStatus.AwaitingInformation,
                        "information can be requested only before the application is screened");
                status = new CaseStatus.AwaitingInformation(e.on());
            } else if (event instanceof InformationReceived e) {
                require(event, status instanceof CaseStatus.AwaitingInformation, "no request for information is out");
                if (e.completed().isPresent()) {
                    require(event, application.isEmpty(), "the application was already complete");
                    completeWith(e.completed().get());
                }
                status = new CaseStatus.Received(e.on(), application.isPresent());
            } else if (event instanceof EligibilityDetermined e) {
                require(event, status instanceof CaseStatus.Received || status instanceof CaseStatus.AwaitingInformation,
                        "an application is screened once it is received (or its information is in)");
                require(event, application.isPresent() || e.decision() instanceof EligibilityDecision.Ineligible,
                        "an incomplete application can only be found ineligible; complete it first");
                status = decided(e);
            } else if (event instanceof LiabilityResolved e) {
                require(event, status instanceof CaseStatus.Deferred, "the case is not deferred");
                status = new CaseStatus.Received(e.on(), application.isPresent());
            } else if (event instanceof ApplicationConsolidated e) {
                require(event, status instanceof CaseStatus.Eligible || status instanceof CaseStatus.AwaitingRecords,
                        "applications are consolidated after eligibility and before a reviewer is assigned");
                require(event, Consolidation.canConsolidate(application.orElseThrow(), e.application()),
                        "it is not of the same employee, requesting physician and date of injury");
                require(event, !e.eligibleItems().isEmpty(), "it has no eligible treatment");
                applications.add(e.application());
                itemsUnderReview.addAll(e.eligibleItems());
            } else if (event instanceof ConsolidatedInto e) {
                require(event, status instanceof CaseStatus.Eligible || status instanceof CaseStatus.AwaitingRecords,
                        "applications are consolidated after eligibility and before a reviewer is assigned");
                require(event, !e.survivingCase().equals(caseNumber), "a case cannot be consolidated into itself");
                status = new CaseStatus.Consolidated(e.on(), e.survivingCase());
            } else if (event instanceof NoarfiSent e) {
                require(event, status instanceof CaseStatus.Eligible,
                        "the notice of assignment is sent once the case is found eligible, and only once");
                status = new CaseStatus.AwaitingRecords(e.on(), e.method(), false);
            } else if (event instanceof RecordsReceived e) {
                boolean complete = e.completeness() == RecordsCompleteness.COMPLETE;
                if (status instanceof CaseStatus.AwaitingRecords waiting) {
                    status = complete ? new CaseStatus.AwaitingAssignment(e.on())
                            : new CaseStatus.AwaitingRecords(waiting.since(), waiting.noticeMethod(), true);
                } else {
                    require(event, status instanceof CaseStatus.AwaitingAssignment
                                    || status instanceof CaseStatus.InReview,
                            "records are received after the notice of assignment is sent");
                }
            } else if (event instanceof ConvertedToExpedited) {
                require(event, CaseDeadlines.expeditedOn(seen).isEmpty(), "the review is already expedited");
            } else if (event instanceof ReviewerAssigned e) {
                require(event, status instanceof CaseStatus.AwaitingRecords
                                || status instanceof CaseStatus.AwaitingAssignment
                                || status instanceof CaseStatus.InReview,
                        "a reviewer is assigned after the notice of assignment is sent");
                status = new CaseStatus.InReview(e.on(), e.reviewer());
            } else if (event instanceof DeterminationIssued e) {
                require(event, status instanceof CaseStatus.InReview, "no reviewer is assigned");
                require(event, e.outcomes().size() == itemsUnderReview.size(), "it gives " + e.outcomes().size()
                        + " outcome(s) for " + itemsUnderReview.size() + " treatment(s) under review");
                status = new CaseStatus.Decided(e.on(), e.outcomes());
            } else if (event instanceof PartyNamed e) {
                require(event, !applications.isEmpty(), "the application is not complete yet");
                e.party().disputedItem().ifPresent(item -> require(event, applications.stream()
                        .flatMap(a -> a.disputedItems().stream()).anyMatch(d -> Normalized.same(d.request(), item)),
                        "'" + item + "' is not a treatment disputed in this case"));
                require(event, seen.stream().noneMatch(s -> s instanceof PartyNamed named
                        && named.party().sameAs(e.party())), "it is already named");
            } else if (event instanceof TerminatedByAuthorization e) {
                status = new CaseStatus.Terminated(e.on());
            } else if (event instanceof Withdrawn e) {
                status = new CaseStatus.Withdrawn(e.on());
            }
            last = event;
            seen.add(event);
        }

        private void completeWith(Application complete) {
            application = Optional.of(complete);
            applications.add(complete);
        }

        private CaseStatus decided(EligibilityDetermined e) {
            EligibilityDecision decision = e.decision();
            if (decision instanceof EligibilityDecision.Eligible eligible) {
                itemsUnderReview.clear();
                itemsUnderReview.addAll(eligible.items());
                return new CaseStatus.Eligible(e.on());
            }
            if (decision instanceof EligibilityDecision.Ineligible ineligible) {
                return new CaseStatus.Ineligible(e.on(), ineligible.findings());
            }
            return new CaseStatus.Deferred(e.on(), ((EligibilityDecision.Deferred) decision).reason());
        }

        private void require(CaseEvent event, boolean allowed, String because) {
            if (!allowed) {
                throw reject(event, because);
            }
        }

        private IllegalTransitionException reject(CaseEvent event, String because) {
            return new IllegalTransitionException("Case " + caseNumber + ": \"" + event.describe() + "\" on "
                    + event.on() + " is not possible: " + because + " (the case is " + status.describe() + " since "
                    + status.since() + ").");
        }
    }
}
