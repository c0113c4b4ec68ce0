package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

/**
 * Reads a guideline line (its label already removed) into a {@link GuidelineCitation}.
 *
 * <p>Two wordings are understood. The system wording of 2014-2017 ("Decision based on MTUS Chronic Pain Medical
 * Treatment 2016, Section(s): Topical analgesics. Decision based on Non-MTUS Citation Official Disability Guidelines
 * (ODG), Pain."), where every "Decision based on" opens a segment; and the prose of the older letters ("The Claims
 * Administrator based its decision on the MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections
 * (ESIs), page 46, which is part of the MTUS.").
 *
 * <p>Rules (docs/letter-schema.md repeats them):
 * <ul>
 * <li>basis: MTUS when the line cites the MTUS at all; NON_MTUS when it cites only other sources (also when it says so
 * but names none); NONE when it says nothing was cited, is empty, or has neither citation wording nor a source name
 * ("Withheld." in a blinded copy). Prose naming other sources without the system wording gives them as sources.</li>
 * <li>guideline/edition/sections/pages describe the first MTUS citation; several MTUS citations are joined by
 * ", and" ("Shoulder Complaints 2004, Section(s): Summary, and Opioid Treatment 2016, ...").</li>
 * <li>edition: a year at the end of the guideline name ("Low Back Complaints 2004" gives "Low Back Complaints" /
 * "2004"); null when the letter names none.</li>
 * <li>sections: split at commas outside parentheses that are followed by a capital letter or a digit. "Muscle
 * relaxants (for pain), Cyclobenzaprine (Flexeril)" is two sections; "TENS, chronic pain (transcutaneous electrical
 * nerve stimulation)" and "Work conditioning, work hardening" stay one.</li>
 * <li>pages: "Page(s): 98-9" or "page 46", normalised by {@link PageRange#parseAll}.</li>
 * <li>otherSources: each non-MTUS source named, split where a new source visibly starts (", http", " and ODG",
 * "and Other Medical Treatment Guidelines", "; ODG"...); the category words "Other Medical Treatment Guidelines"
 * are not kept.</li>
 * </ul>
 */
public final class CitationParser {

    private static final Pattern DECISION_BASED_ON =
            Pattern.compile("(?i)\\bDecision based on\\s+(Non[- ]MTUS Citation|MTUS)\\b\\s*:?");
    private static final Pattern NOTHING_CITED = Pattern.compile(
            "(?i)\\b(?:did not cite any|did not cite|no (?:medical )?(?:evidence|guidelines?) (?:was |were )?cited)");
    private static final Pattern NAMES_A_SOURCE = Pattern.compile(
            "(?i)\\b(?:ODG|Official Disability Guidelines|UpToDate|ACOEM|Guidelines?|https?://|Non[- ]MTUS)\\b");
    private static final Pattern MTUS_WORD = Pattern.compile("\\bMTUS\\b");
    private static final Pattern OUTSIDE_MTUS = Pattern.compile(
            "(?i)\\b(?:outside (?:of )?the MTUS|not (?:a )?part of (?:the )?MTUS|non[- ]MTUS)\\b");
    private static final Pattern PROSE_PREAMBLE = Pattern.compile(
            "(?i)^.*?\\b(?:based (?:its|their|his/her|his|her) decision on|relied (?:up)?on|cited)\\s+(?:the\\s+)?");
    private static final Pattern PROSE_TAIL = Pattern.compile(
            "(?i),?\\s*which (?:is|are) (?:not )?(?:a )?part of (?:the )?MTUS.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b[A-Za-z0-9])\\.\\s+(?=[A-Z])");
    private static final Pattern MORE_MTUS = Pattern.compile(",\\s*and\\s+(?=[A-Z][^,;:]*?\\s\\(?(?:19|20)\\d{2}\\b)");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern PROSE_NON_MTUS_PART = Pattern.compile(
            "(?i),?\\s+and\\s+(?:the\\s+)?(?=(?:ODG|Official Disability Guidelines|UpToDate|https?://))");
    private static final Pattern PAGES_LABEL = Pattern.compile("(?i),?\\s*\\bPage\\(s\\)\\s*:?\\s*([0-9][0-9\\s,;&–-]*(?:and\\s*[0-9]+[0-9\\s–-]*)?)");
    private static final Pattern PAGES_WORD = Pattern.compile("(?i),?\\s*\\bpages?\\s+([0-9][0-9\\s,;&–-]*(?:and\\s*[0-9]+[0-9\\s–-]*)?)");
    private static final Pattern SECTIONS_LABEL = Pattern.compile("(?i),?\\s*\\bSection\\(?s?\\)?\\s*:\\s*(.*)$");
    private static final Pattern EDITION = Pattern.compile("^(.*?)[\\s,]+\\(?((?:19|20)\\d{2})\\)?$");
    private static final Pattern SOURCE_SPLIT = Pattern.compile(
            "[,;]?\\s+and\\s+Other Medical Treatment Guidelines?(?: or Medical Evidence)?:?\\s+"
                    + "|\\s+and\\s+(?=(?:ODG|Official Disability Guidelines|UpToDate|https?://)\\b)"
                    + "|[,;]\\s+(?=(?:ODG\\b|Official Disability Guidelines|UpToDate|https?://))");
    private static final Pattern CATEGORY_PREFIX =
            Pattern.compile("(?i)^Other Medical Treatment Guidelines?(?: or Medical Evidence)?:?\\s*");

    private CitationParser() {
    }

    public static GuidelineCitation parse(String line) {
        String text = Texts.collapse(line == null ? "" : line);
        Matcher m = DECISION_BASED_ON.matcher(text);
        List<int[]> starts = new ArrayList<>(); // {start of match, end of match, 1 if MTUS}
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end(), m.group(1).equalsIgnoreCase("MTUS") ? 1 : 0});
        }
        if (!starts.isEmpty()) {
            return systemWording(text, starts);
        }
        return prose(text);
    }

    private static GuidelineCitation systemWording(String text, List<int[]> starts) {
        String mtus = null;
        List<String> others = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String segment = firstSentence(text.substring(s[1], end).strip());
            if (s[2] == 1) {
                if (mtus == null) {
                    mtus = segment;
                }
            } else {
                others.addAll(sources(segment));
            }
        }
        if (mtus == null) {
            return GuidelineCitation.nonMtus(others, text);
        }
        return mtusCitation(mtus, others, text, false);
    }

    /**
     * A segment ends with its first sentence: what follows ("Decision based on MTUS Low Back Complaints Page(s): 303.
     * The chapter addresses ...") explains the choice and stays only in the citation's text. A full stop after a
     * single letter or digit ("Harris J. Occupational medicine", "Section(s): 3. Opioids") ends no sentence.
     */
    private static String firstSentence(String segment) {
        Matcher m = SENTENCE_END.matcher(segment);
        return m.find() ? segment.substring(0, m.start()) : segment;
    }

    private static GuidelineCitation prose(String text) {
        if (text.isEmpty() || (NOTHING_CITED.matcher(text).find() && !MTUS_WORD.matcher(stripOutside(text)).find())) {
            return GuidelineCitation.none(text);
        }
        String body = PROSE_PREAMBLE.matcher(text).replaceFirst("");
        Matcher mtusWord = MTUS_WORD.matcher(body);
        boolean citesMtus = mtusWord.find() && !OUTSIDE_MTUS.matcher(body).lookingAt()
                && !isOutsideMention(body, mtusWord.start());
        if (!citesMtus) {
            if (!PROSE_PREAMBLE.matcher(text).find() && !NAMES_A_SOURCE.matcher(text).find()) {
                // no citation wording and no source named ("Withheld." in a blinded copy)
                return GuidelineCitation.none(text);
            }
            String sources = PROSE_TAIL.matcher(firstSentence(body)).replaceFirst("");
            return GuidelineCitation.nonMtus(sources(sources), text);
        }
        String fromMtus = body.substring(mtusWord.end()).strip();
        // the MTUS part ends where the first non-MTUS source or the first sentence ends
        List<String> others = new ArrayList<>();
        Matcher nonMtus = PROSE_NON_MTUS_PART.matcher(fromMtus);
        if (nonMtus.find()) {
            String rest = PROSE_TAIL.matcher(firstSentence(fromMtus.substring(nonMtus.end()))).replaceFirst("");
            others.addAll(sources(rest));
            fromMtus = fromMtus.substring(0, nonMtus.start());
        }
        fromMtus = PROSE_TAIL.matcher(firstSentence(fromMtus)).replaceFirst("");
        return mtusCitation(fromMtus, others, text, true);
    }

    /** "outside of the MTUS", "not part of the MTUS", "Non-MTUS": the word MTUS there cites nothing. */
    private static boolean isOutsideMention(String body, int mtusStart) {
        int from = Math.max(0, mtusStart - 24);
        String around = body.substring(from, Math.min(body.length(), mtusStart + 4));
        return OUTSIDE_MTUS.matcher(around).find();
    }

    private static String stripOutside(String text) {
        return OUTSIDE_MTUS.matcher(text).replaceAll("");
    }

    /**
     * The first MTUS citation of a segment. In the system wording the name runs up to "Section(s):", "Page(s):" or the
     * end ("Forearm, Wrist, and Hand Complaints"); in prose it ends at the first comma, and what follows names
     * sections ("Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs), page 46").
     */
    private static GuidelineCitation mtusCitation(String segment, List<String> others, String text, boolean prose) {
        String first = trimEnd(segment);
        Matcher more = MORE_MTUS.matcher(first);
        while (more.find()) {
            // ", and" opens a further citation only after a complete one (with its year): "Forearm, Wrist, and Hand
            // Complaints 2004" is one name
            if (YEAR.matcher(first.substring(0, more.start())).find()) {
                first = first.substring(0, more.start());
                break;
            }
        }
        List<PageRange> pages = List.of();
        Matcher p = PAGES_LABEL.matcher(first);
        if (!p.find()) {
            p = PAGES_WORD.matcher(first);
            if (!p.find()) {
                p = null;
            }
        }
        if (p != null) {
            pages = pages(p.group(1));
            first = (first.substring(0, p.start()) + first.substring(p.end())).strip();
        }
        List<String> sections = List.of();
        Matcher s = SECTIONS_LABEL.matcher(first);
        if (s.find()) {
            sections = splitSections(s.group(1));
            first = first.substring(0, s.start());
        }
        first = trimEnd(first);
        String name = first;
        int comma = first.indexOf(',');
        if (prose && comma >= 0 && !EDITION.matcher(first).matches()) {
            name = first.substring(0, comma);
            if (sections.isEmpty()) {
                sections = splitSections(first.substring(comma + 1));
            }
        }
        name = trimEnd(name);
        String edition = null;
        Matcher e = EDITION.matcher(name);
        if (e.matches()) {
            name = trimEnd(e.group(1));
            edition = e.group(2);
        }
        return GuidelineCitation.mtus(name.isEmpty() ? null : name, edition, sections, pages, others, text);
    }

    /** Pages as {@link PageRange#parseAll} reads them; a range it rejects ("98-2") is left out, not fatal. */
    static List<PageRange> pages(String list) {
        try {
            return PageRange.parseAll(list);
        } catch (IllegalArgumentException e) {
            List<PageRange> out = new ArrayList<>();
            for (String piece : list.split("[,;&]|\\band\\b")) {
                try {
                    out.addAll(PageRange.parseAll(piece));
                } catch (IllegalArgumentException skipped) {
                    // not a range: the citation's text still shows it
                }
            }
            return out;
        }
    }

    /**
     * Splits a list of section names at commas outside parentheses that are followed by a capital letter or a digit.
     */
    public static List<String> splitSections(String list) {
        List<String> out = new ArrayList<>();
        String s = trimEnd(Texts.collapse(list));
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < s.length() && (Character.isUpperCase(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
                    add(out, s.substring(start, i));
                    start = j;
                }
            }
        }
        add(out, s.substring(start));
        return out;
    }

    /** Splits the text of a non-MTUS citation into the sources it names. */
    public static List<String> sources(String segment) {
        String s = CATEGORY_PREFIX.matcher(trimEnd(segment)).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String part : SOURCE_SPLIT.split(s)) {
            add(out, CATEGORY_PREFIX.matcher(part.strip()).replaceFirst(""));
        }
        return out;
    }

    private static void add(List<String> out, String part) {
        String p = trimEnd(part);
        if (!p.isEmpty()) {
            out.add(p);
        }
    }

    /** Strips white space and the punctuation a list or a sentence ends with. */
    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".,;: ".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;: ".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
