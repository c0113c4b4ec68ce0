package org.openimr.letters.internal;

import java.util.List;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.internal.LetterText.Line;
import org.openimr.letters.internal.Sections.Heading;

/**
 * The layouts built from the sections "HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY" and the
 * decisions: B (NARRATIVE_2014, no header), C (DOCUMENTS_2015, with "DOCUMENTS REVIEWED" and "IMR DECISION(S) AND
 * RATIONALE(S)") and D (HEADER_2016, header block and credentials block). Any header fields present are read, so a
 * B letter with a header would not lose it.
 */
final class SectionedLetterParser {

    static final String HOW = "how";
    static final String DOCUMENTS = "documents";
    static final String SUMMARY = "summary";
    static final String ISSUES = "issues";

    static final List<Heading> HEADINGS = List.of(
            Heading.upper(HOW, "HOW THE IMR FINAL DETERMINATION WAS MADE"),
            Heading.upper(DOCUMENTS, "DOCUMENTS REVIEWED"),
            Heading.upper(SUMMARY, "CLINICAL CASE SUMMARY"),
            Heading.upper(ISSUES, "IMR ISSUES, DECISIONS AND RATIONALES"),
            Heading.upper(ISSUES, "IMR DECISION(S) AND RATIONALE(S)"),
            Heading.upper(ISSUES, "IMR DECISIONS AND RATIONALES"));

    private SectionedLetterParser() {
    }

    static FinalDeterminationLetter parse(Layout layout, Sections sections) throws LetterParseException {
        HeaderFields header = new HeaderFields(CommonSections.joined(sections.header()));
        LetterDates dates = header.dates();
        ReviewerCredentials reviewer = CredentialsParser.parse(sections.sectionOrEmpty(HOW));
        String summary = CommonSections.summary(sections.sectionOrEmpty(SUMMARY));
        List<Line> issues = sections.section(ISSUES)
                .orElseThrow(() -> new LetterParseException("the decisions section is missing"));
        List<ItemDetermination> items = IssuesParser.parse(issues);
        if (items.isEmpty()) {
            throw new LetterParseException("no disputed item with an Upheld/Overturned decision found");
        }
        return new FinalDeterminationLetter(layout, header.caseNumber(), dates, header.priority(), reviewer,
                PatientParser.parse(summary), summary, CommonSections.documents(sections.sectionOrEmpty(DOCUMENTS)),
                items);
    }
}
