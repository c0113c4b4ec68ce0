package org.openimr.cases;

/** Whether a delivery of medical records completes what the NOARFI asked for. */
public enum RecordsCompleteness {
    COMPLETE,
    PARTIAL
}
