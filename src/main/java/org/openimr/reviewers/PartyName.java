package org.openimr.reviewers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a party to a case (a person or an organization) as written, with a normalised form for matching.
 * Normalising sets aside case, accents, punctuation ("L.L.C." is "LLC", "O'Brien" is "OBrien"), "&amp;" against
 * "and", a leading "The" or "Dr", trailing legal-form and degree suffixes ("Inc.", "LLC", "Corp.", "Company",
 * "M.D.", "Esq." ...) and word order ("Smith, John" matches "John Smith"). It does not guess at nicknames, middle
 * initials or misspellings: those are not matched. The normalised forms are worked out once, when the name is made.
 */
public final class PartyName {

    /** Words dropped from the end of a name: legal forms of businesses and professional degrees. */
    static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp",
            "corporation", "co", "company", "pc", "pllc", "plc", "pa", "md", "do", "dc", "phd", "psyd", "dds",
            "dpm", "np", "rn", "esq");

    /** Words dropped from the start of a name. */
    static final Set<String> PREFIXES = Set.of("the", "dr");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private final String asWritten;
    private final String normalised;
    private final String matchKey;

    private PartyName(String asWritten) {
        Objects.requireNonNull(asWritten, "party name");
        this.asWritten = WHITE.matcher(asWritten.strip()).replaceAll(" ");
        if (this.asWritten.isEmpty()) {
            throw new IllegalArgumentException("a party name must not be blank");
        }
        List<String> tokens = tokens(this.asWritten);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a party name needs at least one letter or digit: " + asWritten);
        }
        this.normalised = String.join(" ", tokens);
        List<String> sorted = new ArrayList<>(tokens);
        sorted.sort(null);
        this.matchKey = String.join(" ", sorted);
    }

    public static PartyName of(String asWritten) {
        return new PartyName(asWritten);
    }

    /** The name as written (white space collapsed), e.g. "ACME Insurance, Inc.". */
    public String asWritten() {
        return asWritten;
    }

    /** The name's words after normalisation, in their written order, e.g. "acme insurance" for "ACME Insurance, Inc.". */
    public String normalised() {
        return normalised;
    }

    /** The key two names must share to match: the normalised words in alphabetical order. */
    public String matchKey() {
        return matchKey;
    }

    public boolean sameAs(PartyName other) {
        return matchKey.equals(other.matchKey);
    }

    static List<String> tokens(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return List.copyOf(words);
    }

    /** Equal when written alike; whether two names denote the same party is {@link #sameAs}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PartyName that && asWritten.equals(that.asWritten);
    }

    @Override
    public int hashCode() {
        return asWritten.hashCode();
    }

    @Override
    public String toString() {
        return asWritten;
    }
}
