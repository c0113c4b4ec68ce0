package org.openimr.reviewers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A medical specialty or subspecialty as a board names it and a letter prints it, e.g. "Physical Medicine &amp;
 * Rehabilitation", "Pain Management". Two specialties are the same when their names agree after case, "&amp;"/"and"
 * and punctuation are set aside ("Physical Medicine and Rehabilitation" is the same specialty).
 */
public final class Specialty implements Comparable<Specialty> {

    private final String name;
    private final String key;

    private Specialty(String name) {
        this.name = name;
        this.key = keyOf(name);
    }

    public static Specialty of(String name) {
        Objects.requireNonNull(name, "specialty");
        String stripped = name.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a specialty must not be blank");
        }
        return new Specialty(stripped);
    }

    /** The name as it was given, e.g. "Physical Medicine &amp; Rehabilitation". */
    public String name() {
        return name;
    }

    /** The matching key: lower case, "&amp;" read as "and", punctuation dropped, single spaces. */
    public String key() {
        return key;
    }

    static String keyOf(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = s.replaceAll("[^a-z0-9 ]", " ");
        return s.strip().replaceAll("\\s+", " ");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Specialty that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(Specialty other) {
        return key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return name;
    }
}
