package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.MATCHER;
import static org.openimr.reviewers.Fixtures.SHOULDER_ARTHROSCOPY;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;
import static org.openimr.reviewers.Fixtures.party;
import static org.openimr.reviewers.Fixtures.qualified;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CaseNumber;

class RankingTest {

    private static Caseload open(int cases, int dueInDays) {
        Caseload c = Caseload.empty();
        for (int i = 0; i < cases; i++) {
            c = c.withAssignment(CaseNumber.of(String.format("CM16-%07d", 9000 + i)), TODAY.plusDays(dueInDays),
                    TODAY.minusDays(10));
        }
        return c;
    }

    private static List<ReviewerId> order(CaseRanking ranking) {
        return ranking.eligible().stream().map(CandidateAssessment::reviewer).toList();
    }

    @Test
    void specialtyFitComesBeforeWorkload() {
        Reviewer ortho = qualified("R-ORTHO", "Orthopedic Surgery").build();
        Reviewer family = qualified("R-FP", "Family Practice").build();
        PanelWorkload workload = PanelWorkload.none().with(ortho.id(), open(8, 20));
        CaseRanking ranking = MATCHER.rank(kase("CM17-0000200", TODAY.plusDays(30), SHOULDER_ARTHROSCOPY),
                List.of(family, ortho), workload, TODAY);
        assertThat(order(ranking)).containsExactly(ortho.id(), family.id());
    }

    @Test
    void withinOneBandOfFitTheLighterWorkloadGoesFirst() {
        // lumbar imaging: Occupational Medicine fits 1.0, Family Practice 0.8 - one band
        Reviewer occ = qualified("R-OCC", "Occupational Medicine").build();
        Reviewer family = qualified("R-FP", "Family Practice").build();
        PanelWorkload workload = PanelWorkload.none().with(occ.id(), open(3, 20)).with(family.id(), open(1, 20));
        CaseRanking ranking = MATCHER.rank(kase("CM17-0000201"), List.of(occ, family), workload, TODAY);
        assertThat(order(ranking)).containsExactly(family.id(), occ.id());
    }

    @Test
    void workloadIsTheShareOfTheLimitInUse() {
        Reviewer small = qualified("R-SMALL").limits(4, 3).build();   // 2 of 4 = 50%
        Reviewer large = qualified("R-LARGE").limits(10, 3).build();  // 3 of 10 = 30%
        PanelWorkload workload = PanelWorkload.none().with(small.id(), open(2, 20)).with(large.id(), open(3, 20));
        CaseRanking ranking = MATCHER.rank(kase("CM17-0000202"), List.of(small, large), workload, TODAY);
        assertThat(order(ranking)).containsExactly(large.id(), small.id());
    }

    @Test
    void atEqualWorkloadTheReviewerWithTheLaterDueDatesGoesFirst() {
        Reviewer pressed = qualified("R-PRESSED").build();
        Reviewer relaxed = qualified("R-RELAXED").build();
        PanelWorkload workload = PanelWorkload.none().with(pressed.id(), open(2, 2)).with(relaxed.id(), open(2, 25));
        CaseRanking ranking = MATCHER.rank(kase("CM17-0000203"), List.of(pressed, relaxed), workload, TODAY);
        assertThat(order(ranking)).containsExactly(relaxed.id(), pressed.id());
    }

    @Test
    void tiesBreakTheSameWayEveryTimeButNotAlwaysForTheSameReviewer() {
        Reviewer a = qualified("R-A").build();
        Reviewer b = qualified("R-B").build();
        Set<ReviewerId> winners = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            CaseToAssign kase = kase(String.format("CM17-%07d", 300 + i));
            CaseRanking first = MATCHER.rank(kase, List.of(a, b), PanelWorkload.none(), TODAY);
            CaseRanking again = MATCHER.rank(kase, List.of(b, a), PanelWorkload.none(), TODAY);
            assertThat(order(again)).isEqualTo(order(first));
            winners.add(first.best().orElseThrow().reviewer());
        }
        assertThat(winners).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void theIneligibleAreListedWithWhatExcludedThem() {
        Reviewer eligible = qualified("R-OK").build();
        Reviewer conflicted = qualified("R-CONFLICT")
                .affiliation(FinancialAffiliation.ownership(party("Acme Insurance Services, Inc."), "2.5")).build();
        Reviewer green = qualified("R-GREEN").activePracticeSince(TODAY.minusYears(3)).weeklyHoursInActivePractice(10)
                .build();
        CaseRanking ranking = MATCHER.rank(kase("CM17-0000204"), List.of(green, conflicted, eligible),
                PanelWorkload.none(), TODAY);

        assertThat(order(ranking)).containsExactly(eligible.id());
        assertThat(ranking.rankOf(eligible.id())).hasValue(1);
        assertThat(ranking.rankOf(conflicted.id())).isEmpty();
        assertThat(ranking.assessmentOf(conflicted.id()).orElseThrow().explanation()).isEqualTo("R-CONFLICT excluded: "
                + "financial interest 2.5% in the claims administrator 'Acme Insurance Services, Inc.'");
        assertThat(ranking.assessmentOf(green.id()).orElseThrow().explanation()).isEqualTo("R-GREEN excluded: only 3 "
                + "years in active practice; 5 required; excluded: only 10 hours a week in active practice; 24 required");
        assertThat(ranking.best().orElseThrow().explanation()).startsWith("R-OK eligible: specialty fit 1.00 "
                + "(Diagnostic Testing / Imaging / lumbar spine: 1.00 Occupational Medicine, 5 of 14 items of "
                + "Diagnostic Testing / Imaging / lumbar spine); workload 0 of 10 open cases, 0 new today");
    }

    @Test
    void theRankingReadsAsAReport() {
        Reviewer a = qualified("R-A").build();
        Reviewer b = qualified("R-B").weeklyHoursInActivePractice(20).build();
        String text = MATCHER.rank(kase("CM17-0000205"), List.of(a, b), PanelWorkload.none(), TODAY).explanation();
        assertThat(text).startsWith("Case CM17-0000205 on 2017-01-05: 1 eligible of 2 (rule book 2026-11-27.1 "
                + "(sha256:").contains("\n  1. R-A eligible: specialty fit 1.00")
                .contains("\n  -  R-B excluded: only 20 hours a week in active practice; 24 required\n");
        assertThat(text).doesNotContain("Dr. Reviewer");
    }
}
