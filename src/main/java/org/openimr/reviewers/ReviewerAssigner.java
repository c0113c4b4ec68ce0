package org.openimr.reviewers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * Assigns cases to reviewers: one case as it comes, or the day's batch. The best eligible reviewer of the ranking
 * takes the case, and a {@link ConflictAttestation} is made on the spot.
 *
 * <p>A batch takes the cases earliest deadline first (expedited before standard on the same day, then by case
 * number), and ranks the panel for each case with the workload the batch has added so far: within a band of
 * specialty fit the reviewer with the smallest share of the open-case limit in use goes first, so load spreads
 * across the panel, and no reviewer passes the open-case or daily limit (both are hard rules).
 */
public final class ReviewerAssigner {

    /** The IMR office's day: California. */
    public static final ZoneId CALIFORNIA = org.openimr.shared.BusinessCalendar.ZONE;

    static final Comparator<CaseToAssign> BATCH_ORDER = Comparator.comparing(CaseToAssign::determinationDue)
            .thenComparing(c -> c.priority() == Priority.EXPEDITED ? 0 : 1)
            .thenComparing(CaseToAssign::caseNumber);

    private final ReviewerMatcher matcher;
    private final AttestationKey key;
    private final Clock clock;

    public ReviewerAssigner(ReviewerMatcher matcher, AttestationKey key, Clock clock) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.key = Objects.requireNonNull(key, "attestation key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today in California. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CALIFORNIA);
    }

    /** Puts one case to the panel. */
    public AssignmentResult assign(CaseToAssign kase, Collection<Reviewer> panel, PanelWorkload workload) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CALIFORNIA);
        CaseRanking ranking = matcher.rank(kase, panel, workload, day);
        if (ranking.best().isEmpty()) {
            return new AssignmentResult.NotAssigned(UnassignableCase.from(kase, ranking), ranking);
        }
        Reviewer chosen = find(panel, ranking.best().get().reviewer());
        return new AssignmentResult.Assigned(assignment(kase, chosen, ranking.best().get(), now, day), ranking);
    }

    /**
     * Puts one case to the reviewer staff chose from the ranking; refused (not assigned) when that reviewer is not
     * eligible, with the rules that exclude them.
     */
    public AssignmentResult assignTo(CaseToAssign kase, Collection<Reviewer> panel, PanelWorkload workload,
            ReviewerId chosen) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CALIFORNIA);
        CaseRanking ranking = matcher.rank(kase, panel, workload, day);
        CandidateAssessment assessment = ranking.assessmentOf(chosen).orElseThrow(
                () -> new IllegalArgumentException("reviewer " + chosen + " is not on the panel"));
        if (!assessment.eligible()) {
            return new AssignmentResult.NotAssigned(UnassignableCase.refused(kase, panel.size(),
                    assessment.failures().stream().map(r -> "excluded by '" + r.rule() + "': " + r.reason())
                            .collect(java.util.stream.Collectors.joining("; "))), ranking);
        }
        return new AssignmentResult.Assigned(assignment(kase, find(panel, chosen), assessment, now, day), ranking);
    }

    /** The panel weighed for the case today, without assigning it. */
    public CaseRanking rank(CaseToAssign kase, Collection<Reviewer> panel, PanelWorkload workload) {
        return matcher.rank(kase, panel, workload, today());
    }

    /** Assigns the day's batch across the panel; the workload given is the panel's before the batch. */
    public BatchSummary assignDailyBatch(List<CaseToAssign> cases, Collection<Reviewer> panel, PanelWorkload workload,
            BatchProgress progress) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CALIFORNIA);
        List<CaseToAssign> order = new ArrayList<>(cases);
        order.sort(BATCH_ORDER);

        Map<ReviewerId, Reviewer> byId = new HashMap<>();
        Map<ReviewerId, Caseload> loads = new HashMap<>(workload.caseloads());
        for (Reviewer r : panel) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("reviewer " + r.id() + " is on the panel twice");
            }
        }
        Set<CaseNumber> alreadyOpen = new HashSet<>();
        workload.caseloads().values().forEach(c -> alreadyOpen.addAll(c.openCases().keySet()));
        Set<CaseNumber> seen = new HashSet<>();
        Map<Reviewer, RuleResult[]> sameForEveryCase = new IdentityHashMap<>(); // the day's credential verdicts

        List<Assignment> assignments = new ArrayList<>();
        List<UnassignableCase> unassignable = new ArrayList<>();
        int done = 0;
        for (CaseToAssign kase : order) {
            if (!seen.add(kase.caseNumber())) {
                unassignable.add(UnassignableCase.refused(kase, panel.size(), "listed more than once in the batch"));
            } else if (alreadyOpen.contains(kase.caseNumber())) {
                unassignable.add(UnassignableCase.refused(kase, panel.size(), "already open with a reviewer"));
            } else {
                CaseRanking ranking = matcher.rank(kase, panel, id -> loads.getOrDefault(id, Caseload.empty()), day,
                        sameForEveryCase);
                if (ranking.best().isPresent()) {
                    CandidateAssessment best = ranking.best().get();
                    Assignment a = assignment(kase, byId.get(best.reviewer()), best, now, day);
                    assignments.add(a);
                    loads.put(best.reviewer(), loads.getOrDefault(best.reviewer(), Caseload.empty())
                            .withAssignment(kase.caseNumber(), kase.determinationDue(), day));
                } else {
                    unassignable.add(UnassignableCase.from(kase, ranking));
                }
            }
            progress.update(++done, order.size());
        }
        return new BatchSummary(day, order.size(), assignments, unassignable, new PanelWorkload(loads));
    }

    private Assignment assignment(CaseToAssign kase, Reviewer reviewer, CandidateAssessment assessment, Instant now,
            LocalDate day) {
        if (!assessment.eligible()) {
            throw new IllegalStateException("refusing to assign " + kase.caseNumber() + " to ineligible " + reviewer);
        }
        String finding = "";
        List<String> otherRules = new ArrayList<>();
        for (RuleResult r : assessment.rules()) {
            if (r.rule().equals(HardRules.CONFLICT_OF_INTEREST)) {
                finding = r.reason();
            } else {
                otherRules.add(r.rule());
            }
        }
        ConflictAttestation attestation = new ConflictAttestation(kase.caseNumber(),
                key.referenceFor(reviewer.id(), kase.caseNumber()), now, matcher.rules().version(),
                kase.parties().parties(), kase.parties().missingExpectedRoles(), EnumSet.allOf(AffiliationKind.class),
                reviewer.affiliations().size(), reviewer.affiliationsDeclaredOn(), finding, otherRules);
        return new Assignment(kase.caseNumber(), reviewer.id(), day, kase.determinationDue(), attestation);
    }

    private static Reviewer find(Collection<Reviewer> panel, ReviewerId id) {
        return panel.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("ranked reviewer " + id + " is not on the panel"));
    }
}
