package org.openimr.guidelines;

/** What a {@link Limit} counts or measures. In the data files it is written in lower case, e.g. {@code visits}. */
public enum LimitQuantity {
    VISITS("visits"),
    /** Acupuncture and similar treatments, counted one per session. */
    TREATMENTS("treatments"),
    SESSIONS("sessions"),
    VISITS_PER_WEEK("visits a week"),
    INJECTIONS("injections"),
    /** Spinal levels (or trigger points) treated. */
    LEVELS("levels"),
    TESTS("tests"),
    DAYS("days"),
    WEEKS("weeks"),
    MONTHS("months"),
    HOURS_PER_DAY("hours a day"),
    HOURS_PER_WEEK("hours a week"),
    DAYS_PER_WEEK("days a week"),
    /** Morphine equivalent dose: mg of oral morphine a day, all opioids added together. */
    MG_MED_PER_DAY("mg MED a day"),
    MG_PER_DAY("mg a day"),
    G_PER_DAY("g a day"),
    /** Concentration of an ingredient in a topical product, in percent. */
    PERCENT("%"),
    /** Electrode leads of a stimulation unit. */
    LEADS("leads");

    private final String unit;

    LimitQuantity(String unit) {
        this.unit = unit;
    }

    /** The unit as a rationale writes it after a number: "visits", "mg MED a day". */
    public String unit() {
        return unit;
    }
}
