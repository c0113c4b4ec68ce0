package org.openimr.determination.internal;

import org.openimr.casefile.Clauses;

/**
 * The sentence of the record text around a span, for readings that look at a phrase's own sentence: it runs from
 * after the last ". " or line break before the span to the next ". " or line break after it.
 */
record Sentences(int start, int end) {

    static Sentences around(String text, int from, int to) {
        int start = Math.max(text.lastIndexOf(". ", from), text.lastIndexOf('\n', from)) + 1;
        int period = text.indexOf(". ", to);
        int line = text.indexOf('\n', to);
        int end = Math.min(period < 0 ? text.length() : period, line < 0 ? text.length() : line);
        return new Sentences(start, Math.max(start, end));
    }

    /** The clause around {@code from}..{@code to}: its sentence, cut where the set of cuts says a clause ends. */
    static Sentences clauseAround(String text, int from, int to, Clauses cuts) {
        return within(text, around(text, from, to), from, to, cuts);
    }

    /** The clause of {@code sentence} around {@code from}..{@code to}, for the set of cuts. */
    static Sentences within(String text, Sentences sentence, int from, int to, Clauses cuts) {
        Clauses.Clause clause = cuts.around(text, sentence.start(), sentence.end(), from, to);
        return new Sentences(clause.start(), clause.end());
    }

    /** The sentence of the record text around a span, when the span is in that text (not in the request's). */
    static java.util.Optional<Sentences> ofRecord(String text, org.openimr.casefile.Span span) {
        return span.documentId().equals(CaseRecord.RECORD) && span.end() <= text.length()
                ? java.util.Optional.of(around(text, span.start(), span.end())) : java.util.Optional.empty();
    }

    /** The sentence around {@code from}..{@code to} bounded by ". " alone (a line break does not end it). */
    static Sentences betweenPeriods(String text, int from, int to) {
        int start = text.lastIndexOf(". ", from) + 1;
        int end = text.indexOf(". ", to);
        return new Sentences(start, end < 0 ? text.length() : end);
    }

    /**
     * The sentence after {@code sentence}, when it opens by referring back to it ("This was for her shoulder.", "The
     * same course included shoulder exercises.").
     */
    static java.util.Optional<Sentences> referringBack(String text, Sentences sentence) {
        int from = Math.min(text.length(), sentence.end() + 1);
        java.util.regex.Matcher m = REFERS_BACK.matcher(text).region(from, text.length());
        return m.lookingAt() ? java.util.Optional.of(around(text, m.end(), m.end())) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern REFERS_BACK = java.util.regex.Pattern.compile("(?i)\\s*(?:this|these|"
            + "that|those|it|they|the\\s+(?:same\\s+)?(?:sessions?|visits?|therapy|treatments?|course|finding|tenderness))"
            + "(?![\\p{L}])");

    String of(String text) {
        return text.substring(start, end);
    }

    boolean contains(int from, int to) {
        return from >= start && to <= end;
    }
}
