package org.openimr.letters.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.internal.Blocks.Block;
import org.openimr.letters.internal.LetterText.Line;

/** Sections every layout has in some form: the clinical case summary and the list of documents reviewed. */
public final class CommonSections {

    /** An opening sentence about the case summary itself, ending in a colon or a full stop. */
    private static final Pattern INTRO = Pattern.compile(
            "(?i)(?=(?:[^:.]|\\.(?!\\s)){0,300}?\\bcase summary\\b)(?:[^:.]|\\.(?!\\s))*?[:.](?:\\s+|$)");
    private static final Pattern DISCLAIMER_LABEL = Pattern.compile("(?i)^Disclaimer\\s*:\\s*");
    private static final Pattern QUOTED = Pattern.compile("(?s)^[“\"](.*)[”\"]$");
    /** Between the description, the author and the date of an entry in the letters OpenIMR renders. */
    private static final String ENTRY_SEPARATOR = " \u2014 ";
    private static final DateTimeFormatter ENTRY_DATE =
            DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·▪◦*\\-–]|\\d{1,3}[.)]|[a-z][.)])\\s+");

    private CommonSections() {
    }

    /**
     * The clinical case summary, white space collapsed, without its introductory sentence ("The expert reviewer
     * developed the following clinical case summary based on a review of the case file, including all medical
     * records:", "The following case summary was taken directly from the utilization review denial dated ...:").
     */
    public static String summary(List<Line> lines) {
        String text = DISCLAIMER_LABEL.matcher(Blocks.joinAll(lines)).replaceFirst("");
        Matcher intro = INTRO.matcher(text);
        if (intro.lookingAt()) {
            text = text.substring(intro.end());
        }
        Matcher quoted = QUOTED.matcher(text);
        return quoted.matches() ? quoted.group(1).strip() : text;
    }

    /**
     * The documents-reviewed list, one entry per list item. Where the lines carry list markers (bullets, "1.", "a)")
     * an entry starts at each marker and runs over the lines after it; otherwise each line is an entry, except that
     * a line starting with a small letter continues the line before. An entry in the form OpenIMR renders,
     * "description — author — MM/DD/YYYY" (author or date may be missing), gives the three fields; any other entry is
     * a description alone.
     */
    public static List<DocumentReviewed> documents(List<Line> lines) {
        if (!lines.isEmpty() && lines.get(0).text().endsWith(":")) {
            // an introduction ("The expert reviewer based the determination on the following documents:")
            int end = 1;
            while (end < lines.size() && !lines.get(end).paragraphStart()) {
                end++;
            }
            if (Blocks.joinAll(lines.subList(0, end)).endsWith(":")) {
                lines = lines.subList(end, lines.size());
            }
        }
        boolean marked = lines.stream().anyMatch(l -> LIST_MARKER.matcher(l.text()).lookingAt());
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (Line line : lines) {
            String text = line.text();
            boolean starts = marked ? LIST_MARKER.matcher(text).lookingAt()
                    : current == null || line.paragraphStart() || !Character.isLowerCase(text.charAt(0));
            if (starts || current == null) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder();
                text = LIST_MARKER.matcher(text).replaceFirst("");
            }
            Texts.appendJoined(current, text);
        }
        if (current != null) {
            entries.add(current.toString());
        }
        List<DocumentReviewed> out = new ArrayList<>(entries.size());
        for (String e : entries) {
            String t = Texts.collapse(e);
            if (!t.isEmpty()) {
                out.add(document(t));
            }
        }
        return out;
    }

    /** An entry "description — author — 10/31/2016", "description — 10/31/2016", "description — author" or other text. */
    static DocumentReviewed document(String entry) {
        String[] parts = entry.split(ENTRY_SEPARATOR, -1);
        int end = parts.length;
        LocalDate date = null;
        if (end > 1) {
            try {
                date = LocalDate.parse(parts[end - 1], ENTRY_DATE);
                end--;
            } catch (DateTimeParseException notADate) {
                // the last part is the author
            }
        }
        String author = null;
        if (end > 1) {
            author = parts[end - 1];
            end--;
        }
        return new DocumentReviewed(String.join(ENTRY_SEPARATOR, Arrays.asList(parts).subList(0, end)), author, date);
    }

    /** The text of the lines before the first heading, for {@link HeaderFields}. */
    public static String joined(List<Line> lines) {
        List<Block> blocks = Blocks.split(lines, l -> true);
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text()).append(' ');
        }
        return sb.toString();
    }
}
