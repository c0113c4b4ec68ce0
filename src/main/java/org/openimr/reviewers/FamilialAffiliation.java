package org.openimr.reviewers;

import java.util.Objects;

/** A relative of the reviewer: material when the relation is one the rule book lists. */
public record FamilialAffiliation(Party party, FamilyRelation relation) implements Affiliation {

    public FamilialAffiliation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(relation, "relation");
    }

    @Override
    public AffiliationKind kind() {
        return AffiliationKind.FAMILIAL;
    }

    @Override
    public String describe() {
        return "familial affiliation (" + relation.phrase() + ")";
    }
}
