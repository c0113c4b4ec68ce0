package org.openimr.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a case file's documents as one record, with the reviewer's {@link FactCorrection corrections} applied:
 * a fact marked wrong has its span blanked, a changed value has its span replaced by the corrected text. The engine
 * reads this record; {@link #toDocument} maps a span of the record back to the document (and offsets) it came from,
 * so that every fact a draft quotes links to its document. The documents themselves never change.
 *
 * <p>Of several corrections of the same span the last counts; a correction overlapping an earlier-placed one is
 * ignored (and reported by {@link #ignored()}).
 */
public final class CorrectedRecord {

    /** Between two documents: a paragraph break, so that no sentence runs from one into the next. */
    static final String SEPARATOR = "\n\n";

    private record Piece(int recordStart, int recordEnd, String documentId, int documentStart, int documentEnd,
            boolean corrected) {
    }

    private final String text;
    private final List<Piece> pieces;
    private final List<FactCorrection> ignored;

    private CorrectedRecord(String text, List<Piece> pieces, List<FactCorrection> ignored) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
        this.ignored = List.copyOf(ignored);
    }

    /** The record of the documents, in order, with the corrections (in the order they were made) applied. */
    public static CorrectedRecord of(List<CaseDocument> documents, List<FactCorrection> corrections) {
        Map<String, FactCorrection> latest = new LinkedHashMap<>();
        for (FactCorrection c : corrections) {
            latest.put(c.span().documentId() + ":" + c.span().start() + ":" + c.span().end(), c);
        }
        StringBuilder text = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        List<FactCorrection> ignored = new ArrayList<>();
        for (CaseDocument d : documents) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            List<FactCorrection> mine = latest.values().stream()
                    .filter(c -> c.span().documentId().equals(d.id()) && c.span().end() <= d.text().length())
                    .sorted(Comparator.comparingInt((FactCorrection c) -> c.span().start())).toList();
            int at = 0;
            for (FactCorrection c : mine) {
                if (c.span().start() < at) {
                    ignored.add(c);
                    continue;
                }
                copy(d, at, c.span().start(), text, pieces);
                int start = text.length();
                text.append(c.action() == FactCorrection.Action.MARKED_WRONG ? " ".repeat(c.span().length())
                        : c.after());
                pieces.add(new Piece(start, text.length(), d.id(), c.span().start(), c.span().end(), true));
                at = c.span().end();
            }
            copy(d, at, d.text().length(), text, pieces);
        }
        return new CorrectedRecord(text.toString(), pieces, ignored);
    }

    private static void copy(CaseDocument d, int from, int to, StringBuilder text, List<Piece> pieces) {
        if (to > from) {
            int start = text.length();
            text.append(d.text(), from, to);
            pieces.add(new Piece(start, text.length(), d.id(), from, to, false));
        }
    }

    /** The record's text, as the engine reads it. */
    public String text() {
        return text;
    }

    /** Corrections not applied because they overlap another one. */
    public List<FactCorrection> ignored() {
        return ignored;
    }

    /**
     * Where a span of the record lies in the documents: the document and its offsets (a span inside corrected text
     * maps to the corrected span of the original document; a span running past its document's end is cut there).
     * Empty for a span of the separators or of another document than the record.
     */
    public Optional<Location> toDocument(int start, int end) {
        for (Piece p : pieces) {
            if (start >= p.recordStart() && start < p.recordEnd()) {
                if (p.corrected()) {
                    return Optional.of(new Location(p.documentId(), p.documentStart(), p.documentEnd(), true));
                }
                int from = p.documentStart() + (start - p.recordStart());
                int to = p.documentStart() + (Math.min(end, p.recordEnd()) - p.recordStart());
                return Optional.of(new Location(p.documentId(), from, to, false));
            }
        }
        return Optional.empty();
    }

    /** A place in a document; {@code corrected} when the record reads the reviewer's correction there. */
    public record Location(String documentId, int start, int end, boolean corrected) {
    }
}
