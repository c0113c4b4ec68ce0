package org.openimr.casefile;

/** The kinds of document a case file holds. */
public enum DocumentType {
    /** The clinical case summary of a Final Determination Letter. */
    CLINICAL_CASE_SUMMARY,
    PROGRESS_REPORT,
    UTILIZATION_REVIEW,
    REQUEST_FOR_AUTHORIZATION,
    IMAGING_REPORT,
    ELECTRODIAGNOSTIC_REPORT,
    OPERATIVE_REPORT,
    THERAPY_NOTE,
    MEDICAL_LEGAL_REPORT,
    PHARMACY_RECORD,
    OTHER
}
