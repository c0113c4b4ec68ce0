package org.openimr.cases.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.cases.CaseStatus;
import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NamedParty;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.openimr.determination.RequestInterpreter;
import org.openimr.reviewers.Assignment;
import org.openimr.reviewers.AssignmentResult;
import org.openimr.reviewers.BatchProgress;
import org.openimr.reviewers.BatchSummary;
import org.openimr.reviewers.CandidateAssessment;
import org.openimr.reviewers.CaseRanking;
import org.openimr.reviewers.CaseToAssign;
import org.openimr.reviewers.Caseload;
import org.openimr.reviewers.PanelWorkload;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerAssigner;
import org.openimr.reviewers.ReviewerAssignments;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerMatcher;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * Assignment in the case workflow. A case whose records are complete is put to the panel: staff see every reviewer
 * weighed (eligible or excluded, by which rule) and assign one; the case records {@code ReviewerAssigned} under the
 * reviewer's staff sign-in name, and the conflict attestation is stored in the same transaction. The daily batch
 * assigns every ready case across the panel. Only a reviewer linked to a staff sign-in name can be assigned: the
 * case is opened to that account.
 */
@Service
public class CaseAssignment {

    /**
     * A reviewer of the ranking with the staff account they would work the case under; {@code assignedNow} when the
     * case is in review with them (a reassignment goes to another).
     */
    public record Candidate(CandidateAssessment assessment, Optional<String> signInName, boolean assignedNow) {
        public boolean assignable() {
            return assessment.eligible() && signInName.isPresent() && !assignedNow;
        }
    }

    /** The panel weighed for a case, best eligible first, then the excluded. */
    public record Ranking(CaseToAssign kase, CaseRanking ranking, List<Candidate> candidates) {
    }

    /** Refused: the chosen reviewer may not take the case; nothing was stored. */
    public static class NotAssignable extends RuntimeException {
        public NotAssignable(String message) {
            super(message);
        }
    }

    /** A party named in the records, recorded; and the conflict it gives the reviewer assigned, if any. */
    public record PartyRecorded(StoredCase kase, Optional<ReviewerConflict> assignedReviewerConflict) {
    }

    /** The material conflicts of the reviewer a case is in review with, each in words. */
    public record ReviewerConflict(List<String> conflicts) {
        public ReviewerConflict {
            conflicts = List.copyOf(conflicts);
        }

        /** What the case page and the API show: the conflict and what to do. */
        public String message() {
            return "The assigned reviewer has a conflict of interest: " + String.join("; ", conflicts)
                    + ". Assign another reviewer.";
        }

        /** The reason a reassignment records. */
        public String reason() {
            return "conflict of interest found after the assignment: " + String.join("; ", conflicts);
        }
    }

    /** What a batch did: the panel's summary and how many assignments the cases recorded. */
    public record BatchOutcome(BatchSummary summary, int recorded, List<String> failures) {
    }

    private final CaseService cases;
    private final CaseStore store;
    private final ReviewerPanel panel;
    private final ReviewerAssignments assignments;
    private final ReviewerAssigner assigner;
    private final AuditLog audit;
    private final ReviewerMatcher matcher;
    private final ReviewSignatures signatures;
    private final RequestInterpreter interpreter = RequestInterpreter.standard();

    CaseAssignment(CaseService cases, CaseStore store, ReviewerPanel panel, ReviewerAssignments assignments,
            ReviewerAssigner assigner, AuditLog audit, ReviewerMatcher matcher, ReviewSignatures signatures) {
        this.cases = cases;
        this.store = store;
        this.panel = panel;
        this.assignments = assignments;
        this.assigner = assigner;
        this.audit = audit;
        this.matcher = matcher;
        this.signatures = signatures;
    }

    public static boolean isReady(ImrCase c) {
        return c.status() instanceof CaseStatus.AwaitingAssignment;
    }

    /** In review, and the review is not signed: another reviewer may take the case, for a reason. */
    public boolean isReassignable(ImrCase c) {
        return c.status() instanceof CaseStatus.InReview && !signatures.isSigned(c.caseNumber());
    }

    /**
     * The ranking of the panel for a case ready for a reviewer, or in review and not yet signed (to reassign it);
     * empty for any other case.
     */
    public Optional<Ranking> ranking(StoredCase c) {
        if (!isReady(c.imrCase()) && !isReassignable(c.imrCase())) {
            return Optional.empty();
        }
        CaseToAssign kase = CaseForPanel.of(c.imrCase(), interpreter, assigner.today());
        List<ReviewerPanel.Member> members = panel.members();
        Map<ReviewerId, Optional<String>> logins = new HashMap<>();
        members.forEach(m -> logins.put(m.reviewer().id(), m.signInName()));
        CaseRanking ranking = assigner.rank(kase, members.stream().map(ReviewerPanel.Member::reviewer).toList(),
                workload(members));
        List<Candidate> candidates = new ArrayList<>();
        for (List<CandidateAssessment> part : List.of(ranking.eligible(), ranking.ineligible())) {
            part.forEach(a -> candidates.add(new Candidate(a, logins.get(a.reviewer()),
                    logins.get(a.reviewer()).filter(l -> l.equals(c.reviewer())).isPresent()
                            && c.imrCase().status() instanceof CaseStatus.InReview)));
        }
        return Optional.of(new Ranking(kase, ranking, candidates));
    }

    /** Assigns a case ready for a reviewer; see {@link #assign(CaseNumber, int, ReviewerId, String)}. */
    public StoredCase assign(CaseNumber n, int expectedVersion, ReviewerId chosen) {
        return assign(n, expectedVersion, chosen, null);
    }

    /**
     * Assigns the case, read at {@code expectedVersion}, to the reviewer chosen: a case ready for a reviewer, or a
     * case in review whose review is not signed, which then goes to another reviewer for the {@code reason} given
     * (recorded on the case). Throws {@link NotAssignable} when the reviewer is not eligible, has no sign-in name or
     * has the case already, or a reassignment gives no reason; {@link IllegalTransitionException} when the case is
     * not ready or its review is signed; {@link CaseNotFoundException} when it is not there; nothing is stored then.
     */
    public StoredCase assign(CaseNumber n, int expectedVersion, ReviewerId chosen, String reason) {
        StoredCase c = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        boolean reassigning = c.imrCase().status() instanceof CaseStatus.InReview;
        if (reassigning) {
            try {
                refuseIfSigned(n);
            } catch (IllegalTransitionException e) {
                audit.record("REASSIGN_REVIEWER", n.value(), AuditLog.Outcome.INVALID, "review signed");
                throw e;
            }
        }
        if (!reassigning && !isReady(c.imrCase())) {
            audit.record("ASSIGN_REVIEWER", n.value(), AuditLog.Outcome.INVALID, "not ready for a reviewer");
            throw new IllegalTransitionException("Case " + n.value() + " is " + c.imrCase().status().describe()
                    + ": a reviewer is assigned once the records are complete (and reassigned while the review is "
                    + "not signed).");
        }
        if (reassigning && (reason == null || reason.isBlank())) {
            throw refused(n, "The case is in review with another reviewer: say why it is reassigned.");
        }
        List<ReviewerPanel.Member> members = panel.members();
        ReviewerPanel.Member member = members.stream().filter(m -> m.reviewer().id().equals(chosen)).findFirst()
                .orElseThrow(() -> refused(n, "Reviewer " + chosen + " is not on the panel."));
        String login = member.signInName().orElseThrow(() -> refused(n, "Reviewer " + chosen
                + " has no staff sign-in name: link one on the reviewer's page before assigning."));
        if (reassigning && login.equals(c.reviewer())) {
            throw refused(n, "Reviewer " + chosen + " has the case already: choose another reviewer.");
        }
        CaseToAssign kase = CaseForPanel.of(c.imrCase(), interpreter, assigner.today());
        AssignmentResult result = assigner.assignTo(kase, members.stream().map(ReviewerPanel.Member::reviewer)
                .toList(), workload(members), chosen);
        if (result instanceof AssignmentResult.NotAssigned refused) {
            throw refused(n, "Reviewer " + chosen + " may not take this case: "
                    + refused.unassignable().reason());
        }
        return record(c, ((AssignmentResult.Assigned) result).assignment(), login, expectedVersion,
                reassigning ? reason.strip() : null);
    }

    /**
     * Records a party the records or the UR decision name, on the case read at {@code expectedVersion}, and screens
     * the reviewer assigned, if any, against it at once: a conflict is in the audit log and in the answer.
     */
    public PartyRecorded nameParty(CaseNumber n, int expectedVersion, LocalDate on, NamedParty party) {
        StoredCase updated = cases.record(n, expectedVersion, "NAME_PARTY", c -> c.nameParty(on, party));
        Optional<ReviewerConflict> conflict = assignedReviewerConflict(updated);
        conflict.ifPresent(found -> audit.record("ASSIGNED_REVIEWER_CONFLICT", n.value(), AuditLog.Outcome.ALLOWED,
                party.role().phrase() + " named after the assignment: " + found.reason()));
        return new PartyRecorded(updated, conflict);
    }

    /**
     * The conflict of the reviewer the case is in review with, against every party of the case as it stands (a
     * party named after the assignment included); empty when there is none.
     */
    public Optional<ReviewerConflict> assignedReviewerConflict(StoredCase c) {
        if (!(c.imrCase().status() instanceof CaseStatus.InReview inReview)) {
            return Optional.empty();
        }
        Optional<Reviewer> reviewer = panel.bySignInName(inReview.reviewer());
        if (reviewer.isEmpty()) {
            return Optional.empty();
        }
        List<String> conflicts = matcher.conflicts(reviewer.get(), CaseForPanel.parties(c.imrCase()));
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(new ReviewerConflict(conflicts));
    }

    /** The conflict attestations of the case, oldest first: no reviewer name in them. */
    public List<ReviewerAssignments.Recorded> attestations(CaseNumber n) {
        return assignments.ofCase(n);
    }

    /** Assigns every case ready for a reviewer across the reviewers linked to a sign-in name. */
    public BatchOutcome assignDailyBatch(BatchProgress progress) {
        List<ReviewerPanel.Member> members = panel.members();
        List<Reviewer> assignable = members.stream().filter(m -> m.signInName().isPresent())
                .map(ReviewerPanel.Member::reviewer).toList();
        Map<ReviewerId, String> logins = new HashMap<>();
        members.forEach(m -> m.signInName().ifPresent(l -> logins.put(m.reviewer().id(), l)));
        Map<CaseNumber, StoredCase> ready = new HashMap<>();
        List<CaseToAssign> batch = new ArrayList<>();
        LocalDate today = assigner.today();
        for (StoredCase c : store.find(List.of(StatusCode.AWAITING_ASSIGNMENT.name()), null, null)) {
            ready.put(c.imrCase().caseNumber(), c);
            batch.add(CaseForPanel.of(c.imrCase(), interpreter, today));
        }
        BatchSummary summary = assigner.assignDailyBatch(batch, assignable, workload(members), progress);
        int recorded = 0;
        List<String> failures = new ArrayList<>();
        for (Assignment a : summary.assignments()) {
            StoredCase c = ready.get(a.caseNumber());
            try {
                record(c, a, logins.get(a.reviewer()), c.version(), null);
                recorded++;
            } catch (RuntimeException e) {
                failures.add(a.caseNumber().value() + ": " + e.getMessage());
            }
        }
        audit.record("ASSIGN_DAILY_BATCH", null, failures.isEmpty() ? AuditLog.Outcome.ALLOWED
                : AuditLog.Outcome.FAILED, summary.cases() + " ready, " + recorded + " assigned, "
                        + summary.unassignable().size() + " without an eligible reviewer");
        return new BatchOutcome(summary, recorded, failures);
    }

    /** Records the assignment on the case and its attestation, in one transaction; a reason makes it a reassignment. */
    private StoredCase record(StoredCase c, Assignment a, String login, int expectedVersion, String reason) {
        return cases.record(c.imrCase().caseNumber(), expectedVersion, reason == null ? "ASSIGN_REVIEWER"
                : "REASSIGN_REVIEWER", current -> {
            // a signature made since the case was read wins: the case then keeps its reviewer
            cases.holdCase(current.caseNumber());
            if (reason != null) {
                refuseIfSigned(current.caseNumber());
            }
            ImrCase next = reason == null ? current.assignReviewer(a.assignedOn(), login)
                    : current.reassignReviewer(a.assignedOn(), login, reason);
            assignments.record(a);
            return next;
        });
    }

    /** A case whose review is signed keeps its reviewer. */
    private void refuseIfSigned(CaseNumber n) {
        if (signatures.isSigned(n)) {
            throw new IllegalTransitionException("Case " + n.value() + ": the review was signed, so the case keeps "
                    + "its reviewer.");
        }
    }

    /** Each reviewer's open cases (in review under their sign-in name) and new cases per day. */
    private PanelWorkload workload(List<ReviewerPanel.Member> members) {
        Map<String, ReviewerId> byLogin = new HashMap<>();
        members.forEach(m -> m.signInName().ifPresent(l -> byLogin.put(l, m.reviewer().id())));
        LocalDate today = assigner.today();
        Map<ReviewerId, Map<CaseNumber, LocalDate>> open = new HashMap<>();
        for (StoredCase c : store.find(List.of(StatusCode.IN_REVIEW.name()), null, null)) {
            ReviewerId id = c.reviewer() == null ? null : byLogin.get(c.reviewer());
            if (id != null) {
                open.computeIfAbsent(id, k -> new HashMap<>()).put(c.imrCase().caseNumber(),
                        CaseForPanel.determinationDue(c.imrCase(), today));
            }
        }
        Map<ReviewerId, Map<LocalDate, Integer>> perDay = assignments.assignedPerDay(today.minusDays(1));
        Map<ReviewerId, Caseload> loads = new HashMap<>();
        for (ReviewerPanel.Member m : members) {
            ReviewerId id = m.reviewer().id();
            loads.put(id, new Caseload(open.getOrDefault(id, Map.of()), perDay.getOrDefault(id, Map.of())));
        }
        return new PanelWorkload(loads);
    }

    private NotAssignable refused(CaseNumber n, String message) {
        audit.record("ASSIGN_REVIEWER", n.value(), AuditLog.Outcome.INVALID, message);
        return new NotAssignable(message);
    }
}
