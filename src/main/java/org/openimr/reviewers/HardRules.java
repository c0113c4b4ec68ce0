package org.openimr.reviewers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hard rules in force: a reviewer failing any of them is not eligible for the case.
 *
 * <p>Decisions taken here (reference/imr-process.md §2):
 * <ul>
 * <li>License: one active, unexpired license in any US state is enough; California is not required (only 63% of
 * the 2016-17 letters list it).</li>
 * <li>Disciplinary history: any action taken (open or long closed) and any pending matter exclude; a dismissed
 * complaint does not. A suspended or revoked license counts as action taken even without an entry. The statute is
 * recalled as "no disciplinary history", and a conflict or credential challenge is a ground of appeal: the stricter
 * reading costs a smaller panel, the looser one could cost a remand.</li>
 * <li>Capacity: below the open-case limit, below the day's new-case limit, and available on enough days between
 * the day of assignment and the determination due date (numbers in the rule book).</li>
 * </ul>
 */
public final class HardRules {

    /** The name of the conflict-of-interest rule, whose reason becomes the finding of the attestation. */
    public static final String CONFLICT_OF_INTEREST = "no conflict of interest";

    private HardRules() {
    }

    /** The rules in the order explanations list them. */
    public static List<EligibilityRule> standard(RuleBook rules) {
        return List.of(new ActiveLicense(), new BoardCertified(), new AtLeast(PracticeMeasure.YEARS_IN_ACTIVE_PRACTICE, rules),
                new AtLeast(PracticeMeasure.WEEKLY_HOURS_IN_ACTIVE_PRACTICE, rules),
                new NoDisciplinaryHistory(), new NoConflictOfInterest(rules), new Capacity(rules));
    }

    static final class ActiveLicense implements EligibilityRule {
        @Override
        public boolean dependsOnTheCase() {
            return false;
        }

        @Override
        public String name() {
            return "active license";
        }

        @Override
        public String basis() {
            return "LC 139.5 (as recalled): a nonrestricted license to practise in a US state; California is not "
                    + "required";
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            List<License> active = reviewer.licenses().stream().filter(l -> l.isActiveOn(day)).toList();
            if (!active.isEmpty()) {
                return RuleResult.pass(name(), "active license in " + active.stream()
                        .map(l -> l.state().displayName() + " until " + l.expires()).collect(Collectors.joining(", ")));
            }
            if (reviewer.licenses().isEmpty()) {
                return RuleResult.fail(name(), "no license on record");
            }
            return RuleResult.fail(name(), "no active, unexpired license: " + reviewer.licenses().stream()
                    .map(l -> l.state().displayName() + " " + (l.status() == LicenseStatus.ACTIVE
                            ? "expired " + l.expires() : l.status().name().toLowerCase(java.util.Locale.ROOT)))
                    .collect(Collectors.joining(", ")));
        }
    }

    static final class BoardCertified implements EligibilityRule {
        @Override
        public boolean dependsOnTheCase() {
            return false;
        }

        @Override
        public String name() {
            return "board certification";
        }

        @Override
        public String basis() {
            return "LC 139.5 (as recalled): for physicians, board certification appropriate to the condition; "
                    + "a current certificate is required, its fit to the case is ranked";
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            List<BoardCertification> current = reviewer.certifications().stream()
                    .filter(c -> c.isCurrentOn(day)).toList();
            if (!current.isEmpty()) {
                return RuleResult.pass(name(), "board certified in " + current.stream()
                        .map(c -> c.specialty().name()).collect(Collectors.joining(", ")));
            }
            if (reviewer.certifications().isEmpty()) {
                return RuleResult.fail(name(), "no board certification on record");
            }
            return RuleResult.fail(name(), "no current board certification: " + reviewer.certifications().stream()
                    .map(c -> c.specialty().name() + (c.certifiedOn().isAfter(day) ? " from " + c.certifiedOn()
                            : " lapsed " + c.validThrough().map(LocalDate::toString).orElse("?")))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** What an "at least N" rule measures of a reviewer, with the words its reasons use and its minimum's source. */
    enum PracticeMeasure {
        YEARS_IN_ACTIVE_PRACTICE("years in active practice", "years",
                "the letter asserts the reviewer has been in active clinical practice for more than %d years") {
            @Override
            int of(Reviewer reviewer, LocalDate day) {
                return reviewer.yearsInActivePracticeOn(day);
            }

            @Override
            int minimumIn(RuleBook rules) {
                return rules.minimumYearsInActivePractice();
            }
        },
        WEEKLY_HOURS_IN_ACTIVE_PRACTICE("hours in active practice", "hours a week",
                "the letter asserts the reviewer currently works at least %d hours a week in active practice") {
            @Override
            int of(Reviewer reviewer, LocalDate day) {
                return reviewer.weeklyHoursInActivePractice();
            }

            @Override
            int minimumIn(RuleBook rules) {
                return rules.minimumWeeklyHoursInActivePractice();
            }
        };

        private final String ruleName;
        private final String unit;
        private final String basis;

        PracticeMeasure(String ruleName, String unit, String basis) {
            this.ruleName = ruleName;
            this.unit = unit;
            this.basis = basis;
        }

        abstract int of(Reviewer reviewer, LocalDate day);

        abstract int minimumIn(RuleBook rules);
    }

    /** A reviewer must reach a minimum of a practice measure; the minimum is in the rule book. */
    static final class AtLeast implements EligibilityRule {
        private final PracticeMeasure measure;
        private final int minimum;

        AtLeast(PracticeMeasure measure, RuleBook rules) {
            this.measure = measure;
            this.minimum = measure.minimumIn(rules);
        }

        @Override
        public boolean dependsOnTheCase() {
            return false;
        }

        @Override
        public String name() {
            return measure.ruleName;
        }

        @Override
        public String basis() {
            return measure.basis.formatted(minimum);
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            int value = measure.of(reviewer, day);
            String what = measure.unit + " in active practice";
            return value >= minimum
                    ? RuleResult.pass(name(), value + " " + what + " (" + minimum + " required)")
                    : RuleResult.fail(name(), "only " + value + " " + what + "; " + minimum + " required");
        }
    }

    static final class NoDisciplinaryHistory implements EligibilityRule {
        @Override
        public boolean dependsOnTheCase() {
            return false;
        }

        @Override
        public String name() {
            return "no disciplinary history";
        }

        @Override
        public String basis() {
            return "LC 139.5 (as recalled): no history of disciplinary action; pending matters and suspended or "
                    + "revoked licenses count, dismissed complaints do not";
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            List<String> found = new ArrayList<>();
            long dismissed = 0;
            for (DisciplinaryEntry e : reviewer.disciplinaryHistory()) {
                if (e.date().isAfter(day)) {
                    continue; // recorded ahead of time; not yet history on that day
                }
                if (e.counts()) {
                    found.add(e.describe());
                } else {
                    dismissed++;
                }
            }
            for (License l : reviewer.licenses()) {
                if (l.status().isBoardAction()) {
                    found.add("license in " + l.state().displayName() + " "
                            + l.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!found.isEmpty()) {
                return RuleResult.fail(name(), "disciplinary history: " + String.join("; ", found));
            }
            return RuleResult.pass(name(), "no disciplinary history" + (dismissed == 0 ? ""
                    : " (" + dismissed + " dismissed complaint" + (dismissed == 1 ? "" : "s") + " not counted)"));
        }
    }

    static final class NoConflictOfInterest implements EligibilityRule {
        private final RuleBook rules;

        NoConflictOfInterest(RuleBook rules) {
            this.rules = rules;
        }

        @Override
        public String name() {
            return CONFLICT_OF_INTEREST;
        }

        @Override
        public String basis() {
            return "LC 139.5 (as recalled), 8 CCR 9768.2 as the analog: no material professional, familial or "
                    + "financial affiliation with any party of the case, and no prior care of the employee";
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            ConflictScreening.Findings findings = ConflictScreening.screen(reviewer, kase.parties(), rules);
            if (!findings.clear()) {
                return RuleResult.fail(name(), String.join("; ", findings.conflicts()));
            }
            String reason = "no material affiliation with any of the " + findings.partiesChecked()
                    + " parties of the case";
            if (!findings.notMaterial().isEmpty()) {
                reason += "; not material: " + String.join("; ", findings.notMaterial());
            }
            return RuleResult.pass(name(), reason);
        }
    }

    static final class Capacity implements EligibilityRule {
        private final RuleBook rules;

        Capacity(RuleBook rules) {
            this.rules = rules;
        }

        @Override
        public String name() {
            return "capacity before the deadline";
        }

        @Override
        public String basis() {
            return "the determination is due within 30 days (3 if expedited) of the records: the reviewer must "
                    + "have room under the agreed workload limits and be available before the due date";
        }

        @Override
        public RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day) {
            WorkloadLimits limits = reviewer.limits();
            List<String> problems = new ArrayList<>();
            int open = caseload.openCount();
            int today = caseload.assignedOn(day);
            if (open >= limits.maxOpenCases()) {
                problems.add("at the limit of open cases (" + open + " of " + limits.maxOpenCases() + ")");
            }
            if (today >= limits.maxNewCasesPerDay()) {
                problems.add("at the limit of new cases today (" + today + " of " + limits.maxNewCasesPerDay() + ")");
            }
            LocalDate due = kase.determinationDue();
            LocalDate end = due.isBefore(day) ? day : due;
            long window = ChronoUnit.DAYS.between(day, end) + 1;
            long needed = Math.min(rules.availableDaysBeforeDeadline(kase.priority()), window);
            long available = reviewer.availableDays(day, end);
            String availability = "available " + available + " of " + window + " day" + (window == 1 ? "" : "s")
                    + " until the determination is due on " + due;
            if (available < needed) {
                problems.add("not available enough before the deadline: " + availability + "; " + needed
                        + " needed");
            }
            if (!problems.isEmpty()) {
                return RuleResult.fail(name(), String.join("; ", problems));
            }
            return RuleResult.pass(name(), open + " of " + limits.maxOpenCases() + " open cases, " + today + " of "
                    + limits.maxNewCasesPerDay() + " new today, " + availability);
        }
    }
}
