package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * Sessions of a therapy as the record counts them: completed ("completed 12 sessions of physical therapy",
 * {@link Assertion#AFFIRMED} or {@link Assertion#HISTORICAL}) or requested ("PT 3x4", {@link Assertion#REQUESTED}).
 *
 * @param count    the number of sessions (a range when the record gives one: "8-10 visits")
 * @param schedule the frequency form ("3x4": 3 a week for 4 weeks), whose product is the count
 * @param since    "since Jan. 2013": when the counted sessions began
 * @param during   "chiropractic x 12 in 2014", "6 visits in Aug 2016": when the counted sessions were given (the span
 *                 does not take the date in)
 */
public record TherapySessions(Modality modality, Optional<SessionCount> count, Optional<Schedule> schedule,
        Optional<StatedDate> since, Optional<StatedDate> during, Assertion assertion, Span span)
        implements ClinicalFact {

    /** A number of sessions, or a range of them. */
    public record SessionCount(int min, int max) {
        public SessionCount {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("not a session count: " + min + "-" + max);
            }
        }

        public static SessionCount exactly(int n) {
            return new SessionCount(n, n);
        }
    }

    /** Times a week for a number of weeks ("3x4", "2 times a week for 3 weeks"). */
    public record Schedule(int timesPerWeek, int weeks) {
        public int sessions() {
            return timesPerWeek * weeks;
        }
    }

    public TherapySessions {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(during, "during");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }

    /** Sessions that took place (as opposed to sessions requested). */
    public boolean completed() {
        return assertion.isPresentOrPast();
    }
}
