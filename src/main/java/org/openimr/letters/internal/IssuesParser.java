package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterParseException;
import org.openimr.letters.internal.Blocks.Block;
import org.openimr.letters.internal.LetterText.Line;
import org.openimr.shared.Outcome;

/**
 * Reads the decisions section of the layouts B, C and D ("IMR ISSUES, DECISIONS AND RATIONALES" or "IMR DECISION(S)
 * AND RATIONALE(S)"): a sequence of items, each an item header ending in ": Upheld" or ": Overturned" (the request,
 * possibly wrapped over several lines), then the labelled blocks "Claims Administrator guideline:", "MAXIMUS
 * guideline:" and "Decision rationale:". A block without a label continues the block before it (a rationale of
 * several paragraphs, a line wrapped at a page break). The introductory sentence ("... set forth below:") is dropped.
 */
public final class IssuesParser {

    private enum Field { CLAIMS_ADMINISTRATOR, REVIEWER, RATIONALE }

    private record Label(Field field, Pattern pattern) {
    }

    private static final List<Label> LABELS = List.of(
            new Label(Field.CLAIMS_ADMINISTRATOR, Pattern.compile("(?i)^Claims Administrator(?:'s)? guidelines?\\s*:")),
            new Label(Field.REVIEWER, Pattern.compile(
                    "(?i)^(?:MAXIMUS|Expert Reviewer(?:'s)?|IMR Reviewer(?:'s)?|Reviewer(?:'s)?) guidelines?\\s*:")),
            new Label(Field.RATIONALE, Pattern.compile("(?i)^Decision rationale\\s*:")));

    /** The end of an item header: a colon and the outcome word, nothing after it but a full stop. */
    static final Pattern OUTCOME_END = Pattern.compile("(?i)^(?<request>.*?)\\s*:\\s*(?<outcome>Upheld|Overturned)\\.?$");
    private static final Pattern BARE_OUTCOME = Pattern.compile("(?i)^(?:Upheld|Overturned)\\.?$");
    /** "The request for X: Upheld" (the seed letter) names the request X, as "X: Upheld" does. */
    private static final Pattern REQUEST_FOR = Pattern.compile("(?i)^The request for\\s+");
    private static final Pattern INTRO = Pattern.compile("(?i)^.*?\\bset forth below\\s*:\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$");

    private IssuesParser() {
    }

    public static List<ItemDetermination> parse(List<Line> section) throws LetterParseException {
        List<Block> blocks = mergeBareOutcomes(Blocks.split(section, IssuesParser::opensLabel));
        List<ItemBuilder> items = new ArrayList<>();
        ItemBuilder current = null;
        StringBuilder field = null;
        for (Block block : blocks) {
            String text = block.text();
            Label label = labelOf(text);
            if (label != null && OUTCOME_END.matcher(text).matches() && block.lines().size() > 1) {
                // a labelled block that runs into the next item header (no blank line between them)
                int cut = lastSentenceBreak(block.lines());
                if (cut > 0) {
                    if (current == null) {
                        throw new LetterParseException("a guideline or rationale line comes before any disputed item");
                    }
                    current.set(label.field, strip(Texts.join(block.lines().subList(0, cut)), label));
                    current = newItem(items, Texts.join(block.lines().subList(cut, block.lines().size())));
                    field = null;
                    continue;
                }
            }
            if (label != null) {
                if (current == null) {
                    throw new LetterParseException("a guideline or rationale line comes before any disputed item");
                }
                field = current.set(label.field, strip(text, label));
            } else if (OUTCOME_END.matcher(text).matches()) {
                current = newItem(items, text);
                field = null;
            } else if (field != null) {
                Texts.appendJoined(field, text);
            }
            // anything else before the first item is the introduction
        }
        List<ItemDetermination> result = new ArrayList<>(items.size());
        for (ItemBuilder item : items) {
            result.add(item.build());
        }
        return result;
    }

    private static ItemBuilder newItem(List<ItemBuilder> items, String headerText) {
        Matcher m = OUTCOME_END.matcher(INTRO.matcher(headerText).replaceFirst(""));
        if (!m.matches()) {
            throw new IllegalStateException("not an item header: " + headerText);
        }
        ItemBuilder item = new ItemBuilder(REQUEST_FOR.matcher(m.group("request")).replaceFirst(""),
                Outcome.fromLabel(m.group("outcome").toLowerCase(Locale.ROOT)));
        items.add(item);
        return item;
    }

    /** An outcome word alone ("is:" at the end of one line, "Upheld" on the next paragraph) joins its header. */
    private static List<Block> mergeBareOutcomes(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!out.isEmpty() && BARE_OUTCOME.matcher(b.text()).matches() && out.get(out.size() - 1).text().endsWith(":")) {
                List<String> lines = new ArrayList<>(out.remove(out.size() - 1).lines());
                lines.addAll(b.lines());
                out.add(new Block(lines));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** The index of the last line that follows a line ending a sentence, or -1. */
    private static int lastSentenceBreak(List<String> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            if (SENTENCE_END.matcher(lines.get(i - 1)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensLabel(String line) {
        return labelOf(line) != null;
    }

    private static Label labelOf(String text) {
        for (Label l : LABELS) {
            if (l.pattern.matcher(text).lookingAt()) {
                return l;
            }
        }
        return null;
    }

    private static String strip(String text, Label label) {
        Matcher m = label.pattern.matcher(text);
        return m.lookingAt() ? text.substring(m.end()).strip() : text;
    }

    private static final class ItemBuilder {
        private final String header;
        private final Outcome outcome;
        private StringBuilder claimsAdministrator;
        private StringBuilder reviewer;
        private StringBuilder rationale;

        ItemBuilder(String header, Outcome outcome) {
            this.header = header;
            this.outcome = outcome;
        }

        StringBuilder set(Field field, String text) {
            StringBuilder sb = new StringBuilder(text);
            switch (field) {
                case CLAIMS_ADMINISTRATOR -> claimsAdministrator = sb;
                case REVIEWER -> reviewer = sb;
                case RATIONALE -> rationale = sb;
            }
            return sb;
        }

        ItemDetermination build() throws LetterParseException {
            if (reviewer == null && (isWithheld(claimsAdministrator) || isWithheld(rationale))) {
                // a blinded copy (shared/tools/blind-letters.py): its guideline lines and rationale read "Withheld.",
                // and the blinding can take the MAXIMUS line into the line before it
                reviewer = new StringBuilder(WITHHELD);
            }
            if (reviewer == null) {
                throw new LetterParseException("item '" + shorten(header) + "' has no MAXIMUS guideline line");
            }
            return new ItemDetermination(RequestParser.parse(header), outcome,
                    claimsAdministrator == null ? null : CitationParser.parse(claimsAdministrator.toString()),
                    CitationParser.parse(reviewer.toString()),
                    rationale == null ? "" : Texts.collapse(rationale.toString()));
        }
    }

    static final String WITHHELD = "Withheld.";

    private static boolean isWithheld(StringBuilder field) {
        return field != null && field.toString().strip().equals(WITHHELD);
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
