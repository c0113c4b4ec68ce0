package org.openimr.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a record's sentence around a span: the words from the last cut before the span to the first cut after
 * it, within bounds the caller gives (its sentence, or a window before a finding). Each constant is one set of cuts,
 * named by what the cuts mean in a record; a cut that overlaps the span itself cuts nothing.
 */
public enum Clauses {

    /** Statements of one sentence set apart by semicolons ("the knee is swollen; an ESI was advised"). */
    SEMICOLON(";"),
    /** Items of a list: semicolons and commas ("absent R ankle reflex, normal L5 strength"). */
    LIST("[;,]"),
    /**
     * Statements about different things: a semicolon, ", and" opening another statement (not ", and it"), or a word of
     * contrast ("but", "however", "while", "whereas", "although", "though").
     */
    CONTRAST("(?i);|,\\s+and\\b(?!\\s+it\\b)|\\b(?:but|however|while|whereas|although|though)\\b"),
    /** Parts of a sentence up to any of its stops: period, semicolon, comma or colon ("Sensation: possibly decreased"). */
    SENTENCE_PARTS("[.;,:]"),
    /** Items of a list and statements joined to it: semicolons, commas, "and", "but", "while" (a screen's results). */
    JOINED_ITEMS("(?i)[;,]|(?<![\\p{L}])(?:but|and|while)(?![\\p{L}])"),
    /**
     * Statements joined by a conjunction, whoever their subject: semicolons, "and", "but", "however", "while",
     * "whereas", "although", "though" ("she attended PT x 6 and her numbness has not progressed" is two statements).
     * Not a comma, which sets off a phrase of the same statement ("despite PT, she has not progressed").
     */
    CONJUNCTIONS("(?i);|(?<![\\p{L}])(?:and|but|however|while|whereas|although|though)(?![\\p{L}])");

    private final Pattern cuts;

    Clauses(String cuts) {
        this.cuts = Pattern.compile(cuts);
    }

    /** A clause: the characters {@code [start, end)} of the text. */
    public record Clause(int start, int end) {

        public String of(CharSequence text) {
            return text.subSequence(start, end).toString();
        }
    }

    /**
     * The clause around {@code spanStart}..{@code spanEnd} within {@code from}..{@code to}: after the last cut that ends
     * by the span's start, up to the first cut that starts at or after the span's end.
     */
    public Clause around(CharSequence text, int from, int to, int spanStart, int spanEnd) {
        int start = start(text, from, Math.max(from, Math.min(spanStart, to)));
        int end = end(text, Math.min(to, Math.max(spanEnd, start)), to);
        return new Clause(start, Math.max(start, end));
    }

    /** Where the clause holding position {@code at} starts: after the last cut in {@code from}..{@code at}. */
    public int start(CharSequence text, int from, int at) {
        Matcher m = cuts.matcher(text).region(from, at);
        int start = from;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** Where the clause holding position {@code at} ends: at the first cut in {@code at}..{@code to}, else {@code to}. */
    public int end(CharSequence text, int at, int to) {
        Matcher m = cuts.matcher(text).region(at, to);
        return m.find() ? m.start() : to;
    }
}
