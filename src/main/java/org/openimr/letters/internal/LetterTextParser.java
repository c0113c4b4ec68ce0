package org.openimr.letters.internal;

import java.util.regex.Pattern;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.internal.LetterText.Line;

/**
 * Parses the text of a letter: detects its layout from its headings and title lines, then reads it with that
 * layout's parser. Stateless and thread-safe.
 */
public final class LetterTextParser {

    private static final Pattern NOTICE_TITLE =
            Pattern.compile("(?i)\\bNotice of Independent Medical Review Determination\\b");
    private static final Pattern HEADER_LABEL = Pattern.compile("(?i)\\b(?:Case Number|Date Assigned)\\s*:");
    private static final Pattern CREDENTIALS_BLOCK = Pattern.compile("(?i)^State\\(s\\) of Licensure\\s*:");

    private LetterTextParser() {
    }

    public static FinalDeterminationLetter parse(String raw) throws LetterParseException {
        LetterText text = LetterText.of(raw);
        if (text.isEmpty()) {
            throw new LetterParseException("no text (empty, or a scanned image without a text layer)");
        }
        Sections sectioned = Sections.cut(text, SectionedLetterParser.HEADINGS);
        Layout layout = detect(text, sectioned);
        return switch (layout) {
            case NOTICE_2013 -> NoticeLetterParser.parse(text);
            case MEDICAL_PROFESSIONAL_REVIEW -> ProfessionalReviewParser.parse(text);
            default -> SectionedLetterParser.parse(layout, sectioned);
        };
    }

    /**
     * The layout, from the text's title lines and headings; never from the file's name. {@code sections} is the text
     * cut at the headings of the layouts B, C and D.
     */
    static Layout detect(LetterText text, Sections sections) throws LetterParseException {
        int scanned = 0;
        for (Line line : text.lines()) {
            if (scanned++ > 60) {
                break;
            }
            if (NOTICE_TITLE.matcher(line.text()).find()) {
                return Layout.NOTICE_2013;
            }
            if (Texts.collapse(line.text()).equals("MEDICAL PROFESSIONAL REVIEW")) {
                return Layout.MEDICAL_PROFESSIONAL_REVIEW;
            }
        }
        if (!sections.has(SectionedLetterParser.ISSUES)) {
            Sections professional = Sections.cut(text, ProfessionalReviewParser.HEADINGS);
            if (professional.has(ProfessionalReviewParser.ISSUE) && professional.has(ProfessionalReviewParser.RATIONALE)) {
                return Layout.MEDICAL_PROFESSIONAL_REVIEW;
            }
            throw new LetterParseException("not a Final Determination Letter: none of the known layouts' headings found");
        }
        boolean block = sections.sectionOrEmpty(SectionedLetterParser.HOW).stream()
                .anyMatch(l -> CREDENTIALS_BLOCK.matcher(l.text()).lookingAt());
        boolean c = text.lines().stream().anyMatch(l -> l.text().equals("IMR DECISION(S) AND RATIONALE(S)"))
                || sections.has(SectionedLetterParser.DOCUMENTS);
        // the credentials block marks layout D even where a DOCUMENTS REVIEWED section follows it, as in the
        // letters OpenIMR renders; layout C states credentials in prose
        if (c && !block) {
            return Layout.DOCUMENTS_2015;
        }
        boolean header = sections.header().stream().anyMatch(l -> HEADER_LABEL.matcher(l.text()).find());
        return header || block ? Layout.HEADER_2016 : Layout.NARRATIVE_2014;
    }
}
