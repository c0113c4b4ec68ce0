package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a letter as a list of non-blank lines, each knowing whether it starts a paragraph. This is the one
 * place where the differences between text sources are absorbed, so that PDFBox's text, {@code pdftotext -layout}
 * output and a double-spaced text copy all give the same lines and paragraphs:
 * <ul>
 * <li>lines are stripped (layout indentation and trailing spaces go), non-breaking spaces become spaces;</li>
 * <li>a blank line (empty or white space only) separates paragraphs; in a double-spaced text (almost every line
 * followed by one empty line, as in the seed letter) it takes two or more;</li>
 * <li>a page break ({@code \f}) separates paragraphs only where the text before it ends a sentence; blank lines next
 * to a page break do not count, because extractors disagree about them.</li>
 * </ul>
 */
public final class LetterText {

    /** A line of text (stripped, never blank) and whether a new paragraph starts with it. */
    public record Line(String text, boolean paragraphStart) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.:!?][\"'”’)\\]]*$");

    private final List<Line> lines;

    private LetterText(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** A letter text made of lines already normalised (a part of another letter text). */
    public static LetterText ofLines(List<Line> lines) {
        return new LetterText(lines);
    }

    public static LetterText of(String raw) {
        String[] rawLines = raw.split("\r\n|\r|\n", -1);
        List<String> texts = new ArrayList<>();
        List<int[]> gaps = new ArrayList<>(); // per text line: {blank lines before it, page break before it (0/1)}
        int blanks = 0;
        boolean pageBreak = false;
        for (String rawLine : rawLines) {
            String line = rawLine;
            if (line.indexOf('\f') >= 0) {
                pageBreak = true;
                line = line.replace("\f", "");
            }
            String text = clean(line);
            if (text.isEmpty()) {
                blanks++;
                continue;
            }
            texts.add(text);
            gaps.add(new int[] {blanks, pageBreak ? 1 : 0});
            blanks = 0;
            pageBreak = false;
        }
        boolean doubleSpaced = isDoubleSpaced(gaps);
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int[] gap = gaps.get(i);
            boolean start;
            if (i == 0) {
                start = true;
            } else if (gap[1] == 1) {
                start = SENTENCE_END.matcher(texts.get(i - 1)).find();
            } else {
                start = gap[0] >= (doubleSpaced ? 2 : 1);
            }
            lines.add(new Line(texts.get(i), start));
        }
        return new LetterText(lines);
    }

    /** Double-spaced: between consecutive lines there is (almost) always exactly one blank line. */
    private static boolean isDoubleSpaced(List<int[]> gaps) {
        int adjacent = 0;
        int single = 0;
        for (int i = 1; i < gaps.size(); i++) {
            int[] gap = gaps.get(i);
            if (gap[1] == 1) {
                continue;
            }
            if (gap[0] == 0) {
                adjacent++;
            } else if (gap[0] == 1) {
                single++;
            }
        }
        return single >= 8 && adjacent * 10 < single;
    }

    private static String clean(String line) {
        String s = line.indexOf('\u00A0') >= 0 ? line.replace('\u00A0', ' ') : line;
        return s.strip();
    }
}
