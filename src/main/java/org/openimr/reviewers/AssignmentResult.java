package org.openimr.reviewers;

/** What became of a case put to the panel: assigned, or not, each with the ranking that decided it. */
public sealed interface AssignmentResult {

    CaseRanking ranking();

    /** The best eligible reviewer took the case. */
    record Assigned(Assignment assignment, CaseRanking ranking) implements AssignmentResult {
    }

    /** No reviewer was eligible. */
    record NotAssigned(UnassignableCase unassignable, CaseRanking ranking) implements AssignmentResult {
    }
}
