package org.openimr.letters;

import java.util.ArrayList;
import java.util.List;

import org.openimr.letters.CitationSentence.Citer;
import org.openimr.letters.LetterContent.Field;

/**
 * The letter as plain text in the shape {@code pdftotext -layout} prints a letter: lines of at most 95 characters,
 * centred headings, the header block in two columns, a blank line between paragraphs, and a form feed at the start of
 * each page of 48 lines (and one at the end). An item header is never split over two pages.
 */
final class LetterPlainText {

    static final int WIDTH = 95;
    static final int PAGE_LINES = 48;

    /** A run of lines that is laid out together, and whether it may be split over two pages. */
    private record Block(List<String> lines, boolean keepTogether, boolean blankAfter) {
    }

    private final List<Block> blocks = new ArrayList<>();

    private LetterPlainText() {
    }

    static String render(FinalDeterminationLetter letter, LetterParties parties) {
        LetterPlainText t = new LetterPlainText();
        t.letter(letter, parties);
        return t.paginate();
    }

    private void letter(FinalDeterminationLetter letter, LetterParties parties) {
        block(List.of(center(LetterWording.TITLE), center(LetterWording.SUBTITLE)), true);
        List<String> header = new ArrayList<>();
        for (List<Field> row : LetterContent.headerRows(letter)) {
            header.add(row.size() == 1 ? column(row.get(0)) : pad(column(row.get(0)), 54) + column(row.get(1)));
        }
        block(header, true);
        if (parties != null) {
            heading(LetterWording.PARTIES_HEADING);
            List<String> lines = new ArrayList<>();
            for (Field f : LetterContent.partiesFields(parties)) {
                String[] values = f.value().split("\n");
                for (int i = 0; i < values.length; i++) {
                    lines.add(pad(i == 0 ? f.label() : "", 22) + values[i]);
                }
            }
            block(lines, true);
        }
        ReviewerCredentials reviewer = letter.reviewer();
        heading(LetterWording.HOW_HEADING);
        paragraphs(reviewer.qualifications());
        List<String> credentials = new ArrayList<>();
        credentials.add(LetterWording.CREDENTIALS_INTRO);
        credentials.addAll(wrap(LetterWording.LICENSURE_LABEL + " " + String.join(", ", reviewer.licensureStates()), ""));
        credentials.addAll(wrap(LetterWording.CERTIFICATION_LABEL + " " + String.join(", ", reviewer.certifications()), ""));
        block(credentials, false);
        if (!letter.documentsReviewed().isEmpty()) {
            heading(LetterWording.DOCUMENTS_HEADING);
            List<String> lines = new ArrayList<>();
            int n = 0;
            for (DocumentReviewed d : letter.documentsReviewed()) {
                String marker = ++n + ". ";
                List<String> wrapped = wrap(LetterContent.documentEntry(d), " ".repeat(marker.length()), marker);
                lines.addAll(wrapped);
            }
            block(lines, false);
        }
        heading(LetterWording.SUMMARY_HEADING);
        block(wrap(LetterWording.SUMMARY_INTRO, ""), false);
        paragraphs(letter.clinicalCaseSummary());
        heading(LetterWording.ISSUES_HEADING);
        block(wrap(LetterWording.ISSUES_INTRO, ""), false);
        for (ItemDetermination item : letter.items()) {
            block(wrap(LetterContent.requestHeader(item.request()) + ": " + item.outcome().label(), ""), true);
            if (item.claimsAdministratorGuideline() != null) {
                labelled(LetterWording.CLAIMS_ADMINISTRATOR_LABEL,
                        CitationSentence.of(item.claimsAdministratorGuideline(), Citer.CLAIMS_ADMINISTRATOR));
            }
            labelled(LetterWording.EXPERT_REVIEWER_LABEL, CitationSentence.of(item.reviewerGuideline(), Citer.EXPERT_REVIEWER));
            List<String> rationale = LetterContent.paragraphs(item.rationale());
            labelled(LetterWording.RATIONALE_LABEL, rationale.isEmpty() ? "" : rationale.get(0));
            for (String p : rationale.subList(Math.min(1, rationale.size()), rationale.size())) {
                block(wrap(p, ""), false);
            }
        }
    }

    /** A heading line, printed right above its section's first line (no blank line between, as in the letters). */
    private void heading(String text) {
        blocks.add(new Block(List.of(center(text)), true, false));
    }

    private void paragraphs(String text) {
        for (String p : LetterContent.paragraphs(text)) {
            block(wrap(p, ""), false);
        }
    }

    private void labelled(String label, String text) {
        block(wrap(text.isEmpty() ? label : label + " " + text, ""), false);
    }

    private void block(List<String> lines, boolean keepTogether) {
        blocks.add(new Block(List.copyOf(lines), keepTogether, true));
    }

    private String paginate() {
        StringBuilder sb = new StringBuilder(16 * 1024);
        int onPage = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int needed = block.lines.size();
            boolean headingBeforeBlock = !block.blankAfter && b + 1 < blocks.size();
            if (headingBeforeBlock) {
                needed += Math.min(2, blocks.get(b + 1).lines.size()); // keep a heading with its section's start
            }
            boolean fits = onPage + needed <= PAGE_LINES;
            if (onPage > 0 && !fits && (block.keepTogether || headingBeforeBlock) && needed <= PAGE_LINES) {
                sb.append('\f');
                onPage = 0;
            }
            for (String line : block.lines) {
                if (onPage == PAGE_LINES) {
                    sb.append('\f');
                    onPage = 0;
                }
                sb.append(line).append('\n');
                onPage++;
            }
            if (block.blankAfter && onPage > 0 && onPage < PAGE_LINES && b + 1 < blocks.size()) {
                sb.append('\n');
                onPage++;
            }
        }
        return sb.append('\f').toString();
    }

    /** "Label:" padded to its column, then the value: "Date Assigned:        12/06/2016". */
    private static String column(Field f) {
        return pad(f.label(), 22) + f.value();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String center(String s) {
        int left = Math.max(0, (WIDTH - s.length()) / 2);
        return " ".repeat(left) + s;
    }

    private static List<String> wrap(String text, String indent) {
        return wrap(text, indent, "");
    }

    /** Wraps at spaces only, so that joining the lines with one space gives the text back. */
    static List<String> wrap(String text, String indent, String firstPrefix) {
        List<String> lines = new ArrayList<>();
        String[] words = LetterContent.collapse(text).split(" ");
        StringBuilder line = new StringBuilder(firstPrefix);
        int lineStart = firstPrefix.length();
        for (String word : words) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                lineStart = indent.length();
            }
            if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
