package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Weighs the panel for a case: every hard rule for every reviewer, then the eligible ranked by specialty fit (in
 * bands), then workload (share of the open-case limit in use, then new cases today), then due dates (the reviewer
 * whose most pressing open case is due latest first), then the exact fit, then a deterministic tie-break.
 */
public final class ReviewerMatcher {

    /** The order of eligible candidates, best first. */
    static final Comparator<CandidateAssessment> RANK_ORDER = Comparator
            .comparingInt((CandidateAssessment a) -> -a.fitBand())
            .thenComparing(ReviewerMatcher::compareUtilisation)
            .thenComparingInt(CandidateAssessment::newToday)
            .thenComparing((CandidateAssessment a) -> a.earliestOpenDue().orElse(LocalDate.MAX),
                    Comparator.reverseOrder())
            .thenComparing(CandidateAssessment::fit, Comparator.comparingDouble(SpecialtyFit::score).reversed())
            .thenComparingLong(CandidateAssessment::tieBreak)
            .thenComparing(CandidateAssessment::reviewer);

    private final RuleBook rules;
    private final SpecialtyFitTable fitTable;
    private final List<EligibilityRule> hardRules;

    public ReviewerMatcher(RuleBook rules, SpecialtyFitTable fitTable) {
        this.rules = Objects.requireNonNull(rules, "rule book");
        this.fitTable = Objects.requireNonNull(fitTable, "specialty fit table");
        this.hardRules = HardRules.standard(rules);
    }

    /** The matcher of the module's data files. */
    public static ReviewerMatcher standard() {
        return new ReviewerMatcher(RuleBook.standard(), SpecialtyFitTable.standard());
    }

    public RuleBook rules() {
        return rules;
    }

    public SpecialtyFitTable fitTable() {
        return fitTable;
    }

    public List<EligibilityRule> hardRules() {
        return hardRules;
    }

    /** The panel weighed for the case on that day, with the reviewers' current workload. */
    public CaseRanking rank(CaseToAssign kase, Collection<Reviewer> panel, PanelWorkload workload, LocalDate day) {
        return rank(kase, panel, workload::of, day);
    }

    CaseRanking rank(CaseToAssign kase, Collection<Reviewer> panel, Function<ReviewerId, Caseload> caseloads,
            LocalDate day) {
        return rank(kase, panel, caseloads, day, new IdentityHashMap<>());
    }

    /**
     * As {@link #rank(CaseToAssign, Collection, PanelWorkload, LocalDate)}, keeping the verdicts of the rules that
     * do not depend on the case in {@code sameForEveryCase} (one map per day and panel, e.g. for a batch).
     */
    CaseRanking rank(CaseToAssign kase, Collection<Reviewer> panel, Function<ReviewerId, Caseload> caseloads,
            LocalDate day, Map<Reviewer, RuleResult[]> sameForEveryCase) {
        List<CandidateAssessment> eligible = new ArrayList<>();
        List<CandidateAssessment> ineligible = new ArrayList<>();
        for (Reviewer reviewer : panel) {
            CandidateAssessment a = assess(reviewer, kase, caseloads.apply(reviewer.id()), day,
                    sameForEveryCase.computeIfAbsent(reviewer, r -> new RuleResult[hardRules.size()]));
            (a.eligible() ? eligible : ineligible).add(a);
        }
        eligible.sort(RANK_ORDER);
        ineligible.sort(Comparator.comparing(CandidateAssessment::reviewer));
        return new CaseRanking(kase.caseNumber(), day, eligible, ineligible, rules.version(), fitTable.version());
    }

    /**
     * The material conflicts of interest of one reviewer with the parties of a case, each in words ("financial
     * interest 8% in the facility where the treatment would be given 'X'"); empty when there is none. For a reviewer
     * already assigned when a party is named afterwards.
     */
    public List<String> conflicts(Reviewer reviewer, CaseParties parties) {
        return ConflictScreening.screen(reviewer, parties, rules).conflicts();
    }

    /** One reviewer weighed for the case. */
    public CandidateAssessment assess(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
        return assess(reviewer, kase, caseload, day, new RuleResult[hardRules.size()]);
    }

    private CandidateAssessment assess(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day,
            RuleResult[] known) {
        List<RuleResult> results = new ArrayList<>(hardRules.size());
        for (int i = 0; i < hardRules.size(); i++) {
            EligibilityRule rule = hardRules.get(i);
            if (rule.dependsOnTheCase()) {
                results.add(rule.check(reviewer, kase, caseload, day));
            } else {
                if (known[i] == null) {
                    known[i] = rule.check(reviewer, kase, caseload, day);
                }
                results.add(known[i]);
            }
        }
        SpecialtyFit fit = fitTable.fitOf(reviewer.specialtiesOn(day), kase.items());
        return new CandidateAssessment(reviewer.id(), results, fit, fitTable.band(fit.score()), caseload.openCount(),
                reviewer.limits().maxOpenCases(), caseload.assignedOn(day), caseload.earliestDue(),
                tieBreak(kase, reviewer.id()));
    }

    /** Lower share of the open-case limit first: 3 of 10 before 2 of 4. */
    private static int compareUtilisation(CandidateAssessment a, CandidateAssessment b) {
        long left = (long) a.openCases() * Math.max(1, b.maxOpenCases());
        long right = (long) b.openCases() * Math.max(1, a.maxOpenCases());
        return Long.compare(left, right);
    }

    /** SplitMix64 over the two ids' string hashes (which the language fixes): stable across runs and machines. */
    static long tieBreak(CaseToAssign kase, ReviewerId reviewer) {
        long z = kase.caseNumber().value().hashCode() * 0x9E3779B97F4A7C15L + reviewer.value().hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
