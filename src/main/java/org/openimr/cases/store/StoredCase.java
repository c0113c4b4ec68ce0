package org.openimr.cases.store;

import org.openimr.cases.ImrCase;

/** A case as stored, with the version a change must name (optimistic locking). */
public record StoredCase(ImrCase imrCase, int version, String reviewer) {
}
