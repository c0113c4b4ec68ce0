package org.openimr.reviewers;

/** The kinds of affiliation conflict screening looks for. */
public enum AffiliationKind {
    FINANCIAL, PROFESSIONAL, FAMILIAL, PRIOR_CARE_OF_EMPLOYEE
}
