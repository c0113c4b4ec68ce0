package org.openimr.casefile.internal;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts written in digits or in words: "12", "twelve", "twelve (12)", "thirty-four", "a dozen". */
final class Numbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final String UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A count in digits or words, optionally followed by the digits in parentheses. No capturing groups. */
    static final String COUNT = "(?<![\\p{L}\\d.,/])(?:\\d{1,3}(?![\\d/])|(?:(?:" + TEN_WORDS + ")(?:[\\s-](?:one|two|three|four|five|six|seven|"
            + "eight|nine))?|" + UNIT_WORDS + "|a\\s+dozen)(?![\\p{L}]))(?:\\s*\\(\\d{1,3}\\))?";

    private static final Pattern PARENTHESISED = Pattern.compile("\\((\\d{1,3})\\)");

    private Numbers() {
    }

    /** A count matched by {@link #COUNT}, or an article standing for one: "a", "an", "another" (one more). */
    static OptionalInt parseOrArticle(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("a") || t.equals("an") || t.equals("another") ? OptionalInt.of(1) : parse(t);
    }

    /** The value of a count matched by {@link #COUNT}. */
    static OptionalInt parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher p = PARENTHESISED.matcher(t);
        if (p.find()) {
            return OptionalInt.of(Integer.parseInt(p.group(1)));
        }
        if (t.matches("\\d+")) {
            return OptionalInt.of(Integer.parseInt(t));
        }
        if (t.matches("a\\s+dozen")) {
            return OptionalInt.of(12);
        }
        String[] words = t.split("[\\s-]+");
        int value = 0;
        for (String w : words) {
            if (UNITS.containsKey(w)) {
                value += UNITS.get(w);
            } else if (TENS.containsKey(w)) {
                value += TENS.get(w);
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(value);
    }
}
