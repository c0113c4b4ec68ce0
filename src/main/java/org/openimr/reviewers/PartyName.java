package org.openimr.reviewers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The name of a party to a case (a person or an organization) as written, with a normalised form for matching.
 * Normalising sets aside case, accents, punctuation ("L.L.C." is "LLC", "O'Brien" is "OBrien"), "&amp;" against
 * "and", a leading "The" or "Dr", trailing legal-form and degree suffixes ("Inc.", "LLC", "Corp.", "Company",
 * "M.D.", "Esq." ...) and word order ("Smith, John" matches "John Smith"). It does not guess at nicknames, middle
 * initials or misspellings: those are not matched.
 */
public record PartyName(String asWritten) {

    /** Words dropped from the end of a name: legal forms of businesses and professional degrees. */
    static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp",
            "corporation", "co", "company", "pc", "pllc", "plc", "pa", "md", "do", "dc", "phd", "psyd", "dds",
            "dpm", "np", "rn", "esq");

    /** Words dropped from the start of a name. */
    static final Set<String> PREFIXES = Set.of("the", "dr");

    public PartyName {
        Objects.requireNonNull(asWritten, "party name");
        asWritten = asWritten.strip().replaceAll("\\s+", " ");
        if (asWritten.isEmpty()) {
            throw new IllegalArgumentException("a party name must not be blank");
        }
        if (tokens(asWritten).isEmpty()) {
            throw new IllegalArgumentException("a party name needs at least one letter or digit: " + asWritten);
        }
    }

    public static PartyName of(String asWritten) {
        return new PartyName(asWritten);
    }

    /** The name's words after normalisation, in their written order, e.g. "acme insurance" for "ACME Insurance, Inc.". */
    public String normalised() {
        return String.join(" ", tokens(asWritten));
    }

    /** The key two names must share to match: the normalised words in alphabetical order. */
    public String matchKey() {
        List<String> sorted = new ArrayList<>(tokens(asWritten));
        sorted.sort(null);
        return String.join(" ", sorted);
    }

    public boolean sameAs(PartyName other) {
        return matchKey().equals(other.matchKey());
    }

    static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = s.replaceAll("[.'’`]", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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

    @Override
    public String toString() {
        return asWritten;
    }
}
