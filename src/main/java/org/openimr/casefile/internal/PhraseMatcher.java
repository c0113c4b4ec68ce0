package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds lexicon terms in a text: whole words, any run of white space (line breaks included) between the words of a
 * term, an apostrophe optional ("Spurling's" = "Spurlings" = "Spurling’s"), longest term first, no overlaps. A term
 * written in capitals only ("PT", "MRI") is matched case-sensitively; every other term ignores case.
 */
final class PhraseMatcher<V> {

    private final Pattern caseInsensitive;
    private final Pattern caseSensitive;
    private final Map<String, V> values;

    private PhraseMatcher(Map<String, V> terms) {
        this.values = new HashMap<>();
        List<String> insensitive = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        for (Map.Entry<String, V> e : terms.entrySet()) {
            String term = e.getKey().strip();
            V previous = values.put(key(term), e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalStateException("term with two meanings: " + term);
            }
            (isCapitals(term) ? sensitive : insensitive).add(term);
        }
        this.caseInsensitive = compile(insensitive, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.caseSensitive = compile(sensitive, 0);
    }

    static <V> PhraseMatcher<V> of(Map<String, V> terms) {
        return new PhraseMatcher<>(new LinkedHashMap<>(terms));
    }

    List<Match<V>> find(CharSequence text) {
        List<Match<V>> all = new ArrayList<>();
        collect(caseInsensitive, text, all);
        collect(caseSensitive, text, all);
        all.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match<V>> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Match<V> m : all) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    private void collect(Pattern pattern, CharSequence text, List<Match<V>> into) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            V value = values.get(key(m.group()));
            if (value != null) {
                into.add(new Match<>(m.start(), m.end(), value));
            }
        }
    }

    private static Pattern compile(List<String> terms, int flags) {
        if (terms.isEmpty()) {
            return null;
        }
        String alternation = terms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(PhraseMatcher::termPattern)
                .collect(Collectors.joining("|"));
        return Pattern.compile(alternation, flags);
    }

    /** The pattern of one term; a term that begins (ends) with a letter or digit must begin (end) a word. */
    private static String termPattern(String term) {
        StringBuilder p = new StringBuilder();
        if (Character.isLetterOrDigit(term.charAt(0))) {
            p.append("(?<![\\p{L}\\p{N}])");
        }
        String[] words = term.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                p.append("\\s+");
            }
            String[] parts = words[i].split("'", -1);
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    p.append("['’]?");
                }
                if (!parts[j].isEmpty()) {
                    p.append(Pattern.quote(parts[j]));
                }
            }
        }
        if (Character.isLetterOrDigit(term.charAt(term.length() - 1))) {
            p.append("(?![\\p{L}\\p{N}])");
        }
        return p.toString();
    }

    /** The lookup key of a term or of matched text: lower case, single spaces, no apostrophes. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isCapitals(String term) {
        boolean letters = false;
        for (char c : term.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
