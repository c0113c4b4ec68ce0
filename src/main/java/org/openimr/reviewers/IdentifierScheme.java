package org.openimr.reviewers;

/** Kinds of identifiers a party may carry; two parties with the same identifier of the same kind are the same. */
public enum IdentifierScheme {
    /** National Provider Identifier of a provider or facility. */
    NPI("NPI"),
    /** Federal Employer Identification Number of a business. */
    FEIN("FEIN"),
    /** NAIC company code of an insurer. */
    NAIC("NAIC code"),
    /** State bar number of an attorney. */
    STATE_BAR("State Bar number"),
    /** FDA labeler code of a drug or device maker. */
    FDA_LABELER("FDA labeler code"),
    /** The claim number or any other identifier agreed between the organization and a party. */
    OTHER("identifier");

    private final String label;

    IdentifierScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
