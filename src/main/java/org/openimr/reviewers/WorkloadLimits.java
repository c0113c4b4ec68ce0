package org.openimr.reviewers;

/**
 * How much a reviewer has agreed to take: at most so many open cases at a time and so many new cases a day.
 */
public record WorkloadLimits(int maxOpenCases, int maxNewCasesPerDay) {

    public WorkloadLimits {
        if (maxOpenCases < 0 || maxNewCasesPerDay < 0) {
            throw new IllegalArgumentException("workload limits must not be negative: " + maxOpenCases + ", "
                    + maxNewCasesPerDay);
        }
    }
}
