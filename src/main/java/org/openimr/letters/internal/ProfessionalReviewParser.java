package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.internal.Blocks.Block;
import org.openimr.letters.internal.LetterText.Line;
import org.openimr.letters.internal.Sections.Heading;
import org.openimr.shared.Outcome;

/**
 * Layout E (MEDICAL_PROFESSIONAL_REVIEW), titled "MEDICAL PROFESSIONAL REVIEW", with the sections "ISSUE AT
 * DISPUTE:", "CASE SUMMARY:", "DOCUMENTS REVIEWED FOR DETERMINATION:", "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY
 * PROFESSIONAL REVIEWER AND WHY:", "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY
 * NECESSARY:" and "MEDICAL REVIEWER QUALIFICATIONS:" (long headings may wrap over two lines).
 * <ul>
 * <li>Each issue is an entry of the issue section: "1. X: Upheld", or one paragraph per issue without numbers. An
 * issue without its outcome word takes the outcome its rationale concludes ("... is not medically necessary" gives
 * UPHELD, "... is medically necessary" OVERTURNED). A "Claims Administrator guideline:" line under an issue is that
 * issue's claims administrator guideline; without one it is null (the layout's own sections name only the
 * reviewer's guidelines).</li>
 * <li>Guideline and rationale entries belong to the issue with the same number; without numbers, to the issues in
 * order (a single issue takes the whole section). An entry may repeat the request before a colon ("1. X: Decision
 * based on ..."); that repetition is dropped.</li>
 * </ul>
 */
final class ProfessionalReviewParser {

    static final String ISSUE = "issue";
    static final String SUMMARY = "summary";
    static final String DOCUMENTS = "documents";
    static final String GUIDELINES = "guidelines";
    static final String RATIONALE = "rationale";
    static final String QUALIFICATIONS = "qualifications";

    static final List<Heading> HEADINGS = List.of(
            Heading.upper(ISSUE, "ISSUE AT DISPUTE"),
            Heading.upper(ISSUE, "ISSUES AT DISPUTE"),
            Heading.upper(SUMMARY, "CASE SUMMARY"),
            Heading.upper(DOCUMENTS, "DOCUMENTS REVIEWED FOR DETERMINATION"),
            Heading.upper(GUIDELINES, "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY"),
            Heading.upper(RATIONALE, "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY"),
            Heading.upper(RATIONALE, "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY"),
            Heading.upper(RATIONALE, "RATIONALE"),
            Heading.upper(QUALIFICATIONS, "MEDICAL REVIEWER QUALIFICATIONS"));

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s+");
    private static final Pattern CA_LABEL = Pattern.compile("(?i)^Claims Administrator(?:'s)? guidelines?\\s*:");
    private static final Pattern CONCLUSION = Pattern.compile(
            "(?i)\\b(?:is|was|are|were)\\s+(not\\s+)?(?:considered\\s+)?medically\\s+necessary(?:\\s+and\\s+appropriate)?\\b");

    private ProfessionalReviewParser() {
    }

    static FinalDeterminationLetter parse(LetterText text) throws LetterParseException {
        Sections sections = Sections.cut(text, HEADINGS);
        List<Issue> issues = issues(sections.sectionOrEmpty(ISSUE));
        if (issues.isEmpty()) {
            throw new LetterParseException("the ISSUE AT DISPUTE section names no disputed item");
        }
        List<String> guidelines = matchTo(issues.size(), numbered(sections.sectionOrEmpty(GUIDELINES)), "guideline");
        List<String> rationales = matchTo(issues.size(), numbered(sections.sectionOrEmpty(RATIONALE)), "rationale");
        List<ItemDetermination> items = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            Matcher m = IssuesParser.OUTCOME_END.matcher(issue.text());
            String request = m.matches() ? m.group("request") : issue.text();
            String rationale = withoutRequest(rationales.get(i), request);
            Outcome outcome = m.matches() ? Outcome.fromLabel(m.group("outcome").toLowerCase(Locale.ROOT))
                    : concludedOutcome(rationale);
            if (outcome == null) {
                throw new LetterParseException("no decision for the disputed item '" + IssuesParser.shorten(request) + "'");
            }
            items.add(new ItemDetermination(RequestParser.parse(request), outcome,
                    issue.claimsAdministrator() == null ? null : CitationParser.parse(issue.claimsAdministrator()),
                    CitationParser.parse(withoutRequest(guidelines.get(i), request)), rationale));
        }
        HeaderFields header = new HeaderFields(CommonSections.joined(sections.header()));
        LetterDates dates = header.dates();
        String summary = CommonSections.summary(sections.sectionOrEmpty(SUMMARY));
        return new FinalDeterminationLetter(Layout.MEDICAL_PROFESSIONAL_REVIEW, header.caseNumber(), dates,
                header.priority(), CredentialsParser.parse(sections.sectionOrEmpty(QUALIFICATIONS)),
                PatientParser.parse(summary), summary, CommonSections.documents(sections.sectionOrEmpty(DOCUMENTS)),
                items);
    }

    /** An issue at dispute, with the claims administrator's guideline line where the letter gives one under it. */
    private record Issue(String text, String claimsAdministrator) {
    }

    /**
     * The issues: numbered entries ("1. X: Upheld") or, without numbers, one per paragraph; a "Claims Administrator
     * guideline:" line belongs to the issue above it.
     */
    private static List<Issue> issues(List<Line> lines) {
        boolean hasNumbers = lines.stream().anyMatch(l -> NUMBER.matcher(l.text()).lookingAt());
        List<StringBuilder[]> entries = new ArrayList<>(); // {issue text, claims administrator line}
        int field = 0;
        for (Block b : Blocks.split(lines, l -> NUMBER.matcher(l).lookingAt() || CA_LABEL.matcher(l).lookingAt())) {
            String t = b.text();
            Matcher ca = CA_LABEL.matcher(t);
            Matcher number = NUMBER.matcher(t);
            if (ca.lookingAt() && !entries.isEmpty()) {
                entries.get(entries.size() - 1)[1] = new StringBuilder(t.substring(ca.end()).strip());
                field = 1;
            } else if (number.lookingAt() || (!hasNumbers && !ca.lookingAt()) || entries.isEmpty()) {
                entries.add(new StringBuilder[] {new StringBuilder(number.lookingAt() ? t.substring(number.end()) : t), null});
                field = 0;
            } else {
                Texts.appendJoined(entries.get(entries.size() - 1)[field], t);
            }
        }
        List<Issue> out = new ArrayList<>(entries.size());
        for (StringBuilder[] e : entries) {
            out.add(new Issue(Texts.collapse(e[0].toString()), e[1] == null ? null : Texts.collapse(e[1].toString())));
        }
        return out;
    }

    /** "X: text" gives "text" when X is the item's request (entries of the guideline and rationale sections). */
    private static String withoutRequest(String entry, String request) {
        String r = Texts.collapse(request);
        if (entry.length() > r.length() && entry.regionMatches(true, 0, r, 0, r.length())
                && entry.charAt(r.length()) == ':') {
            return entry.substring(r.length() + 1).strip();
        }
        return entry;
    }

    /** The outcome the last conclusion of a rationale states, or null. */
    private static Outcome concludedOutcome(String rationale) {
        Matcher m = CONCLUSION.matcher(rationale);
        Outcome last = null;
        while (m.find()) {
            last = m.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED;
        }
        return last;
    }

    /** Entry number (1-based; paragraphs are numbered in order when the section has no numbers) → text. */
    private static Map<Integer, String> numbered(List<Line> lines) {
        boolean hasNumbers = lines.stream().anyMatch(l -> l.paragraphStart() && NUMBER.matcher(l.text()).lookingAt());
        List<Block> blocks = hasNumbers
                ? Blocks.split(lines, l -> NUMBER.matcher(l).lookingAt()).stream()
                        .reduce(new ArrayList<Block>(), (acc, b) -> mergeUnnumbered(acc, b), (a, b) -> a)
                : Blocks.split(lines, l -> false);
        Map<Integer, String> out = new LinkedHashMap<>();
        int n = 0;
        for (Block b : blocks) {
            String t = b.text();
            Matcher m = NUMBER.matcher(t);
            int number = m.lookingAt() ? Integer.parseInt(m.group(1)) : ++n;
            n = number;
            out.merge(number, m.lookingAt() ? t.substring(m.end()).strip() : t, (a, c) -> a + " " + c);
        }
        return out;
    }

    /** In a numbered list, a paragraph without a number continues the entry before it. */
    private static ArrayList<Block> mergeUnnumbered(ArrayList<Block> acc, Block b) {
        if (!acc.isEmpty() && !NUMBER.matcher(b.lines().get(0)).lookingAt()) {
            List<String> lines = new ArrayList<>(acc.remove(acc.size() - 1).lines());
            lines.addAll(b.lines());
            acc.add(new Block(lines));
        } else {
            acc.add(b);
        }
        return acc;
    }

    private static List<String> matchTo(int items, Map<Integer, String> entries, String what)
            throws LetterParseException {
        List<String> out = new ArrayList<>(items);
        if (items == 1) {
            out.add(String.join(" ", entries.values()));
            return out;
        }
        for (int i = 1; i <= items; i++) {
            String e = entries.get(i);
            if (e == null) {
                throw new LetterParseException("no " + what + " for disputed item " + i);
            }
            out.add(e);
        }
        return out;
    }
}
