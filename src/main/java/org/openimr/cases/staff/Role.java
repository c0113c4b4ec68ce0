package org.openimr.cases.staff;

/** What a member of staff may do with case data. */
public enum Role {
    /** Files applications, records events, reads every case. */
    INTAKE,
    /** Reads only the cases assigned to them (the reviewer reference of the assignment is their username). */
    REVIEWER,
    /** Reads and changes every case; assigns reviewers. */
    MEDICAL_DIRECTOR,
    /** Everything, and the audit log. */
    ADMIN
}
