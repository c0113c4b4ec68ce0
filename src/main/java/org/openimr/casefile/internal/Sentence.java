package org.openimr.casefile.internal;

/** A sentence of a document: {@code [start, end)} of its text, and the section it stands in. */
record Sentence(int index, int start, int end, SectionKind section) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
