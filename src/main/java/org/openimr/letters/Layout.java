package org.openimr.letters;

/** The layouts Final Determination Letters have had over the years (reference/imr-process.md §3.2). */
public enum Layout {
    /** A: September 2013, "Notice of Independent Medical Review Determination", numbered outcome summary. */
    NOTICE_2013,
    /** B: about 2014 (the seed letter): prose credentials, three sections, page citations. */
    NARRATIVE_2014,
    /** C: about 2015: "Independent Medical Review" heading, UR Denial Date, DOCUMENTS REVIEWED. */
    DOCUMENTS_2015,
    /** D: 2016-2017: header block of dates and priority, licensure and certification block. */
    HEADER_2016,
    /** E: "MEDICAL PROFESSIONAL REVIEW", era unknown. */
    MEDICAL_PROFESSIONAL_REVIEW
}
