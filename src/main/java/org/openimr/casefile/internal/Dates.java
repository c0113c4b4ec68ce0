package org.openimr.casefile.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.StatedDate;

/**
 * Dates as records write them: 11/21/13, 11-21-2013, 2013-11-21, "10/14/" + line break + "2016", "January 2016",
 * "Jan. 2013", "October 14, 2016", 01/2016, and a bare year after "since", "in", "from" ("since 2015").
 * Two-digit years below 50 are 20xx, the others 19xx.
 */
public final class Dates {

    /** A date found in a text. */
    record Mention(int start, int end, StatedDate date) {
    }

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final String MONTHS = monthAlternation();

    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/-])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(?:\\s*((?:19|20)\\d{2})|(\\d{2}))(?![\\d/]|-\\d)");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?<![\\p{L}])(" + MONTHS + ")\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+|of\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern YEAR_IN_CONTEXT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:since|in|from|during|until|through|circa)\\s+(?:at\\s+least\\s+|early\\s+|late\\s+|mid-?)?"
                    + "((?:19|20)\\d{2})(?![\\d/-])");

    private Dates() {
    }

    static List<Mention> find(CharSequence text) {
        List<Mention> all = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            day(m.group(1), m.group(2), m.group(3)).ifPresent(d -> all.add(new Mention(m.start(), m.end(), d)));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            String year = n.group(4) != null ? n.group(4) : twoDigitYear(n.group(5));
            day(year, n.group(1), n.group(3)).ifPresent(d -> all.add(new Mention(n.start(), n.end(), d)));
        }
        Matcher w = MONTH_NAME.matcher(text);
        while (w.find()) {
            int month = month(w.group(1));
            int year = Integer.parseInt(w.group(3));
            Optional<StatedDate> date = w.group(2) != null
                    ? day(w.group(3), Integer.toString(month), w.group(2))
                    : Optional.of(StatedDate.month(year, month));
            date.ifPresent(d -> all.add(new Mention(w.start(), w.end(), d)));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            int month = Integer.parseInt(my.group(1));
            if (month >= 1 && month <= 12) {
                all.add(new Mention(my.start(), my.end(), StatedDate.month(Integer.parseInt(my.group(2)), month)));
            }
        }
        Matcher y = YEAR_IN_CONTEXT.matcher(text);
        while (y.find()) {
            all.add(new Mention(y.start(1), y.end(1), StatedDate.year(Integer.parseInt(y.group(1)))));
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(x -> -(x.end() - x.start())));
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention x : all) {
            if (x.start() >= lastEnd) {
                kept.add(x);
                lastEnd = x.end();
            }
        }
        return kept;
    }

    /** The single date a short text is, if it is exactly one. */
    public static Optional<StatedDate> parse(String text) {
        List<Mention> found = find(text.strip());
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.strip().length()
                ? Optional.of(found.get(0).date())
                : Optional.empty();
    }

    private static Optional<StatedDate> day(String year, String month, String day) {
        try {
            return Optional.of(StatedDate.day(
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String twoDigitYear(String yy) {
        int y = Integer.parseInt(yy);
        return Integer.toString(y < 50 ? 2000 + y : 1900 + y);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Full and three-letter names (and "Sept"), capitalised or in capitals; "may" in lower case is a verb. */
    private static String monthAlternation() {
        List<String> forms = new ArrayList<>();
        for (String name : MONTH_NAMES) {
            forms.add(name);
            forms.add(name.toUpperCase(Locale.ROOT));
        }
        for (String name : MONTH_NAMES) {
            String abbreviation = name.substring(0, 3);
            if (!abbreviation.equals(name)) {
                forms.add(abbreviation);
                forms.add(abbreviation.toUpperCase(Locale.ROOT));
            }
        }
        forms.add("Sept");
        forms.add("SEPT");
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", forms);
    }
}
