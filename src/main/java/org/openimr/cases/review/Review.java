package org.openimr.cases.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.FactCorrection;
import org.openimr.determination.ReviewerDecision;
import org.openimr.shared.GuidelineCitation;

/**
 * The review of a case as stored: its version (the optimistic lock of every change), the decision of each item
 * decided so far, the fact corrections in the order they were made, the clinical case summary and, once signed, the
 * signature.
 */
public record Review(int version, Map<Integer, DecidedItem> decisions, List<RecordedCorrection> corrections,
        Optional<String> summary, Optional<Signature> signature) {

    public Review {
        decisions = Map.copyOf(decisions);
        corrections = List.copyOf(corrections);
    }

    public static Review empty() {
        return new Review(0, Map.of(), List.of(), Optional.empty(), Optional.empty());
    }

    public boolean isSigned() {
        return signature.isPresent();
    }

    /** An item's decision, with the claims administrator's guideline line as the UR decision states it. */
    public record DecidedItem(ReviewerDecision decision, GuidelineCitation claimsAdministratorCitation,
            String decidedBy, OffsetDateTime decidedAt) {
    }

    /** A correction with who made it and when. */
    public record RecordedCorrection(FactCorrection correction, String correctedBy, OffsetDateTime correctedAt) {
    }

    /** Who signed, the signing date (the letter's decision date), and when. */
    public record Signature(String signedBy, LocalDate signedOn, OffsetDateTime signedAt) {
    }
}
