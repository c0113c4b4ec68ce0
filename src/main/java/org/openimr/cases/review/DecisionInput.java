package org.openimr.cases.review;

/**
 * A decision as the reviewer's form gives it.
 *
 * @param outcome          "UPHELD" or "OVERTURNED"
 * @param citation         the id of a recommendation of the guideline data, or "OTHER" for a source outside the MTUS
 *                         named in {@code otherSource}
 * @param caCitation       the claims administrator's guideline as the UR decision states it: a recommendation id,
 *                         "OTHER" (named in {@code caOtherSource}) or "NONE" (it cited no medical evidence)
 */
public record DecisionInput(String outcome, String citation, String otherSource, String whyNotMtus, String rationale,
        String reasonForChange, String caCitation, String caOtherSource) {

    static final String OTHER = "OTHER";
    static final String NONE = "NONE";
}
