package org.openimr.casefile;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phrases of a data file as one regular-expression alternation: each quoted, a space in a phrase matching any white
 * space, longest first so that the longest phrase wins where phrases overlap ("for tapering" before "taper").
 */
public final class PhraseAlternation {

    private PhraseAlternation() {
    }

    /** The alternation of the phrases (without a group around it), longest first, then in alphabetical order. */
    public static String longestFirst(Collection<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
