package org.openimr.reviewers;

import java.util.Objects;

/**
 * A reviewer's name. LC 4610.6(f) keeps reviewers' names confidential in every communication outside the
 * independent review organization, so this type makes a leak take a deliberate step: {@link #toString()} never
 * prints the name, there is no getter a serializer would pick up, and the only way to the text is
 * {@link #disclosedWithinTheOrganization()}, a name that shows up in code review wherever it is called.
 */
public final class ReviewerName {

    private static final String WITHHELD = "[reviewer name withheld]";

    private final String name;
    private final PartyName asPartyName;

    private ReviewerName(String name) {
        this.name = name;
        this.asPartyName = PartyName.of(name);
    }

    public static ReviewerName of(String name) {
        Objects.requireNonNull(name, "reviewer name");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a reviewer name must not be blank");
        }
        return new ReviewerName(stripped);
    }

    /** The name, for use inside the organization only (contracts, payment, the panel roster). */
    public String disclosedWithinTheOrganization() {
        return name;
    }

    /** The name as a case party would be named, for screening the reviewer against the parties of a case. */
    Party asParty(java.util.Set<PartyIdentifier> identifiers) {
        return new Party(asPartyName, identifiers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewerName that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Never the name. */
    @Override
    public String toString() {
        return WITHHELD;
    }
}
