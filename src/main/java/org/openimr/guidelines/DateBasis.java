package org.openimr.guidelines;

/**
 * Which date of a disputed treatment an edition's effective dates are measured against (imr-process §5.3):
 * the 2016 chronic pain and opioid guidelines apply to treatment requests made on or after 2016-07-29, the
 * ACOEM-based MTUS of 2017-12-01 to services rendered on or after that date, the drug formulary to drugs
 * dispensed on or after 2018-01-01. The caller passes that date to
 * {@link GuidelineCatalogue#editionInForce(Topic, java.time.LocalDate)}; for a prospective request whose service
 * date is not known yet, the request date is the best available stand-in.
 */
public enum DateBasis {
    /** The date of the request for authorization (RFA). */
    REQUEST_DATE,
    /** The date the service is (to be) rendered. */
    SERVICE_DATE,
    /** The date an outpatient drug is dispensed. */
    DISPENSING_DATE
}
