package org.openimr.letters.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.DisputedRequest;
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
 * Layout A (NOTICE_2013), "Notice of Independent Medical Review Determination Dated: 9/26/2013".
 * <ul>
 * <li>Before the decision section: the title, header labels, and a numbered outcome summary, one entry per item:
 * "1) MAXIMUS Federal Services, Inc. has determined the request for X is not medically necessary and appropriate."
 * (UPHELD) or "... is medically necessary and appropriate." (OVERTURNED). The request text comes from here.</li>
 * <li>"INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE" opens with "An application for Independent Medical Review
 * was filed on D1 disputing the Utilization Review Denial dated D2. A Notice of Assignment and Request for
 * Information was provided to the above parties on D3." D1 is read as the application received, D2 as the UR denial
 * date, D3 (the NOARFI) as the date assigned; these sentences win over header labels.</li>
 * <li>"Medical Qualifications of the Expert Reviewer:" (prose credentials), "Case Summary:" (its disclaimer
 * sentence dropped), optionally "Documents Reviewed:".</li>
 * <li>Numbered decisions, "1) Regarding the request for X:", each with the labels "Medical Treatment Guideline(s)
 * Used by the Claims Administrator:", "Medical Treatment Guideline(s) Used by the Expert Reviewer:" and
 * "Rationale for the Decision:" (or the labels of the later layouts, "Claims Administrator guideline:", "MAXIMUS
 * guideline:", "Decision rationale:"), matched to the summary by number.</li>
 * </ul>
 */
final class NoticeLetterParser {

    private static final String DECISION = "decision";
    private static final String QUALIFICATIONS = "qualifications";
    private static final String SUMMARY = "summary";
    private static final String DOCUMENTS = "documents";

    private static final List<Heading> HEADINGS = List.of(
            Heading.upper(DECISION, "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE"),
            Heading.upper(DECISION, "INDEPENDENT MEDICAL REVIEW DECISIONS AND RATIONALES"),
            Heading.label(QUALIFICATIONS, "Medical Qualifications of the Expert Reviewer"),
            Heading.label(SUMMARY, "Expert Reviewer Case Summary"),
            Heading.label(SUMMARY, "Case Summary"),
            Heading.label(DOCUMENTS, "Documents Reviewed for Determination"),
            Heading.label(DOCUMENTS, "Documents Reviewed"));

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+");
    private static final Pattern SUMMARY_ENTRY = Pattern.compile("(?i)^(\\d{1,2})[.)]\\s*MAXIMUS Federal Services,? Inc\\.?"
            + " has determined (?:that )?the request for (?<request>.+?) (?<verb>is not|is|was not|was) medically necessary"
            + "(?: and appropriate)?\\.?$");
    private static final Pattern DECISION_ENTRY =
            Pattern.compile("(?i)^(\\d{1,2})[.)]\\s*Regarding the request for (?<request>.+?):?$");
    private static final Pattern DECISION_START = Pattern.compile("(?i)^\\d{1,2}[.)]\\s*Regarding the request for\\b");
    private static final Pattern CA_LABEL = Pattern.compile("(?i)^(?:Medical Treatment Guidelines?\\(?s?\\)? (?:Used|Relied"
            + " upon) by the Claims Administrator(?: \\(CA\\))?|Claims Administrator(?:'s)? guidelines?)\\s*:");
    private static final Pattern REVIEWER_LABEL = Pattern.compile("(?i)^(?:Medical Treatment Guidelines?\\(?s?\\)? (?:Used|"
            + "Relied upon) by the Expert Reviewer(?: \\(ER\\))?|MAXIMUS guidelines?|Expert Reviewer(?:'s)? guidelines?)\\s*:");
    private static final Pattern RATIONALE_LABEL = Pattern.compile(
            "(?i)^(?:Rationale (?:for the Decision|Used by the Expert Reviewer)|Decision rationale)\\s*:");
    private static final Pattern FILED =
            Pattern.compile("(?i)\\bapplication for Independent Medical Review was filed on " + HeaderFields.DATE);
    private static final Pattern UR_DENIAL =
            Pattern.compile("(?i)\\bdisputing the Utilization Review (?:Denial|decision|determination) dated " + HeaderFields.DATE);
    private static final Pattern NOARFI = Pattern.compile(
            "(?i)\\bNotice of Assignment and Request for Information was (?:provided|sent|mailed) to the (?:above )?parties on "
                    + HeaderFields.DATE);

    private NoticeLetterParser() {
    }

    static FinalDeterminationLetter parse(LetterText text) throws LetterParseException {
        // the numbered decisions close the letter; cut them off before looking for the other headings
        List<Line> all = text.lines();
        int decisionsAt = all.size();
        for (int i = 0; i < all.size(); i++) {
            if (DECISION_START.matcher(all.get(i).text()).lookingAt()) {
                decisionsAt = i;
                break;
            }
        }
        Sections sections = Sections.cut(textOf(all.subList(0, decisionsAt)), HEADINGS);
        List<Line> decisions = all.subList(decisionsAt, all.size());

        Map<Integer, SummaryEntry> summaryEntries = outcomeSummary(sections.header());
        if (summaryEntries.isEmpty()) {
            throw new LetterParseException("no numbered outcome summary (\"1) MAXIMUS Federal Services, Inc. has determined ...\")");
        }
        Map<Integer, String[]> details = decisions(decisions);
        List<ItemDetermination> items = new ArrayList<>();
        for (Map.Entry<Integer, SummaryEntry> e : summaryEntries.entrySet()) {
            String[] d = details.get(e.getKey());
            if (d == null || d[1] == null) {
                throw new LetterParseException("no guideline of the expert reviewer for item " + e.getKey());
            }
            items.add(new ItemDetermination(DisputedRequest.of(e.getValue().request()), e.getValue().outcome(),
                    d[0] == null ? null : CitationParser.parse(d[0]), CitationParser.parse(d[1]),
                    d[2] == null ? "" : d[2]));
        }

        HeaderFields header = new HeaderFields(CommonSections.joined(sections.header()));
        String opening = Blocks.joinAll(sections.sectionOrEmpty(DECISION));
        LetterDates dates = new LetterDates(
                first(date(NOARFI, opening, "NOARFI date"), header.dateAssigned()),
                header.dateOfInjury(),
                header.decisionDate(),
                first(date(UR_DENIAL, opening, "UR denial date"), header.urDenialDate()),
                first(date(FILED, opening, "application filed date"), header.applicationReceived()));
        String summary = CommonSections.summary(sections.sectionOrEmpty(SUMMARY));
        return new FinalDeterminationLetter(Layout.NOTICE_2013, header.caseNumber(), dates, header.priority(),
                CredentialsParser.parse(sections.sectionOrEmpty(QUALIFICATIONS)), PatientParser.parse(summary), summary,
                CommonSections.documents(sections.sectionOrEmpty(DOCUMENTS)), items);
    }

    private record SummaryEntry(String request, Outcome outcome) {
    }

    /** Number → request and outcome, in letter order. */
    private static Map<Integer, SummaryEntry> outcomeSummary(List<Line> header) {
        Map<Integer, SummaryEntry> out = new LinkedHashMap<>();
        for (Block b : Blocks.split(header, l -> NUMBERED.matcher(l).lookingAt())) {
            Matcher m = SUMMARY_ENTRY.matcher(b.text());
            if (m.matches()) {
                Outcome outcome = m.group("verb").toLowerCase(java.util.Locale.ROOT).endsWith("not")
                        ? Outcome.UPHELD : Outcome.OVERTURNED;
                out.putIfAbsent(Integer.parseInt(m.group(1)), new SummaryEntry(m.group("request").strip(), outcome));
            }
        }
        return out;
    }

    /** Number → {claims administrator guideline, reviewer guideline, rationale}. */
    private static Map<Integer, String[]> decisions(List<Line> lines) {
        Map<Integer, String[]> out = new LinkedHashMap<>();
        String[] current = null;
        int field = -1;
        StringBuilder sb = null;
        for (Block b : Blocks.split(lines, l -> DECISION_START.matcher(l).lookingAt() || CA_LABEL.matcher(l).lookingAt()
                || REVIEWER_LABEL.matcher(l).lookingAt() || RATIONALE_LABEL.matcher(l).lookingAt())) {
            String t = b.text();
            Matcher entry = DECISION_ENTRY.matcher(t);
            if (DECISION_START.matcher(t).lookingAt() && entry.matches()) {
                flush(current, field, sb);
                current = new String[3];
                out.putIfAbsent(Integer.parseInt(entry.group(1)), current);
                field = -1;
                sb = null;
                continue;
            }
            Pattern[] labels = {CA_LABEL, REVIEWER_LABEL, RATIONALE_LABEL};
            boolean labelled = false;
            for (int i = 0; i < labels.length; i++) {
                Matcher m = labels[i].matcher(t);
                if (m.lookingAt() && current != null) {
                    flush(current, field, sb);
                    field = i;
                    sb = new StringBuilder(t.substring(m.end()).strip());
                    labelled = true;
                    break;
                }
            }
            if (!labelled && sb != null) {
                Texts.appendJoined(sb, t);
            }
        }
        flush(current, field, sb);
        return out;
    }

    private static void flush(String[] current, int field, StringBuilder sb) {
        if (current != null && field >= 0 && sb != null) {
            current[field] = Texts.collapse(sb.toString());
        }
    }

    private static LocalDate date(Pattern p, String text, String what) throws LetterParseException {
        Matcher m = p.matcher(text);
        return m.find() ? HeaderFields.parseDate(m.group(1), what) : null;
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private static LetterText textOf(List<Line> lines) {
        return LetterText.ofLines(lines);
    }
}
