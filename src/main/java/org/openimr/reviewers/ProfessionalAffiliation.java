package org.openimr.reviewers;

import java.util.Objects;

/**
 * A professional tie with a party: employment, partnership or shared practice, staff privileges at a facility,
 * consulting or advisory work, representation. Always material.
 *
 * @param relationship in a few words, e.g. "staff privileges", "partner in practice", "medical advisor"
 */
public record ProfessionalAffiliation(Party party, String relationship) implements Affiliation {

    public ProfessionalAffiliation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(relationship, "relationship");
        if (relationship.isBlank()) {
            throw new IllegalArgumentException("say what the professional tie is, e.g. 'staff privileges'");
        }
    }

    @Override
    public AffiliationKind kind() {
        return AffiliationKind.PROFESSIONAL;
    }

    @Override
    public String describe() {
        return "professional affiliation (" + relationship + ")";
    }
}
