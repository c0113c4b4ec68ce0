package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.letters.internal.LetterText.Line;

/**
 * A letter cut at its headings. A heading is a line of its own ("CLINICAL CASE SUMMARY"), possibly wrapped over two
 * lines, or a line that starts with the heading and a colon and goes on with the section's text ("CASE SUMMARY: The
 * patient..."). Upper-case headings are matched case-sensitively, so that prose mentioning the same words is never
 * taken for a heading; label headings ("Case Summary:") need their colon and ignore case. Only the first occurrence of
 * each heading counts. The lines before the first heading are the {@link #header()}.
 */
public final class Sections {

    /** A heading a layout uses: its key, its text, and whether it is a mixed-case label that needs a colon. */
    public record Heading(String key, String text, boolean label) {

        public static Heading upper(String key, String text) {
            return new Heading(key, text, false);
        }

        public static Heading label(String key, String text) {
            return new Heading(key, text, true);
        }
    }

    private final List<Line> header;
    private final Map<String, List<Line>> sections;

    private Sections(List<Line> header, Map<String, List<Line>> sections) {
        this.header = header;
        this.sections = sections;
    }

    public List<Line> header() {
        return header;
    }

    /** The lines of a section (without its heading), if the letter has it. */
    public Optional<List<Line>> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }

    public List<Line> sectionOrEmpty(String key) {
        return sections.getOrDefault(key, List.of());
    }

    public boolean has(String key) {
        return sections.containsKey(key);
    }

    public static Sections cut(LetterText text, List<Heading> headings) {
        List<Line> lines = text.lines();
        String[] collapsed = new String[lines.size()];
        for (int i = 0; i < collapsed.length; i++) {
            collapsed[i] = Texts.collapse(lines.get(i).text());
        }
        List<Line> header = new ArrayList<>();
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<Line> current = header;
        boolean startNext = false; // the first line after a heading always starts a paragraph
        for (int i = 0; i < lines.size(); i++) {
            Match match = null;
            for (Heading h : headings) {
                if (!sections.containsKey(h.key())) {
                    match = match(h, collapsed, i);
                    if (match != null) {
                        break;
                    }
                }
            }
            if (match == null) {
                Line line = lines.get(i);
                current.add(startNext && !line.paragraphStart() ? new Line(line.text(), true) : line);
                startNext = false;
                continue;
            }
            current = new ArrayList<>();
            sections.put(match.heading.key(), current);
            if (match.rest.isEmpty()) {
                startNext = true;
            } else {
                current.add(new Line(match.rest, true));
                startNext = false;
            }
            i += match.linesUsed - 1;
        }
        return new Sections(header, sections);
    }

    private record Match(Heading heading, String rest, int linesUsed) {
    }

    private static Match match(Heading h, String[] lines, int i) {
        String one = lines[i];
        String rest = rest(h, one);
        if (rest != null) {
            return new Match(h, rest, 1);
        }
        if (i + 1 < lines.length && one.length() < h.text().length() && startsWith(h.text(), one, h.label())) {
            String two = one + " " + lines[i + 1];
            rest = rest(h, two);
            if (rest != null) {
                return new Match(h, rest, 2);
            }
        }
        return null;
    }

    /** The text after the heading on this line ("" for a heading alone), or null when the line is not the heading. */
    private static String rest(Heading h, String line) {
        String t = h.text();
        if (!startsWith(line, t, h.label())) {
            return null;
        }
        String after = line.substring(t.length());
        if (after.isEmpty()) {
            return h.label() ? null : "";
        }
        if (after.charAt(0) == ':') {
            return after.substring(1).strip();
        }
        return null;
    }

    private static boolean startsWith(String s, String prefix, boolean ignoreCase) {
        return s.regionMatches(ignoreCase, 0, prefix, 0, prefix.length());
    }
}
