package org.openimr.cases;

/** What the 30 days to file an application count from. */
public enum FilingBasis {
    /**
     * Service of the UR decision: the current rule (LC 4610.5(h)(1); 8 CCR 9792.10.1(b)), plus 5 days when it was
     * served by mail (CCP 1013(a)).
     */
    SERVICE,
    /**
     * Receipt of the UR decision by the employee: the wording of 2013 ("within 30 days of receipt"). When the
     * application does not say when it was received, receipt is presumed on the day of service, or 5 days after it
     * for service by mail.
     */
    RECEIPT
}
