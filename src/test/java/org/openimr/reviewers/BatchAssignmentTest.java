package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.CLOCK;
import static org.openimr.reviewers.Fixtures.KEY;
import static org.openimr.reviewers.Fixtures.MATCHER;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;
import static org.openimr.reviewers.Fixtures.party;
import static org.openimr.reviewers.Fixtures.qualified;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CaseNumber;

class BatchAssignmentTest {

    private final ReviewerAssigner assigner = new ReviewerAssigner(MATCHER, KEY, CLOCK);

    private static List<CaseToAssign> cases(int n, int firstNumber) {
        List<CaseToAssign> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(kase(String.format("CM17-%07d", firstNumber + i), TODAY.plusDays(10 + i % 20)));
        }
        return cases;
    }

    private static List<Reviewer> panel(int n, int maxOpen, int perDay) {
        List<Reviewer> panel = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            panel.add(qualified(String.format("R-%03d", i)).limits(maxOpen, perDay).build());
        }
        return panel;
    }

    @Test
    void equallyFitReviewersShareTheBatchEvenly() {
        List<Reviewer> panel = panel(10, 20, 20);
        BatchSummary summary = assigner.assignDailyBatch(cases(47, 1000), panel, PanelWorkload.none(),
                BatchProgress.none());

        assertThat(summary.assignments()).hasSize(47);
        assertThat(summary.unassignable()).isEmpty();
        IntSummaryStatistics spread = summary.newCasesByReviewer().values().stream().mapToInt(Integer::intValue)
                .summaryStatistics();
        assertThat(summary.newCasesByReviewer()).hasSize(10);
        assertThat(spread.getMax() - spread.getMin()).isLessThanOrEqualTo(1);
    }

    @Test
    void existingWorkloadIsEvenedOut() {
        List<Reviewer> panel = panel(3, 10, 10);
        Caseload heavy = Caseload.empty();
        for (int i = 0; i < 6; i++) {
            heavy = heavy.withAssignment(CaseNumber.of(String.format("CM16-%07d", i)), TODAY.plusDays(20),
                    TODAY.minusDays(5));
        }
        PanelWorkload before = PanelWorkload.none().with(panel.get(0).id(), heavy);
        BatchSummary summary = assigner.assignDailyBatch(cases(9, 2000), panel, before, BatchProgress.none());
        // the two idle reviewers take the 9 new cases between them (4 and 5) before the busy one (6) gets any
        assertThat(summary.newCasesByReviewer()).doesNotContainKey(panel.get(0).id());
        assertThat(summary.workloadAfter().of(panel.get(0).id()).openCount()).isEqualTo(6);
        assertThat(List.of(summary.workloadAfter().of(panel.get(1).id()).openCount(),
                summary.workloadAfter().of(panel.get(2).id()).openCount())).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void noReviewerPassesTheDailyOrOpenCaseLimitAndTheRestIsUnassignableWithReasons() {
        List<Reviewer> panel = List.of(qualified("R-A").limits(10, 2).build(), qualified("R-B").limits(1, 5).build());
        BatchSummary summary = assigner.assignDailyBatch(cases(6, 3000), panel, PanelWorkload.none(),
                BatchProgress.none());

        assertThat(summary.assignments()).hasSize(3);
        assertThat(summary.newCasesByReviewer()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ReviewerId.of("R-A"), 2, ReviewerId.of("R-B"), 1));
        assertThat(summary.unassignable()).hasSize(3).allSatisfy(u -> {
            assertThat(u.reason()).isEqualTo("no eligible reviewer among 2: capacity before the deadline 2");
            assertThat(u.excludedByRule()).containsExactly(Map.entry("capacity before the deadline", 2));
        });
        assertThat(summary.report()).startsWith("Batch of 2017-01-05: 6 cases, 3 assigned to 2 reviewers (1-2 each), "
                + "3 unassignable\n  CM17-");
    }

    @Test
    void theEarliestDeadlinesAreServedFirstWhenCapacityIsShort() {
        List<Reviewer> panel = List.of(qualified("R-A").limits(10, 2).build());
        List<CaseToAssign> cases = new ArrayList<>(List.of(
                kase("CM17-0004001", TODAY.plusDays(25)), kase("CM17-0004002", TODAY.plusDays(7)),
                kase("CM17-0004003", TODAY.plusDays(30)), kase("CM17-0004004", TODAY.plusDays(12))));
        Collections.shuffle(cases, new Random(7));
        BatchSummary summary = assigner.assignDailyBatch(cases, panel, PanelWorkload.none(), BatchProgress.none());
        assertThat(summary.assignments()).extracting(a -> a.caseNumber().value())
                .containsExactly("CM17-0004002", "CM17-0004004");
        assertThat(summary.unassignable()).extracting(u -> u.caseNumber().value())
                .containsExactly("CM17-0004001", "CM17-0004003");
    }

    @Test
    void conflictedReviewersAreSkippedAndFitStillLeads() {
        Reviewer ortho = qualified("R-ORTHO", "Orthopedic Surgery").build();
        Reviewer orthoConflicted = qualified("R-ORTHO2", "Orthopedic Surgery")
                .affiliation(new ProfessionalAffiliation(party("St. Mary Medical Center"), "staff privileges")).build();
        Reviewer family = qualified("R-FP", "Family Practice").build();
        List<CaseToAssign> surgery = List.of(
                kase("CM17-0005001", TODAY.plusDays(20), Fixtures.SHOULDER_ARTHROSCOPY),
                kase("CM17-0005002", TODAY.plusDays(21), Fixtures.SHOULDER_ARTHROSCOPY));
        BatchSummary summary = assigner.assignDailyBatch(surgery, List.of(family, orthoConflicted, ortho),
                PanelWorkload.none(), BatchProgress.none());
        assertThat(summary.assignments()).extracting(Assignment::reviewer).containsOnly(ortho.id());
    }

    @Test
    void casesListedTwiceOrAlreadyOpenAreRefused() {
        List<Reviewer> panel = panel(2, 10, 10);
        PanelWorkload before = PanelWorkload.none().with(panel.get(0).id(),
                Caseload.empty().withAssignment(CaseNumber.of("CM17-0006001"), TODAY.plusDays(9), TODAY.minusDays(3)));
        List<CaseToAssign> cases = List.of(kase("CM17-0006001"), kase("CM17-0006002"), kase("CM17-0006002"));
        BatchSummary summary = assigner.assignDailyBatch(cases, panel, before, BatchProgress.none());
        assertThat(summary.assignments()).extracting(a -> a.caseNumber().value()).containsExactly("CM17-0006002");
        assertThat(summary.unassignable()).extracting(UnassignableCase::reason)
                .containsExactlyInAnyOrder("already open with a reviewer", "listed more than once in the batch");
    }

    @Test
    void progressIsReportedForEveryCase() {
        List<Integer> seen = new ArrayList<>();
        assigner.assignDailyBatch(cases(5, 7000), panel(2, 10, 10), PanelWorkload.none(),
                (done, total) -> seen.add(done * 100 + total));
        assertThat(seen).containsExactly(105, 205, 305, 405, 505);
    }
}
