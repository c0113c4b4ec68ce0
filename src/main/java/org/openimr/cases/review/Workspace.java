package org.openimr.cases.review;

import java.util.List;
import java.util.Optional;

import org.openimr.casefile.CorrectedRecord;
import org.openimr.casefile.FactOnRecord;
import org.openimr.cases.store.StoredCase;
import org.openimr.determination.CitationChoice;
import org.openimr.determination.Draft;
import org.openimr.determination.Evidence;

/**
 * What the reviewer's workspace shows of a case: its documents, the facts read from them (with any correction), for
 * each disputed item the engine's draft with its trace, the citations offered and the decision so far, the summary
 * (as written, or the draft from the facts), and whether the user may change anything.
 */
public record Workspace(StoredCase stored, Review review, List<StoredDocument> documents, List<Fact> facts,
        List<Item> items, CaseSummaryDraft summaryDraft, boolean mayDecide, boolean mayUpload,
        List<String> missingToSign, CorrectedRecord record) {

    /** A fact as read from its document, and the reviewer's last correction of it. */
    public record Fact(FactOnRecord fact, StoredDocument document, Optional<Review.RecordedCorrection> correction) {
        /** A key unique within the case: "D12-140-152". */
        public String key() {
            return fact.span().documentId() + "-" + fact.span().start() + "-" + fact.span().end();
        }
    }

    /** A disputed item: its request, the engine's draft, the citations offered, and the decision so far. */
    public record Item(int index, String request, Draft draft, List<CitationChoice> choices,
            Optional<Review.DecidedItem> decided) {
    }

    /** A link target for a piece of the engine's evidence: the document and span it came from. */
    public Optional<CorrectedRecord.Location> sourceOf(Evidence evidence) {
        if (!"record".equals(evidence.span().documentId())) {
            return Optional.empty();
        }
        return record.toDocument(evidence.span().start(), evidence.span().end());
    }

    /** The summary as the reviewer wrote it, else the draft from the facts. */
    public String summaryText() {
        return review.summary().orElse(summaryDraft.text());
    }

    public boolean isSigned() {
        return review.isSigned();
    }
}
