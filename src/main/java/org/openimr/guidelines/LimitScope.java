package org.openimr.guidelines;

/** What a {@link Limit} is counted per. In the data files it is written in lower case, e.g. {@code initial_course}. */
public enum LimitScope {
    /** A course of treatment for the condition. */
    COURSE,
    /** The initial trial (initial course) before functional improvement must be shown. */
    INITIAL_COURSE,
    /** The general course of therapy for a surgery in the Postsurgical Treatment Guidelines. */
    GENERAL_COURSE,
    /** The diagnostic phase of an injection series. */
    DIAGNOSTIC_PHASE,
    SESSION,
    DAY,
    WEEK,
    YEAR,
    /** A body region in any 12 months. */
    REGION_PER_YEAR,
    /** The industrial injury as a whole (Labor Code 4604.5 caps). */
    INJURY,
    PROGRAM,
    /** Counted from the date of surgery. */
    SINCE_SURGERY,
    /** One stay in hospital: its length is what is requested, so a request that states none leaves the limit open. */
    STAY,
    /** One request (authorization): how many the guideline lets be certified at once, whatever was given before. */
    REQUEST
}
