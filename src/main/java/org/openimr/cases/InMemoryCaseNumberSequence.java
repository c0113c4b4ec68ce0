package org.openimr.cases;

import java.util.HashMap;
import java.util.Map;

import org.openimr.shared.CaseNumber;

/** Case numbers counted in memory, from CMyy-0000001 (or a given start) each year; for tests and demonstrations. */
public final class InMemoryCaseNumberSequence implements CaseNumberSequence {

    private static final int LAST = 9_999_999;

    private final Map<Integer, Integer> lastByYear = new HashMap<>();

    /** Starts every year at 1. */
    public InMemoryCaseNumberSequence() {
    }

    /** Continues {@code year} after {@code lastIssued}. */
    public InMemoryCaseNumberSequence continuing(int year, int lastIssued) {
        if (lastIssued < 0 || lastIssued > LAST) {
            throw new IllegalArgumentException("not a case sequence number: " + lastIssued);
        }
        synchronized (lastByYear) {
            lastByYear.put(year, lastIssued);
        }
        return this;
    }

    @Override
    public CaseNumber next(int year) {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("case numbers carry a year from 2000 to 2099, not " + year);
        }
        int next;
        synchronized (lastByYear) {
            next = lastByYear.getOrDefault(year, 0) + 1;
            if (next > LAST) {
                throw new IllegalStateException("the case numbers of " + year + " are used up (CM"
                        + String.format("%02d", year % 100) + "-9999999 was the last)");
            }
            lastByYear.put(year, next);
        }
        return new CaseNumber(String.format("CM%02d-%07d", year % 100, next));
    }
}
