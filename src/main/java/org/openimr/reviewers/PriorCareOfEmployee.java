package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reviewer treated or examined this person before. When that person is the employee of a case, the reviewer may
 * not review it (8 CCR 9768.2 as the analog).
 */
public record PriorCareOfEmployee(Party party, LocalDate lastSeen, Kind care) implements Affiliation {

    /** Treatment, or an examination only (e.g. a QME or AME evaluation). */
    public enum Kind {
        TREATED, EXAMINED
    }

    public PriorCareOfEmployee {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(lastSeen, "last seen");
        Objects.requireNonNull(care, "care");
    }

    @Override
    public AffiliationKind kind() {
        return AffiliationKind.PRIOR_CARE_OF_EMPLOYEE;
    }

    @Override
    public String describe() {
        return (care == Kind.TREATED ? "treated" : "examined") + " this person before (last " + lastSeen + ")";
    }
}
