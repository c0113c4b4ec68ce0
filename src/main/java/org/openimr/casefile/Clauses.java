package org.openimr.casefile;

import java.util.ArrayList;
import java.util.List;
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
    CONTRAST("(?i);|,\\s+and\\b(?!\\s+it\\b)|" + Words.CONTRAST),
    /** Parts of a sentence up to any of its stops: period, semicolon, comma or colon ("Sensation: possibly decreased"). */
    SENTENCE_PARTS("[.;,:]"),
    /** Items of a list and statements joined to it: semicolons, commas, "and", "but", "while" (a screen's results). */
    JOINED_ITEMS("(?i)[;,]|(?<![\\p{L}])(?:but|and|while)(?![\\p{L}])"),
    /**
     * Statements joined by a conjunction, whoever their subject: semicolons, "and", "but", "however", "while",
     * "whereas", "although", "though" ("she attended PT x 6 and her numbness has not progressed" is two statements).
     * Not a comma, which sets off a phrase of the same statement ("despite PT, she has not progressed").
     */
    CONJUNCTIONS("(?i);|(?<![\\p{L}])(?:and|but|however|while|whereas|although|though)(?![\\p{L}])"),
    /**
     * Statements set against each other: a semicolon or a word of contrast ("the knee is swollen; gait normal", "right
     * elbow pain, but the elbow examination is normal"). Not a colon, which opens what a heading says; not ", and" nor
     * "however", which leave one statement about each part of a list ("right wrist, right elbow, and right knee
     * examinations are normal") or around an aside ("the right elbow, however, is normal"), where CONTRAST cuts.
     */
    SEMICOLON_OR_CONTRAST("(?i);|\\b(?:but|while|whereas|although|though)\\b"),
    /** Items of a list or statements set against each other ("no stenosis, but a protrusion at L5"). */
    LIST_OR_CONTRAST("(?i)[,;]|" + Words.CONTRAST),
    /** Parts of a sentence up to an aside: commas, semicolons, colons and an opening parenthesis ("(EMG: ..."). */
    PARTS_BEFORE_AN_ASIDE("[,;:(]"),
    /** Parts of a sentence and asides: commas, semicolons, colons and parentheses ("Norco (since 2014) 10 mg"). */
    PARTS_AND_ASIDES("[,;:()]"),
    /**
     * Items of a list, and the sentences of a text whatever its line breaks: commas, semicolons and a period that ends
     * a sentence (followed by a space or the end, so not the one in "4.5").
     */
    LIST_AND_PERIODS("[,;]|\\.(?!\\P{javaWhitespace})");

    /** Words that cut in more than one set. */
    private static final class Words {
        /** Words of contrast: what follows is set against what went before ("but", "whereas"). */
        static final String CONTRAST = "\\b(?:but|however|while|whereas|although|though)\\b";
    }

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

    /**
     * Words that make the patient a statement's subject, from the caller's data: {@code named} names the patient ("she",
     * "the patient", "the IW"); {@code verbFirst} opens a statement with its verb, the patient left unsaid ("did PT x
     * 8", "attended six visits").
     */
    public record PatientSubject(Pattern named, Pattern verbFirst) {

        /** Whether the statement {@code from}..{@code to} opens with the patient as its subject. */
        boolean opens(CharSequence text, int from, int to) {
            int at = from;
            while (at < to && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return lookingAt(named, text, at, to) || lookingAt(verbFirst, text, at, to);
        }

        /**
         * Whether {@code from}..{@code to} is a conjunction that goes on with the same subject: "and" or "but" (or
         * "however") followed only by auxiliaries, or by the patient named again ("however she has"), up to the
         * predicate.
         */
        boolean goesOn(CharSequence text, int from, int to) {
            return Pattern.compile("(?i)(?:and|but|however),?\\s+(?:" + named.pattern() + "\\s+)?" + AUXILIARIES)
                    .matcher(text).region(from, to).useTransparentBounds(true).matches();
        }

        private static boolean lookingAt(Pattern p, CharSequence text, int from, int to) {
            return p.matcher(text).region(from, to).useTransparentBounds(true).lookingAt();
        }
    }

    /**
     * The clause around a predicate ("has not progressed", "failed to progress"): as {@link #around}, except that a
     * conjunction going on with the patient as subject cuts nothing when the statement before it opens with the
     * patient as subject too: "she did PT but has not progressed", "she did PT, however she has plateaued" are one
     * statement about the patient and the program. One with another subject, before ("her numbness did not change
     * with PT and has not progressed") or after ("and her numbness has not progressed"), is still cut.
     */
    public Clause aroundAPredicate(CharSequence text, int from, int to, int spanStart, int spanEnd,
            PatientSubject patient) {
        int at = Math.max(from, Math.min(spanStart, to));
        Matcher m = matcher(text, from, at);
        int start = from;
        while (m.find()) {
            if (!(patient.opens(text, start, m.start()) && patient.goesOn(text, m.start(), at))) {
                start = m.end();
            }
        }
        int end = end(text, Math.min(to, Math.max(spanEnd, start)), to);
        return new Clause(start, Math.max(start, end));
    }

    /** The auxiliaries of a predicate whose subject is the one before ("but has", "and is still"). */
    private static final String AUXILIARIES = "(?:(?:has|have|had|is|are|was|were|been|still|yet|also|then)\\s+)*";

    /** Where the clause holding position {@code at} starts: after the last cut in {@code from}..{@code at}. */
    public int start(CharSequence text, int from, int at) {
        Matcher m = matcher(text, from, at);
        int start = from;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** Where the clause holding position {@code at} ends: at the first cut in {@code at}..{@code to}, else {@code to}. */
    public int end(CharSequence text, int at, int to) {
        Matcher m = matcher(text, at, to);
        return m.find() ? m.start() : to;
    }

    /** Whether a cut stands in {@code from}..{@code to}: the words there are not of one clause. */
    public boolean cutIn(CharSequence text, int from, int to) {
        return matcher(text, from, to).find();
    }

    /** The clauses of {@code from}..{@code to} in order: the words between one cut and the next. */
    public List<Clause> clausesOf(CharSequence text, int from, int to) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = matcher(text, from, to);
        int start = from;
        while (m.find()) {
            clauses.add(new Clause(start, m.start()));
            start = m.end();
        }
        clauses.add(new Clause(start, to));
        return clauses;
    }

    /** The cuts of the region, their words read with what stands around it ("4.5" has no period that ends). */
    private Matcher matcher(CharSequence text, int from, int to) {
        return cuts.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
