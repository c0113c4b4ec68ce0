package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;
import static org.openimr.reviewers.Fixtures.qualified;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

class HardRulesTest {

    private static final List<EligibilityRule> RULES = HardRules.standard(Fixtures.RULES);

    private static RuleResult check(String ruleName, Reviewer reviewer, CaseToAssign kase, Caseload caseload) {
        EligibilityRule rule = RULES.stream().filter(r -> r.name().equals(ruleName)).findFirst().orElseThrow();
        return rule.check(reviewer, kase, caseload, TODAY);
    }

    private static RuleResult check(String ruleName, Reviewer reviewer) {
        return check(ruleName, reviewer, kase("CM17-0000100"), Caseload.empty());
    }

    @Test
    void everyRuleHasANameAndAReason() {
        assertThat(RULES).extracting(EligibilityRule::name).containsExactly("active license", "board certification",
                "years in active practice", "hours in active practice", "no disciplinary history",
                "no conflict of interest", "capacity before the deadline");
        assertThat(RULES).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
    }

    @Test
    void aQualifiedReviewerPassesEveryRule() {
        Reviewer r = qualified("R-1").build();
        assertThat(RULES).allSatisfy(rule -> assertThat(rule.check(r, kase("CM17-0000100"), Caseload.empty(), TODAY)
                .passed()).as(rule.name()).isTrue());
    }

    @Nested
    class ActiveLicense {
        private Reviewer withLicense(UsState state, LicenseStatus status, LocalDate expires) {
            return Reviewer.builder(ReviewerId.of("R-2"), ReviewerName.of("Someone"))
                    .license(state, "X1", status, expires)
                    .certification(BoardCertification.lifetime("Family Practice", "ABFM", TODAY.minusYears(8)))
                    .activePracticeSince(TODAY.minusYears(8)).weeklyHoursInActivePractice(30).limits(5, 2)
                    .affiliationsDeclaredOn(TODAY).build();
        }

        @Test
        void anActiveLicenseInAnyStatePasses() {
            RuleResult r = check("active license", withLicense(UsState.TEXAS, LicenseStatus.ACTIVE, TODAY.plusDays(1)));
            assertThat(r.passed()).isTrue();
            assertThat(r.reason()).isEqualTo("active license in Texas until " + TODAY.plusDays(1));
        }

        @Test
        void theExpiryDayItselfStillCounts() {
            assertThat(check("active license", withLicense(UsState.OHIO, LicenseStatus.ACTIVE, TODAY)).passed())
                    .isTrue();
        }

        @Test
        void anExpiredLicenseFails() {
            RuleResult r = check("active license", withLicense(UsState.CALIFORNIA, LicenseStatus.ACTIVE,
                    TODAY.minusDays(1)));
            assertThat(r.explanation()).isEqualTo("excluded: no active, unexpired license: California expired "
                    + TODAY.minusDays(1));
        }

        @Test
        void anInactiveOrSuspendedLicenseFails() {
            assertThat(check("active license", withLicense(UsState.CALIFORNIA, LicenseStatus.INACTIVE,
                    TODAY.plusYears(1))).reason()).isEqualTo("no active, unexpired license: California inactive");
            assertThat(check("active license", withLicense(UsState.CALIFORNIA, LicenseStatus.SUSPENDED,
                    TODAY.plusYears(1))).passed()).isFalse();
        }

        @Test
        void noLicenseAtAllFails() {
            Reviewer r = Reviewer.builder(ReviewerId.of("R-3"), ReviewerName.of("Someone"))
                    .activePracticeSince(TODAY.minusYears(8)).limits(5, 2).affiliationsDeclaredOn(TODAY).build();
            assertThat(check("active license", r).reason()).isEqualTo("no license on record");
        }
    }

    @Nested
    class BoardCertified {
        @Test
        void aCurrentCertificationPasses() {
            Reviewer r = qualified("R-1", "Physical Medicine & Rehabilitation", "Pain Management").build();
            assertThat(check("board certification", r).reason())
                    .isEqualTo("board certified in Physical Medicine & Rehabilitation, Pain Management");
        }

        @Test
        void aLapsedCertificationFails() {
            Reviewer r = Reviewer.builder(ReviewerId.of("R-4"), ReviewerName.of("Someone"))
                    .license(UsState.CALIFORNIA, "A1", LicenseStatus.ACTIVE, TODAY.plusYears(1))
                    .certification(BoardCertification.until("Internal Medicine", "ABIM", TODAY.minusYears(11),
                            TODAY.minusDays(1)))
                    .activePracticeSince(TODAY.minusYears(11)).weeklyHoursInActivePractice(30).limits(5, 2)
                    .affiliationsDeclaredOn(TODAY).build();
            assertThat(check("board certification", r).explanation()).isEqualTo(
                    "excluded: no current board certification: Internal Medicine lapsed " + TODAY.minusDays(1));
        }

        @Test
        void noCertificationFails() {
            Reviewer r = Reviewer.builder(ReviewerId.of("R-5"), ReviewerName.of("Someone"))
                    .license(UsState.CALIFORNIA, "A1", LicenseStatus.ACTIVE, TODAY.plusYears(1))
                    .activePracticeSince(TODAY.minusYears(11)).weeklyHoursInActivePractice(30).limits(5, 2)
                    .affiliationsDeclaredOn(TODAY).build();
            assertThat(check("board certification", r).reason()).isEqualTo("no board certification on record");
        }
    }

    @Nested
    class YearsInPractice {
        @Test
        void fiveYearsCompletedTodayPasses() {
            Reviewer r = qualified("R-1").activePracticeSince(TODAY.minusYears(5)).build();
            assertThat(check("years in active practice", r).reason())
                    .isEqualTo("5 years in active practice (5 required)");
        }

        @Test
        void oneDayShortOfFiveYearsFails() {
            Reviewer r = qualified("R-1").activePracticeSince(TODAY.minusYears(5).plusDays(1)).build();
            assertThat(check("years in active practice", r).explanation())
                    .isEqualTo("excluded: only 4 years in active practice; 5 required");
        }
    }

    @Nested
    class MinimumsComeFromTheRuleBook {
        /** The same reviewer under a rule book asking 10 years and 30 hours: both "at least" rules fail. */
        @Test
        void anotherRuleBookMovesBothMinimums() {
            RuleBook stricter = new RuleBook("test", 10, 30, Fixtures.RULES.materialOwnershipAbovePercent(),
                    Fixtures.RULES.materialFamilialRelations(), Fixtures.RULES.availableDaysBeforeDeadline());
            Reviewer r = qualified("R-1").activePracticeSince(TODAY.minusYears(9)).weeklyHoursInActivePractice(29)
                    .build();
            List<RuleResult> results = HardRules.standard(stricter).stream()
                    .filter(rule -> rule.name().endsWith("in active practice"))
                    .map(rule -> rule.check(r, kase("CM17-0000100"), Caseload.empty(), TODAY)).toList();
            assertThat(results).extracting(RuleResult::explanation).containsExactly(
                    "excluded: only 9 years in active practice; 10 required",
                    "excluded: only 29 hours a week in active practice; 30 required");
            assertThat(HardRules.standard(stricter).get(2).basis()).isEqualTo("the letter asserts the reviewer has "
                    + "been in active clinical practice for more than 10 years");
        }
    }

    @Nested
    class WeeklyHours {
        @Test
        void twentyFourHoursPasses() {
            Reviewer r = qualified("R-1").weeklyHoursInActivePractice(24).build();
            assertThat(check("hours in active practice", r).passed()).isTrue();
        }

        @Test
        void twentyThreeHoursFails() {
            Reviewer r = qualified("R-1").weeklyHoursInActivePractice(23).build();
            assertThat(check("hours in active practice", r).explanation())
                    .isEqualTo("excluded: only 23 hours a week in active practice; 24 required");
        }
    }

    @Nested
    class DisciplinaryHistory {
        @Test
        void aCleanRecordPasses() {
            assertThat(check("no disciplinary history", qualified("R-1").build()).reason())
                    .isEqualTo("no disciplinary history");
        }

        @Test
        void aDismissedComplaintIsNotHistory() {
            Reviewer r = qualified("R-1").disciplinary(new DisciplinaryEntry(TODAY.minusYears(4),
                    "Medical Board of California", DisciplinaryStatus.DISMISSED, "complaint closed")).build();
            assertThat(check("no disciplinary history", r).reason())
                    .isEqualTo("no disciplinary history (1 dismissed complaint not counted)");
        }

        @Test
        void anActionTakenLongAgoStillExcludes() {
            Reviewer r = qualified("R-1").disciplinary(new DisciplinaryEntry(LocalDate.of(2001, 3, 1),
                    "Medical Board of California", DisciplinaryStatus.ACTION_TAKEN, "public reprimand")).build();
            assertThat(check("no disciplinary history", r).explanation()).isEqualTo("excluded: disciplinary history: "
                    + "action taken by Medical Board of California (2001-03-01): public reprimand");
        }

        @Test
        void aPendingMatterExcludes() {
            Reviewer r = qualified("R-1").disciplinary(new DisciplinaryEntry(TODAY.minusMonths(2),
                    "Texas Medical Board", DisciplinaryStatus.PENDING, "")).build();
            assertThat(check("no disciplinary history", r).reason()).isEqualTo(
                    "disciplinary history: pending matter by Texas Medical Board (" + TODAY.minusMonths(2) + ")");
        }

        @Test
        void aRevokedLicenseInAnotherStateExcludesEvenWithAnActiveOne() {
            Reviewer r = qualified("R-1").license(UsState.NEVADA, "N1", LicenseStatus.REVOKED, TODAY.plusYears(1))
                    .build();
            assertThat(check("active license", r).passed()).isTrue();
            assertThat(check("no disciplinary history", r).reason())
                    .isEqualTo("disciplinary history: license in Nevada revoked");
        }
    }

    @Nested
    class Capacity {
        private final Reviewer reviewer = qualified("R-1").limits(2, 1).build();

        @Test
        void roomAndAvailabilityPass() {
            RuleResult r = check("capacity before the deadline", reviewer, kase("CM17-0000100", TODAY.plusDays(9)),
                    Caseload.empty());
            assertThat(r.reason()).isEqualTo("0 of 2 open cases, 0 of 1 new today, available 10 of 10 days until the "
                    + "determination is due on " + TODAY.plusDays(9));
        }

        @Test
        void theOpenCaseLimitExcludes() {
            Caseload full = Caseload.empty()
                    .withAssignment(CaseNumber.of("CM16-0000001"), TODAY.plusDays(3), TODAY.minusDays(20))
                    .withAssignment(CaseNumber.of("CM16-0000002"), TODAY.plusDays(9), TODAY.minusDays(10));
            assertThat(check("capacity before the deadline", reviewer, kase("CM17-0000100"), full).explanation())
                    .isEqualTo("excluded: at the limit of open cases (2 of 2)");
        }

        @Test
        void theDailyLimitExcludes() {
            Caseload today = Caseload.empty().withAssignment(CaseNumber.of("CM17-0000001"), TODAY.plusDays(30), TODAY);
            assertThat(check("capacity before the deadline", reviewer, kase("CM17-0000100"), today).reason())
                    .isEqualTo("at the limit of new cases today (1 of 1)");
        }

        @Test
        void unavailabilityBeforeTheDeadlineExcludes() {
            Reviewer away = qualified("R-1").unavailable(TODAY, TODAY.plusDays(6)).build();
            RuleResult r = check("capacity before the deadline", away, kase("CM17-0000100", TODAY.plusDays(9)),
                    Caseload.empty());
            assertThat(r.reason()).isEqualTo("not available enough before the deadline: available 3 of 10 days until "
                    + "the determination is due on " + TODAY.plusDays(9) + "; 5 needed");
        }

        @Test
        void unavailabilityAfterTheDeadlineDoesNotMatter() {
            Reviewer away = qualified("R-1").unavailable(TODAY.plusDays(10), TODAY.plusDays(40)).build();
            assertThat(check("capacity before the deadline", away, kase("CM17-0000100", TODAY.plusDays(9)),
                    Caseload.empty()).passed()).isTrue();
        }

        @Test
        void overlappingPeriodsCountEachDayOnce() {
            Reviewer away = qualified("R-1").unavailable(TODAY.plusDays(1), TODAY.plusDays(4))
                    .unavailable(TODAY.plusDays(3), TODAY.plusDays(5)).unavailable(TODAY.plusDays(4), TODAY.plusDays(4))
                    .build();
            assertThat(away.availableDays(TODAY, TODAY.plusDays(9))).isEqualTo(5);
        }

        @Test
        void anExpeditedCaseNeedsFewerDays() {
            Reviewer away = qualified("R-1").unavailable(TODAY.plusDays(2), TODAY.plusDays(30)).build();
            CaseToAssign expedited = new CaseToAssign(CaseNumber.of("CM17-0000101"), Priority.EXPEDITED,
                    TODAY.plusDays(3), Fixtures.parties(), List.of(Fixtures.LUMBAR_MRI));
            assertThat(check("capacity before the deadline", away, expedited, Caseload.empty()).passed()).isTrue();
            assertThat(check("capacity before the deadline", away, kase("CM17-0000102", TODAY.plusDays(20)),
                    Caseload.empty()).passed()).isFalse();
        }

        @Test
        void anOverdueCaseNeedsTheReviewerToday() {
            CaseToAssign overdue = kase("CM17-0000103", TODAY.minusDays(2));
            assertThat(check("capacity before the deadline", reviewer, overdue, Caseload.empty()).passed()).isTrue();
            Reviewer away = qualified("R-1").unavailable(TODAY, TODAY).build();
            assertThat(check("capacity before the deadline", away, overdue, Caseload.empty()).reason())
                    .contains("available 0 of 1 day until the determination is due on " + TODAY.minusDays(2));
        }
    }
}
