package org.openimr.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as notices write them. */
final class Dates {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Dates() {
    }

    /** "November 4, 2016". */
    static String words(LocalDate date) {
        return WORDS.format(date);
    }

    /** "1 day", "3 days". */
    static String days(long n) {
        return n + (Math.abs(n) == 1 ? " day" : " days");
    }
}
