package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.shared.CaseNumber;

/** A case given to a reviewer, with the conflict attestation made at that moment. */
public record Assignment(CaseNumber caseNumber, ReviewerId reviewer, LocalDate assignedOn, LocalDate determinationDue,
        ConflictAttestation attestation) {

    public Assignment {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(assignedOn, "assigned on");
        Objects.requireNonNull(determinationDue, "determination due");
        Objects.requireNonNull(attestation, "attestation");
        if (!attestation.caseNumber().equals(caseNumber)) {
            throw new IllegalArgumentException("the attestation is for case " + attestation.caseNumber() + ", not "
                    + caseNumber);
        }
    }
}
