package org.openimr.reviewers;

import java.util.Objects;

/** A party in its role in one case, e.g. the claims administrator 'Acme Insurance'. */
public record CaseParty(PartyRole role, Party party) {

    public CaseParty {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
    }

    /** "the claims administrator 'Acme Insurance'". */
    public String describe() {
        return role.phrase() + " '" + party.name().asWritten() + "'";
    }
}
