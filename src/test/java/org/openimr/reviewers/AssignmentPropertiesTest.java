package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.KEY;
import static org.openimr.reviewers.Fixtures.MATCHER;
import static org.openimr.reviewers.Fixtures.RULES;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.reviewers.RandomPanels.CaseTruth;
import org.openimr.reviewers.RandomPanels.Entity;
import org.openimr.reviewers.RandomPanels.ReviewerTruth;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * Properties over random panels and cases (seeded, so every failure can be replayed: the seed is in the test name;
 * run more with -Dreviewers.properties.tries=N). Eligibility is judged by an oracle written here from the rules'
 * words and the generator's ground truth (which pool entity each party and affiliation stands for), not by the
 * screening code.
 *
 * <ol>
 * <li>The ranking's verdict of eligible / not eligible agrees with the oracle for every reviewer and case.</li>
 * <li>A batch never assigns a case to a reviewer the oracle finds ineligible at that moment (conflicted, unlicensed,
 * uncertified, too new, too few hours, with discipline, out of capacity or unavailable), never takes a reviewer past
 * the open-case or daily limit, accounts for every case once, and leaves a case unassigned only when the oracle finds
 * nobody eligible at its turn.</li>
 * </ol>
 *
 * (Written as seeded JUnit parameterized tests rather than with jqwik: see the module's notes on that choice.)
 */
class AssignmentPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2017, 1, 5);
    private static final ReviewerAssigner ASSIGNER = new ReviewerAssigner(MATCHER, KEY,
            Clock.fixed(TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static LongStream seeds() {
        return LongStream.range(1, 1 + Long.getLong("reviewers.properties.tries", 150));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theRankingAgreesWithTheOracle(long seed) {
        RandomPanels gen = new RandomPanels(seed, TODAY);
        List<ReviewerTruth> panel = gen.panel(1 + (int) (seed % 20));
        PanelWorkload workload = gen.workload(panel);
        for (CaseTruth c : gen.cases(5, 1)) {
            CaseRanking ranking = MATCHER.rank(c.kase(), reviewers(panel), workload, TODAY);
            for (ReviewerTruth t : panel) {
                boolean expected = eligible(t, c, workload.of(t.reviewer().id()));
                assertThat(ranking.rankOf(t.reviewer().id()).isPresent())
                        .as("seed %d, %s on %s: %s", seed, t.reviewer(), c.kase().caseNumber(),
                                ranking.assessmentOf(t.reviewer().id()).orElseThrow().explanation())
                        .isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBatchNeverAssignsToAnIneligibleReviewerNorPastCapacity(long seed) {
        RandomPanels gen = new RandomPanels(seed, TODAY);
        List<ReviewerTruth> panel = gen.panel(1 + (int) (seed % 25));
        PanelWorkload before = gen.workload(panel);
        List<CaseTruth> cases = gen.cases(1 + (int) (seed * 7 % 40), 1);

        BatchSummary summary = ASSIGNER.assignDailyBatch(cases.stream().map(CaseTruth::kase).toList(),
                reviewers(panel), before, BatchProgress.none());

        Map<CaseNumber, ReviewerId> assigned = new HashMap<>();
        summary.assignments().forEach(a -> assertThat(assigned.put(a.caseNumber(), a.reviewer())).isNull());
        Set<CaseNumber> unassigned = new HashSet<>();
        summary.unassignable().forEach(u -> assertThat(unassigned.add(u.caseNumber())).isTrue());
        assertThat(assigned.size() + unassigned.size()).as("every case once").isEqualTo(cases.size());

        // replay in the order the batch promises: earliest deadline, expedited first, case number
        Map<ReviewerId, Caseload> loads = new HashMap<>(before.caseloads());
        List<CaseTruth> order = new ArrayList<>(cases);
        order.sort(Comparator.comparing((CaseTruth c) -> c.kase().determinationDue())
                .thenComparing(c -> c.kase().priority() == Priority.EXPEDITED ? 0 : 1)
                .thenComparing(c -> c.kase().caseNumber()));
        for (CaseTruth c : order) {
            CaseNumber number = c.kase().caseNumber();
            if (assigned.containsKey(number)) {
                ReviewerTruth t = panel.stream().filter(r -> r.reviewer().id().equals(assigned.get(number)))
                        .findFirst().orElseThrow();
                Caseload now = loads.getOrDefault(t.reviewer().id(), Caseload.empty());
                assertThat(eligible(t, c, now)).as("seed %d: %s given to ineligible %s", seed, number, t.reviewer())
                        .isTrue();
                loads.put(t.reviewer().id(), now.withAssignment(number, c.kase().determinationDue(), TODAY));
            } else {
                for (ReviewerTruth t : panel) {
                    assertThat(eligible(t, c, loads.getOrDefault(t.reviewer().id(), Caseload.empty())))
                            .as("seed %d: %s left unassigned though %s was eligible", seed, number, t.reviewer())
                            .isFalse();
                }
            }
        }

        for (ReviewerTruth t : panel) {
            Reviewer r = t.reviewer();
            int received = (int) assigned.values().stream().filter(r.id()::equals).count();
            if (received > 0) {
                Caseload initial = before.of(r.id());
                assertThat(initial.openCount() + received).as("seed %d: open cases of %s", seed, r)
                        .isLessThanOrEqualTo(r.limits().maxOpenCases());
                assertThat(initial.assignedOn(TODAY) + received).as("seed %d: new cases today of %s", seed, r)
                        .isLessThanOrEqualTo(r.limits().maxNewCasesPerDay());
            }
            assertThat(summary.workloadAfter().of(r.id()).openCount())
                    .isEqualTo(before.of(r.id()).openCount() + received);
        }
    }

    private static List<Reviewer> reviewers(List<ReviewerTruth> panel) {
        return panel.stream().map(ReviewerTruth::reviewer).toList();
    }

    // ---- the oracle: the rules in their own words, on the generator's ground truth ----

    static boolean eligible(ReviewerTruth truth, CaseTruth c, Caseload load) {
        Reviewer r = truth.reviewer();
        LocalDate day = TODAY;
        boolean licensed = r.licenses().stream().anyMatch(l -> l.status() == LicenseStatus.ACTIVE
                && !l.expires().isBefore(day));
        boolean certified = r.certifications().stream().anyMatch(x -> !x.certifiedOn().isAfter(day)
                && x.validThrough().map(end -> !end.isBefore(day)).orElse(true));
        boolean experienced = !r.activePracticeSince().plusYears(RULES.minimumYearsInActivePractice()).isAfter(day);
        boolean hours = r.weeklyHoursInActivePractice() >= RULES.minimumWeeklyHoursInActivePractice();
        boolean clean = r.disciplinaryHistory().stream().noneMatch(e -> e.status() != DisciplinaryStatus.DISMISSED
                && !e.date().isAfter(day))
                && r.licenses().stream().noneMatch(l -> l.status() == LicenseStatus.SUSPENDED
                        || l.status() == LicenseStatus.REVOKED);
        return licensed && certified && experienced && hours && clean && !conflicted(truth, c)
                && hasCapacity(r, c.kase(), load);
    }

    static boolean conflicted(ReviewerTruth truth, CaseTruth c) {
        Set<Entity> inCase = new HashSet<>();
        c.roles().values().forEach(inCase::addAll);
        if (truth.self().isPresent() && inCase.contains(truth.self().get())) {
            return true;
        }
        List<Affiliation> affiliations = truth.reviewer().affiliations();
        for (int i = 0; i < affiliations.size(); i++) {
            Entity with = truth.affiliationEntities().get(i);
            if (!inCase.contains(with)) {
                continue;
            }
            Affiliation a = affiliations.get(i);
            boolean material;
            if (a instanceof FinancialAffiliation f && f.tie() instanceof FinancialTie.OwnershipInterest o) {
                material = o.percent().compareTo(java.math.BigDecimal.ONE) > 0;
            } else if (a instanceof FamilialAffiliation fam) {
                material = Set.of("PARENT", "CHILD", "GRANDPARENT", "GRANDCHILD", "SIBLING", "UNCLE", "AUNT",
                        "NEPHEW", "NIECE", "SPOUSE", "COHABITANT").contains(fam.relation().name());
            } else if (a instanceof PriorCareOfEmployee) {
                material = c.roles().getOrDefault(PartyRole.EMPLOYEE, List.of()).contains(with);
            } else {
                material = true;
            }
            if (material) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCapacity(Reviewer r, CaseToAssign kase, Caseload load) {
        if (load.openCount() >= r.limits().maxOpenCases() || load.assignedOn(TODAY) >= r.limits().maxNewCasesPerDay()) {
            return false;
        }
        LocalDate end = kase.determinationDue().isBefore(TODAY) ? TODAY : kase.determinationDue();
        long window = ChronoUnit.DAYS.between(TODAY, end) + 1;
        long available = 0;
        for (LocalDate d = TODAY; !d.isAfter(end); d = d.plusDays(1)) {
            LocalDate day = d;
            if (r.unavailable().stream().noneMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.through()))) {
                available++;
            }
        }
        return available >= Math.min(window, RULES.availableDaysBeforeDeadline(kase.priority()));
    }
}
