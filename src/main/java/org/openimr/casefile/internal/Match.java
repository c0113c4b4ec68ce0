package org.openimr.casefile.internal;

/** A lexicon term found in a text: {@code [start, end)} and the value the lexicon gives it. */
record Match<V>(int start, int end, V value) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    boolean within(int from, int to) {
        return start >= from && end <= to;
    }
}
