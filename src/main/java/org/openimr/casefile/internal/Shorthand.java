package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinical shorthand records are written in. Every lexicon phrase is also found in its short forms
 * (casefile/shorthand.tsv: "home exercise program" as "HEP", "without relief" as "w/o relief", "status post" as
 * "s/p"), so a table or a fact's phrase list is written once, in full words. For the Java patterns that read a word
 * themselves, regular-expression pieces: "w/o" and "w/out" for "without", "w/" for "with", "tx" for "treatment", "didn't" for "did not".
 */
public final class Shorthand {

    /** "without", "w/o", "w/out". */
    static final String WITHOUT = "(?:without|w/o|w/out)";
    /** "treatment", "treatments", "tx". */
    static final String TREATMENT = "(?:treatments?|tx)";
    /** A verb's "not" written on it, as casefile/shorthand.tsv's contractions are ("didn't", "wasn’t"). */
    static final String NOT_WRITTEN_ON = "n['’]t";
    /** "not", or a verb with its "not" written on ("wasn't helpful", "hasn't tried"). */
    static final String NOT = "(?:not|\\p{L}+" + NOT_WRITTEN_ON + ")";

    /** The verb (a regular-expression piece) and its "not", apart or written on: "did not", "didn't". */
    static String notAfter(String verb) {
        return verb + "(?:\\s+not|" + NOT_WRITTEN_ON + ")";
    }

    /** "with" followed by white space, or "w/" followed by optional white space. */
    static final String WITH_SPACE = "(?:with\\s+|w/(?![o/])\\s*)";

    private record ShortForm(Pattern words, String shortForm) {
    }

    private static final List<ShortForm> SHORT_FORMS = Tsv.read("casefile/shorthand.tsv").stream()
            .map(r -> new ShortForm(Pattern.compile("(?i)(?<![\\p{L}\\p{N}/])" + Pattern.quote(r[0].strip())
                    + "(?![\\p{L}\\p{N}/])"), r[1].strip()))
            .toList();

    private Shorthand() {
    }

    /**
     * The terms and, for each, the term with one of its words written short (or all of them), where no other term
     * is written so already; a short form takes its term's value.
     */
    static <V> Map<String, V> withShortForms(Map<String, V> terms) {
        Map<String, V> all = new LinkedHashMap<>(terms);
        Set<String> keys = new HashSet<>();
        terms.keySet().forEach(t -> keys.add(PhraseMatcher.key(t)));
        for (Map.Entry<String, V> e : terms.entrySet()) {
            for (String variant : shortForms(e.getKey())) {
                add(all, keys, variant, e.getValue());
            }
        }
        return all;
    }

    /** The phrase with one of its words written short, for each such word, then with all of them (none if none). */
    public static List<String> shortForms(String phrase) {
        List<String> forms = new ArrayList<>();
        String every = phrase;
        for (ShortForm f : SHORT_FORMS) {
            Matcher m = f.words().matcher(phrase);
            if (m.find()) {
                forms.add(m.replaceAll(Matcher.quoteReplacement(f.shortForm())));
                every = f.words().matcher(every).replaceAll(Matcher.quoteReplacement(f.shortForm()));
            }
        }
        if (!every.equals(phrase) && !forms.contains(every)) {
            forms.add(every);
        }
        return forms;
    }

    private static <V> void add(Map<String, V> all, Set<String> keys, String variant, V value) {
        if (keys.add(PhraseMatcher.key(variant))) {
            all.put(variant, value);
        }
    }
}
