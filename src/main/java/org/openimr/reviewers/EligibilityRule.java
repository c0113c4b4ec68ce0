package org.openimr.reviewers;

import java.time.LocalDate;

/**
 * A hard rule a reviewer must meet to review a case: a specification with a name and the reason it exists.
 * {@link HardRules#standard(RuleBook)} gives the rules in force.
 */
public interface EligibilityRule {

    /** A short name, e.g. "active license". */
    String name();

    /** Why the rule exists, with its source. */
    String basis();

    /** The rule applied on that day to the reviewer with that caseload for that case. */
    RuleResult check(Reviewer reviewer, CaseToAssign kase, Caseload caseload, LocalDate day);

    /**
     * Whether the verdict can change from case to case (or with the caseload). A rule on the reviewer's own record
     * (license, certification, practice, discipline) gives the same verdict for every case of a day, so a batch
     * checks it once per reviewer.
     */
    default boolean dependsOnTheCase() {
        return true;
    }
}
