package org.openimr.reviewers;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person or organization as far as conflict screening knows it: a name and, where known, identifiers (NPI, FEIN,
 * NAIC code, bar number).
 */
public record Party(PartyName name, Set<PartyIdentifier> identifiers) {

    public Party {
        Objects.requireNonNull(name, "name");
        identifiers = Set.copyOf(identifiers);
    }

    public static Party named(String name, PartyIdentifier... identifiers) {
        return new Party(PartyName.of(name), Set.copyOf(Arrays.asList(identifiers)));
    }

    /**
     * Whether this and the other are the same party, and why: a shared identifier, or the same name after
     * normalisation. Screening errs towards a match: a shared name is enough even when the identifiers differ,
     * because a business may use several identifiers and a wrong exclusion costs less than a missed conflict.
     */
    public Optional<String> sameAs(Party other) {
        for (PartyIdentifier id : identifiers) {
            if (other.identifiers.contains(id)) {
                return Optional.of("same " + id);
            }
        }
        if (name.sameAs(other.name)) {
            return Optional.of("same name");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name.asWritten();
    }
}
