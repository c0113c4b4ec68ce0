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

    /** A reviewer of the ranking with the staff account they would work the case under. */
    public record Candidate(CandidateAssessment assessment, Optional<String> signInName) {
        public boolean assignable() {
            return assessment.eligible() && signInName.isPresent();
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

    /** What a batch did: the panel's summary and how many assignments the cases recorded. */
    public record BatchOutcome(BatchSummary summary, int recorded, List<String> failures) {
    }

    private final CaseService cases;
    private final CaseStore store;
    private final ReviewerPanel panel;
    private final ReviewerAssignments assignments;
    private final ReviewerAssigner assigner;
    private final AuditLog audit;
    private final RequestInterpreter interpreter = RequestInterpreter.standard();

    CaseAssignment(CaseService cases, CaseStore store, ReviewerPanel panel, ReviewerAssignments assignments,
            ReviewerAssigner assigner, AuditLog audit) {
        this.cases = cases;
        this.store = store;
        this.panel = panel;
        this.assignments = assignments;
        this.assigner = assigner;
        this.audit = audit;
    }

    public static boolean isReady(ImrCase c) {
        return c.status() instanceof CaseStatus.AwaitingAssignment;
    }

    /** The ranking of the panel for a case ready for a reviewer; empty for any other case. */
    public Optional<Ranking> ranking(StoredCase c) {
        if (!isReady(c.imrCase())) {
            return Optional.empty();
        }
        CaseToAssign kase = CaseForPanel.of(c.imrCase(), interpreter, assigner.today());
        List<ReviewerPanel.Member> members = panel.members();
        Map<ReviewerId, Optional<String>> logins = new HashMap<>();
        members.forEach(m -> logins.put(m.reviewer().id(), m.signInName()));
        CaseRanking ranking = assigner.rank(kase, members.stream().map(ReviewerPanel.Member::reviewer).toList(),
                workload(members));
        List<Candidate> candidates = new ArrayList<>();
        ranking.eligible().forEach(a -> candidates.add(new Candidate(a, logins.get(a.reviewer()))));
        ranking.ineligible().forEach(a -> candidates.add(new Candidate(a, logins.get(a.reviewer()))));
        return Optional.of(new Ranking(kase, ranking, candidates));
    }

    /**
     * Assigns the case, read at {@code expectedVersion}, to the reviewer chosen. Throws {@link NotAssignable} when
     * the reviewer is not eligible or has no sign-in name, {@link IllegalTransitionException} when the case is not
     * ready, {@link CaseNotFoundException} when it is not there; nothing is stored then.
     */
    public StoredCase assign(CaseNumber n, int expectedVersion, ReviewerId chosen) {
        StoredCase c = cases.read(n).orElseThrow(() -> new CaseNotFoundException(n));
        if (!isReady(c.imrCase())) {
            audit.record("ASSIGN_REVIEWER", n.value(), AuditLog.Outcome.INVALID, "not ready for a reviewer");
            throw new IllegalTransitionException("Case " + n.value() + " is " + c.imrCase().status().describe()
                    + ": a reviewer is assigned once the records are complete.");
        }
        List<ReviewerPanel.Member> members = panel.members();
        ReviewerPanel.Member member = members.stream().filter(m -> m.reviewer().id().equals(chosen)).findFirst()
                .orElseThrow(() -> refused(n, "Reviewer " + chosen + " is not on the panel."));
        String login = member.signInName().orElseThrow(() -> refused(n, "Reviewer " + chosen
                + " has no staff sign-in name: link one on the reviewer's page before assigning."));
        CaseToAssign kase = CaseForPanel.of(c.imrCase(), interpreter, assigner.today());
        AssignmentResult result = assigner.assignTo(kase, members.stream().map(ReviewerPanel.Member::reviewer)
                .toList(), workload(members), chosen);
        if (result instanceof AssignmentResult.NotAssigned refused) {
            throw refused(n, "Reviewer " + chosen + " may not take this case: "
                    + refused.unassignable().reason());
        }
        return record(c, ((AssignmentResult.Assigned) result).assignment(), login, expectedVersion);
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
                record(c, a, logins.get(a.reviewer()), c.version());
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

    private StoredCase record(StoredCase c, Assignment a, String login, int expectedVersion) {
        return cases.record(c.imrCase().caseNumber(), expectedVersion, "ASSIGN_REVIEWER", current -> {
            ImrCase next = current.assignReviewer(a.assignedOn(), login);
            assignments.record(a);
            return next;
        });
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
