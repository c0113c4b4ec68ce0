package org.openimr.library.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How pages write dates, numbers and letter text. */
public final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Text() {
    }

    /** "January 6, 2017"; "not stated" for a date the letter does not carry. */
    public static String date(LocalDate date) {
        return date == null ? "not stated" : DATE.format(date);
    }

    /** "2013–2017", or "2017" when both dates fall in one year. */
    public static String years(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return "\u2013";
        }
        return first.getYear() == last.getYear() ? Integer.toString(first.getYear())
                : first.getYear() + "\u2013" + last.getYear();
    }

    /** 12345 → "12,345". */
    public static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** 11.2 → "11.2%". */
    public static String percent(double p) {
        return String.format(Locale.US, "%.1f%%", p);
    }

    /**
     * A letter's text as paragraphs: blank lines separate paragraphs; the line breaks of the page layout inside a
     * paragraph become spaces.
     */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty()).toList();
    }
}
