package org.openimr.library;

/** Test access to the search's rounding of estimates. */
final class DecisionSearchAccess {

    private DecisionSearchAccess() {
    }

    static long estimate(long n) {
        return DecisionSearch.estimateForTest(n);
    }
}
