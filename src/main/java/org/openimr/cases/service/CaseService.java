package org.openimr.cases.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.openimr.cases.Application;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.CaseStatus;
import org.openimr.cases.Consolidation;
import org.openimr.cases.Duplicates;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.ImrCase;
import org.openimr.cases.IncompleteApplication;
import org.openimr.cases.InvalidApplicationException;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.ReceivedApplication;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.Timeframes;
import org.openimr.cases.Timeliness;
import org.openimr.cases.ValidationProblems;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.cases.store.StaleVersionException;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.CaseNumber;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case work of staff: filing an application (stored and screened in one transaction), reading a case, recording
 * an event against the version read, listing the queue. Every call is written to the {@link AuditLog}, refused ones
 * too. A reviewer sees only the cases assigned to them; any other case is "not found", whether it exists or not.
 */
@Service
public class CaseService {

    /** The filter of a case list; null fields match everything. */
    public record Filter(List<String> statuses, String priority, Boolean overdue, Integer dueWithinDays) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    private final CaseStore store;
    private final PostgresCaseNumberSequence numbers;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final Timeframes timeframes;

    public CaseService(CaseStore store, PostgresCaseNumberSequence numbers, TransactionTemplate tx, AuditLog audit,
            Clock clock, Timeframes timeframes) {
        this.store = store;
        this.numbers = numbers;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.timeframes = timeframes;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Files an application: validates it, opens the case under the next number of the year it was received and
     * screens it, all stored in one transaction (or nothing, on any failure).
     */
    public StoredCase file(ApplicationForm form, LiabilityPosition liability) {
        LocalDate today = today();
        Application application;
        try {
            application = form.toApplication(today);
        } catch (InvalidApplicationException e) {
            audit.record("FILE_APPLICATION", null, AuditLog.Outcome.INVALID, e.getMessage());
            throw e;
        }
        try {
            StoredCase filed = tx.execute(status -> {
                store.lockClaim(application.claimNumber().value());
                refuseDuplicate(application, null);
                ImrCase c = ImrCase.open(numbers, application, application.receivedOn()).withTimeframes(timeframes)
                        .screen(today, EligibilitySpecification.standard(), screening(application, liability));
                return store.insert(c, user());
            });
            audit.record("FILE_APPLICATION", filed.imrCase().caseNumber().value(), AuditLog.Outcome.ALLOWED,
                    filed.imrCase().status().describe());
            return filed;
        } catch (DuplicateApplicationException e) {
            audit.record("FILE_APPLICATION", e.duplicateOf().value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            audit.record("FILE_APPLICATION", null, AuditLog.Outcome.FAILED, e.getMessage());
            throw e;
        }
    }

    /**
     * Registers an application that has problems, and asks the parties for what is missing: the case is opened with the
     * incomplete application and a request for information dated today, naming every problem (the reply is due in 5
     * business days, 8 CCR 9792.10.3). All in one transaction.
     */
    public StoredCase requestInformation(ApplicationForm form, ValidationProblems problems) {
        LocalDate today = today();
        ReceivedApplication asReceived = form.receive(today);
        IncompleteApplication incomplete = new IncompleteApplication(asReceived.receivedOn(),
                asReceived.applicantName(), problems);
        try {
            StoredCase filed = tx.execute(status -> store.insert(
                    ImrCase.open(numbers, incomplete, incomplete.receivedOn()).withTimeframes(timeframes)
                            .requestInformation(today, problems),
                    user()));
            audit.record("FILE_APPLICATION", filed.imrCase().caseNumber().value(), AuditLog.Outcome.ALLOWED,
                    "incomplete: information requested on " + problems.size() + " field(s)");
            return filed;
        } catch (RuntimeException e) {
            audit.record("FILE_APPLICATION", null, AuditLog.Outcome.FAILED, e.getMessage());
            throw e;
        }
    }

    /**
     * Records the information that completes an incomplete application, received {@code on}, and screens the
     * application at once, against the version read. A completed application already filed in a case still open is
     * refused as on filing ({@link DuplicateApplicationException}), and nothing is stored.
     */
    public StoredCase completeApplication(CaseNumber n, int expectedVersion, Application completed,
            LiabilityPosition liability, LocalDate on) {
        return record(n, expectedVersion, "RECEIVE_INFORMATION", c -> {
            store.lockClaim(completed.claimNumber().value());
            refuseDuplicate(completed, n);
            return c.receiveInformation(on, completed)
                    .screen(on, EligibilitySpecification.standard(), screening(completed, liability));
        });
    }

    /**
     * Throws {@link DuplicateApplicationException} when {@code application} was already filed in a case still open
     * (the first one or one consolidated into it). Once that case is closed, the same treatment is screened as an
     * earlier IMR instead (a decided or ended case) or may be filed anew (an ineligible or withdrawn one). The case
     * {@code self} the application belongs to, if any, is not its own duplicate.
     */
    private void refuseDuplicate(Application application, CaseNumber self) {
        for (StoredCase open : store.ofClaim(application.claimNumber().value())) {
            ImrCase c = open.imrCase();
            if (!c.caseNumber().equals(self) && !c.status().isClosed()
                    && Duplicates.duplicateOf(application, c.applications()).isPresent()) {
                throw new DuplicateApplicationException(c.caseNumber());
            }
        }
    }

    /**
     * What screening a case again needs, once the dispute of liability is resolved: what filing needed, with the
     * earlier reviews of the claim in other cases.
     */
    public ScreeningContext rescreening(ImrCase c) {
        Application application = c.application().orElseThrow(() -> new IllegalTransitionException("Case "
                + c.caseNumber() + " cannot be screened: its application is incomplete."));
        ScreeningContext context = screening(application, LiabilityPosition.RESOLVED);
        return context.withPriorReviews(context.priorReviews().stream()
                .filter(review -> !review.caseNumber().equals(c.caseNumber())).toList());
    }

    /**
     * Consolidates case {@code absorbed} into case {@code surviving} (at {@code expectedVersion}), {@code on} that
     * day: the surviving case takes its application and eligible treatments, the absorbed one is closed pointing to
     * it. Both are stored in one transaction, or neither; audited on both.
     */
    public StoredCase consolidate(CaseNumber surviving, int expectedVersion, CaseNumber absorbed, LocalDate on) {
        String action = "CONSOLIDATE";
        try {
            StoredCase updated = tx.execute(status -> {
                StoredCase into = store.load(surviving).filter(this::visible)
                        .orElseThrow(() -> new CaseNotFoundException(surviving));
                if (into.version() != expectedVersion) {
                    throw new StaleVersionException(surviving.value(), expectedVersion, into.version());
                }
                StoredCase from = store.load(absorbed).filter(this::visible)
                        .orElseThrow(() -> new CaseNotFoundException(absorbed));
                ImrCase closed = from.imrCase().consolidateInto(on, surviving);
                ImrCase joined = into.imrCase().absorb(on, from.imrCase());
                store.append(closed, from.imrCase().events().size(), from.version(), user());
                return store.append(joined, into.imrCase().events().size(), expectedVersion, user());
            });
            audit.record(action, surviving.value(), AuditLog.Outcome.ALLOWED, "absorbed " + absorbed.value());
            audit.record(action, absorbed.value(), AuditLog.Outcome.ALLOWED, "consolidated into " + surviving.value());
            return updated;
        } catch (CaseNotFoundException e) {
            audit.record(action, surviving.value(), AuditLog.Outcome.NOT_FOUND, e.getMessage());
            throw e;
        } catch (StaleVersionException e) {
            audit.record(action, surviving.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            audit.record(action, surviving.value(), AuditLog.Outcome.INVALID, e.getMessage());
            throw e;
        }
    }

    /**
     * The cases that could be consolidated into {@code c}: eligible, no reviewer yet, of the same employee,
     * requesting physician and date of injury. None when {@code c} itself cannot take another application now.
     */
    public List<StoredCase> consolidationCandidates(StoredCase c) {
        ImrCase imrCase = c.imrCase();
        if (!(imrCase.status() instanceof CaseStatus.Eligible || imrCase.status() instanceof CaseStatus.AwaitingRecords)
                || imrCase.application().isEmpty()) {
            return List.of();
        }
        Application application = imrCase.application().get();
        List<StoredCase> candidates = store.awaitingReviewOfInjury(application.employee().dateOfBirth(),
                        application.dateOfInjury()).stream()
                .filter(other -> !other.imrCase().caseNumber().equals(imrCase.caseNumber()))
                .filter(other -> other.imrCase().application()
                        .filter(a -> Consolidation.canConsolidate(application, a)).isPresent())
                .filter(this::visible)
                .toList();
        audit.record("LIST_CONSOLIDATION_CANDIDATES", imrCase.caseNumber().value(), AuditLog.Outcome.ALLOWED,
                candidates.size() + " cases");
        return candidates;
    }

    /** What screening needs: the filing rule configured, the liability position, the earlier reviews of the claim. */
    private ScreeningContext screening(Application application, LiabilityPosition liability) {
        return ScreeningContext.standard().withFilingRule(timeframes.filing()).withLiability(liability)
                .withPriorReviews(store.priorReviews(application.claimNumber().value()));
    }

    /**
     * Holds the case until the current transaction ends (signing its review and reassigning it wait for each other)
     * and gives it as stored now. Must be called inside a transaction.
     */
    public StoredCase holdCase(CaseNumber n) {
        store.lockCase(n);
        return store.load(n).orElseThrow(() -> new CaseNotFoundException(n));
    }

    /** The case, if it exists and the user may see it; audited. */
    public Optional<StoredCase> read(CaseNumber n) {
        Optional<StoredCase> found = store.load(n).filter(this::visible);
        audit.record("READ_CASE", n.value(), found.isPresent() ? AuditLog.Outcome.ALLOWED : AuditLog.Outcome.NOT_FOUND,
                null);
        return found;
    }

    /**
     * Records what {@code change} does to the case, if the case is still at {@code expectedVersion}. Throws
     * {@link CaseNotFoundException}, {@link IllegalTransitionException} or {@link StaleVersionException}; nothing
     * is stored then.
     */
    public StoredCase record(CaseNumber n, int expectedVersion, String action, UnaryOperator<ImrCase> change) {
        try {
            StoredCase updated = tx.execute(status -> {
                StoredCase current = store.load(n).filter(this::visible)
                        .orElseThrow(() -> new CaseNotFoundException(n));
                if (current.version() != expectedVersion) {
                    throw new StaleVersionException(n.value(), expectedVersion, current.version());
                }
                ImrCase next = change.apply(current.imrCase());
                return store.append(next, current.imrCase().events().size(), expectedVersion, user());
            });
            audit.record(action, n.value(), AuditLog.Outcome.ALLOWED, null);
            return updated;
        } catch (CaseNotFoundException e) {
            audit.record(action, n.value(), AuditLog.Outcome.NOT_FOUND, null);
            throw e;
        } catch (StaleVersionException | DuplicateApplicationException e) {
            audit.record(action, n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            audit.record(action, n.value(), AuditLog.Outcome.INVALID, e.getMessage());
            throw e;
        }
    }

    /** The cases the user may see that pass the filter, oldest first; audited as one read. */
    public List<StoredCase> list(Filter filter) {
        LocalDate today = today();
        List<StoredCase> cases = store.find(filter.statuses(), filter.priority(), reviewerFilter()).stream()
                .filter(this::visible)
                .filter(c -> filter.overdue() == null || filter.overdue() == isOverdue(c.imrCase(), today))
                .filter(c -> filter.dueWithinDays() == null || dueWithin(c.imrCase(), today, filter.dueWithinDays()))
                .toList();
        audit.record("LIST_CASES", null, AuditLog.Outcome.ALLOWED, cases.size() + " cases");
        return cases;
    }

    public static boolean isOverdue(ImrCase c, LocalDate today) {
        return c.deadlines().stream().anyMatch(d -> d.timeliness(today).state() == Timeliness.State.OVERDUE);
    }

    /** A step still open is due on or before {@code today + days} (overdue ones included). */
    public static boolean dueWithin(ImrCase c, LocalDate today, int days) {
        return c.deadlines().stream().filter(d -> {
            Timeliness.State s = d.timeliness(today).state();
            return s == Timeliness.State.PENDING || s == Timeliness.State.OVERDUE;
        }).anyMatch(d -> !d.due().isAfter(today.plusDays(days)));
    }

    private boolean visible(StoredCase c) {
        return !isReviewerOnly() || user().equals(c.reviewer());
    }

    private String reviewerFilter() {
        return isReviewerOnly() ? user() : null;
    }

    private static boolean isReviewerOnly() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_REVIEWER"))
                && auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_MEDICAL_DIRECTOR") || a.getAuthority().equals("ROLE_INTAKE"));
    }

    static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
