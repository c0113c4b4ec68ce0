package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into sentences, and knows the section each stands in. A sentence ends at '.', '!' or '?'
 * followed by white space and a capital or digit (or glued to a capitalised word, as in "10mg.Follow-up"), except
 * after an abbreviation ("Dr.", "No.", "Jan.", "e.g."); at a blank line; and at a section header ("MEDICATIONS:",
 * "Past Surgical History:", a line in capitals). Semicolons do not end a sentence (lists of diagnoses use them).
 * A plan's label in the middle of a paragraph, after the end of a sentence ("... neuro intact. Request: trial of
 * chiropractic 3x2. UR ..."), is a section only for the sentence it opens: what the note plans is not care given.
 * A plan that continues care ("Plan: continue Norco") opens none: what it continues is care in use. Nor does a plan
 * that repeats or adds to care ("Plan: repeat chiropractic 2x3 (6 visits in April gave no benefit)", "Plan: more PT"):
 * the sentence tells of care already given, which must stay care given.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "no", "nos", "vs", "e.g", "i.e",
            "eg", "ie", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "st", "p.o", "b.i.d", "t.i.d", "q.i.d", "p.r.n", "q.h.s", "h.s", "q.d", "u.s", "a.m", "p.m", "inc", "ltd",
            "fig", "dept", "esq", "jr", "sr", "ph.d", "m.d", "d.c", "d.o", "co", "corp", "mt", "ave");

    /** Notes start a sentence with shorthand in lower case: "No radicular sx. s/p L4-5 fusion 2015." */
    private static final Pattern SHORTHAND_START = Pattern.compile("(?:s/p|h/o|c/o|f/u|d/c|w/o?)(?![\\p{L}])");

    private static final Pattern HEADER_WITH_COLON =
            Pattern.compile("(?m)^[ \\t]*([A-Za-z][A-Za-z /&'-]{1,50}?)[ \\t]*:");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[ \\t]*([A-Z][A-Z /&'-]{2,60}?)[ \\t]*$");
    private static final Pattern INLINE_LABEL =
            Pattern.compile("(?<=[.!?])[ \\t]+([A-Z][A-Za-z /&'-]{1,30}?)[ \\t]*:(?!\\s*(?i:continue|cont\\.?|refill"
                    + "|repeat|resume|more|additional|further|another|again)\\b)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final Lexicon lexicon;

    SentenceSplitter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A section's header; the section holds from it to the next header, or only to {@code until} (exclusive). */
    private record Header(int start, int end, SectionKind kind, int until) {

        Header(int start, int end, SectionKind kind) {
            this(start, end, kind, Integer.MAX_VALUE);
        }
    }

    List<Sentence> split(String text) {
        List<Header> headers = headers(text);
        List<int[]> pieces = new ArrayList<>();
        int pieceStart = 0;
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            if (h < headers.size() && i == headers.get(h).start()) {
                pieces.add(new int[] {pieceStart, i});
                pieceStart = headers.get(h).end();
                i = pieceStart - 1;
                h++;
                continue;
            }
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                pieces.add(new int[] {pieceStart, i + 1});
                pieceStart = i + 1;
            } else if (c == '\n') {
                Matcher blank = BLANK_LINE.matcher(text).region(i, text.length());
                if (blank.lookingAt() && !midSentence(text, i, blank.end())) {
                    pieces.add(new int[] {pieceStart, i});
                    pieceStart = blank.end();
                    i = pieceStart - 1;
                }
            }
        }
        pieces.add(new int[] {pieceStart, text.length()});

        List<Sentence> sentences = new ArrayList<>();
        for (int[] piece : pieces) {
            int start = piece[0];
            int end = piece[1];
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                sentences.add(new Sentence(sentences.size(), start, end, sectionAt(headers, start)));
            }
        }
        return sentences;
    }

    /**
     * A blank line inside a sentence (text converted from PDF often has one after every line): the text before it
     * ends in a lower-case letter, a digit, a comma, a hyphen or a semicolon, and the text after it starts in lower case.
     */
    private static boolean midSentence(String text, int blankStart, int blankEnd) {
        int before = blankStart - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 0 || blankEnd >= text.length()) {
            return false;
        }
        char last = text.charAt(before);
        char next = text.charAt(blankEnd);
        boolean openEnd = Character.isLowerCase(last) || Character.isDigit(last) || ",;-/(".indexOf(last) >= 0;
        return openEnd && (Character.isLowerCase(next) || Character.isDigit(next) || next == '(' || next == '"');
    }

    private List<Header> headers(String text) {
        List<Header> headers = new ArrayList<>();
        Matcher m = HEADER_WITH_COLON.matcher(text);
        while (m.find()) {
            Optional<SectionKind> kind = lexicon.section(m.group(1));
            if (kind.isPresent()) {
                headers.add(new Header(m.start(1), m.end(), kind.get()));
            }
        }
        Matcher line = HEADER_LINE.matcher(text);
        while (line.find()) {
            Optional<SectionKind> kind = lexicon.section(line.group(1));
            int start = line.start(1);
            if (kind.isPresent() && headers.stream().noneMatch(x -> x.start() == start)) {
                headers.add(new Header(start, line.end(1), kind.get()));
            }
        }
        Matcher inline = INLINE_LABEL.matcher(text);
        while (inline.find()) {
            Optional<SectionKind> kind = lexicon.section(inline.group(1)).filter(k -> k == SectionKind.PLAN);
            if (kind.isPresent()) {
                headers.add(new Header(inline.start(1), inline.end(), kind.get(), sentenceEnd(text, inline.end())));
            }
        }
        headers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return headers;
    }

    /** Where the sentence from {@code from} ends: after its final stop, at a line break, or at the end of the text. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static SectionKind sectionAt(List<Header> headers, int offset) {
        SectionKind kind = SectionKind.NONE;
        for (Header h : headers) {
            if (h.start() < offset && offset < h.until()) {
                kind = h.kind();
            }
        }
        return kind;
    }

    private static boolean endsSentence(String text, int i) {
        int next = i + 1;
        if (next >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        char after = text.charAt(next);
        if (c != '.') {
            return Character.isWhitespace(after) || after == '"' || after == ')';
        }
        if (Character.isWhitespace(after)) {
            int k = next;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= text.length()) {
                return true;
            }
            char first = text.charAt(k);
            boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || first == '"'
                    || first == '(' || first == '\''
                    || SHORTHAND_START.matcher(text).region(k, text.length()).lookingAt();
            return startsSentence && !abbreviationBefore(text, i);
        }
        // glued: "10mg.Follow-up" -- a capitalised word right after the period
        if (Character.isUpperCase(after) && next + 1 < text.length() && Character.isLowerCase(text.charAt(next + 1))) {
            return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !abbreviationBefore(text, i);
        }
        return after == '"' || after == ')';
    }

    /** The word before the period at i is an abbreviation, or a single capital (an initial). */
    private static boolean abbreviationBefore(String text, int i) {
        int k = i;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, i);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
