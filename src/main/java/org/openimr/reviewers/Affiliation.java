package org.openimr.reviewers;

/**
 * A tie a reviewer has declared (or credentialing found) with a person or organization. Whether it is material,
 * and so a conflict of interest when that party is in a case, is decided by the {@link RuleBook}: an ownership
 * interest over 1%, a listed family relation, any professional tie, any prior care of the employee.
 */
public sealed interface Affiliation
        permits FinancialAffiliation, ProfessionalAffiliation, FamilialAffiliation, PriorCareOfEmployee {

    /** With whom. */
    Party party();

    /** The kind, as an attestation names it. */
    AffiliationKind kind();

    /** "financial interest 2.5%", "familial (sibling)": the tie in a few words, without the party. */
    String describe();
}
