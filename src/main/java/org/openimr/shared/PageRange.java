package org.openimr.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of guideline pages. Letters abbreviate the last page ("98-9" means 98-99, "112-13" means 112-113);
 * {@link #parse} normalises that.
 */
public record PageRange(int first, int last) {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-|–|to)\\s*(\\d+)|(\\d+)");

    public PageRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("not a page range: " + first + "-" + last);
        }
    }

    public static PageRange single(int page) {
        return new PageRange(page, page);
    }

    /** Parses "98-99", "98-9", "112-13", "68" into ranges; several may be separated by commas, ";" or "and". */
    public static List<PageRange> parseAll(String text) {
        List<PageRange> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                ranges.add(single(Integer.parseInt(m.group(3))));
            } else {
                int first = Integer.parseInt(m.group(1));
                ranges.add(new PageRange(first, expandAbbreviated(first, m.group(2))));
            }
        }
        return List.copyOf(ranges);
    }

    /** "98" and "9" give 99; "112" and "13" give 113; a full last page is kept as it is. */
    static int expandAbbreviated(int first, String lastDigits) {
        int last = Integer.parseInt(lastDigits);
        String firstDigits = Integer.toString(first);
        if (lastDigits.length() < firstDigits.length()) {
            String prefix = firstDigits.substring(0, firstDigits.length() - lastDigits.length());
            last = Integer.parseInt(prefix + lastDigits);
            if (last < first) {
                throw new IllegalArgumentException("not a page range: " + first + "-" + lastDigits);
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
