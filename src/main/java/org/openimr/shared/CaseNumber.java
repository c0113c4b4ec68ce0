package org.openimr.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** An IMR case number in the CMyy-nnnnnnn form (two-digit year, seven digits), e.g. CM16-0230651. */
public record CaseNumber(String value) implements Comparable<CaseNumber> {

    private static final Pattern FORM = Pattern.compile("CM\\d{2}-\\d{7}");

    public CaseNumber {
        Objects.requireNonNull(value, "case number");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case number in the CMyy-nnnnnnn form: " + value);
        }
    }

    public static CaseNumber of(String value) {
        return new CaseNumber(value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The two-digit year of the case number as a four-digit year (CM16 → 2016). */
    public int year() {
        return 2000 + Integer.parseInt(value.substring(2, 4));
    }

    @Override
    public int compareTo(CaseNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
