package org.openimr.casefile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openimr.casefile.internal.PhraseSearch;

/**
 * A caller's own phrases (e.g. the phrases that document "homebound" or "muscle spasm"), found in case documents with
 * the case file's sentence splitting, matching rules (case, white space, whole words) and context rules (negation,
 * history, request). Lets another module read a fact the case file has no type for without a second negation
 * algorithm. Immutable and thread-safe; build once and reuse.
 */
public final class PhraseLexicon<V> {

    private final PhraseSearch<V> search;

    private PhraseLexicon(PhraseSearch<V> search) {
        this.search = search;
    }

    /**
     * A lexicon of phrases and the value each gives; a phrase written in capitals only matches case-sensitively. Of
     * overlapping phrases the leftmost is found, the longest of those starting there.
     */
    public static <V> PhraseLexicon<V> of(Map<String, V> phrases) {
        return new PhraseLexicon<>(PhraseSearch.of(Objects.requireNonNull(phrases, "phrases")));
    }

    /**
     * A lexicon that finds every one of its phrases, overlapping and nested ones included ("complete tear" and "tear of
     * the supraspinatus" in "complete tear of the supraspinatus"), for a caller that decides itself which of
     * overlapping phrases count (the fact phrases: a fact's phrases compete only with its own).
     */
    public static <V> PhraseLexicon<V> everyPhrase(Map<String, V> phrases) {
        return new PhraseLexicon<>(PhraseSearch.everyPhrase(Objects.requireNonNull(phrases, "phrases")));
    }

    /** Every phrase of the lexicon in the document, in text order, each with its reading in its sentence. */
    /**
     * The phrase as clinical shorthand writes it ("HEP" for "home exercise program", "w/o relief" for "without
     * relief"; casefile/shorthand.tsv), for a caller that merges the values of phrases written alike. Every lexicon
     * finds its phrases' short forms itself where no other phrase is written so.
     */
    public static List<String> shortForms(String phrase) {
        return org.openimr.casefile.internal.Shorthand.shortForms(phrase);
    }

    public List<PhraseMention<V>> find(CaseDocument document) {
        return search.find(Objects.requireNonNull(document, "document"));
    }
}
