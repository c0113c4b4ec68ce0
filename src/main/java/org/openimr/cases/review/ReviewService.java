package org.openimr.cases.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.CorrectedRecord;
import org.openimr.casefile.DocumentText;
import org.openimr.casefile.DocumentType;
import org.openimr.casefile.FactCorrection;
import org.openimr.casefile.FactOnRecord;
import org.openimr.casefile.Span;
import org.openimr.cases.Application;
import org.openimr.cases.CaseEvent;
import org.openimr.cases.DisputedItem;
import org.openimr.cases.ImrCase;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.StoredCase;
import org.openimr.determination.CaseDates;
import org.openimr.determination.CaseForDetermination;
import org.openimr.determination.CitationChoice;
import org.openimr.determination.CitationChoices;
import org.openimr.determination.DeterminationEngine;
import org.openimr.determination.Draft;
import org.openimr.determination.InvalidDecisionException;
import org.openimr.determination.ReviewerDecision;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The physician reviewer's work on a case: the documents of the case file (upload, read, search), the facts read from
 * them and their corrections, the engine's drafts, the decision of each disputed item, the clinical case summary and
 * the signature.
 *
 * <p>Who may do what: anyone who may see the case (a REVIEWER only their assigned cases; any other case is "not
 * found") reads it and adds documents; only the assigned reviewer corrects, decides, writes the summary and signs.
 * Every read and change is audited, refused ones too. Every change names the review version it was made on and is
 * refused when another change came first; once signed, nothing changes.
 */
@Service
public class ReviewService {

    private final CaseService cases;
    private final CaseDocuments documents;
    private final ReviewStore reviews;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DeterminationEngine engine = DeterminationEngine.standard();
    private final CitationChoices citations = new CitationChoices(engine);
    private final ClinicalFactExtractor extractor = ClinicalFactExtractor.standard();
    private final DocumentText reader = DocumentText.standard();

    public ReviewService(CaseService cases, CaseDocuments documents, ReviewStore reviews, AuditLog audit,
            TransactionTemplate tx, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.reviews = reviews;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    // --- reading ---

    /** The workspace of a case the user may see; audited. */
    public Workspace open(CaseNumber n) {
        StoredCase c = visible(n, "OPEN_REVIEW");
        Workspace w = workspace(c);
        audit.record("OPEN_REVIEW", n.value(), AuditLog.Outcome.ALLOWED, null);
        return w;
    }

    /** One document of the case, with its text; audited. */
    public StoredDocument readDocument(CaseNumber n, long id) {
        visible(n, "READ_DOCUMENT");
        StoredDocument d = documents.one(n, id).orElse(null);
        if (d == null) {
            audit.record("READ_DOCUMENT", n.value(), AuditLog.Outcome.NOT_FOUND, "document " + id);
            throw new CaseNotFoundException(n);
        }
        audit.record("READ_DOCUMENT", n.value(), AuditLog.Outcome.ALLOWED, "document " + id);
        return d;
    }

    /** The case's documents matching a query (PostgreSQL full text, web-search syntax); audited. */
    public List<CaseDocuments.Hit> search(CaseNumber n, String query) {
        visible(n, "SEARCH_DOCUMENTS");
        List<CaseDocuments.Hit> hits = query == null || query.isBlank() ? List.of() : documents.search(n, query);
        audit.record("SEARCH_DOCUMENTS", n.value(), AuditLog.Outcome.ALLOWED, hits.size() + " hit(s)");
        return hits;
    }

    // --- changes ---

    /**
     * Adds a document to the case file: a PDF (its text extracted) or UTF-8 text, with its type, author and date.
     * Refused (nothing stored) when a field is missing or the file cannot be read, and once the review is signed.
     */
    public StoredDocument upload(CaseNumber n, String type, String author, String date, String fileName,
            byte[] content) {
        String action = "UPLOAD_DOCUMENT";
        StoredCase c = visible(n, action);
        try {
            Map<String, String> problems = new LinkedHashMap<>();
            DocumentType documentType = parseType(type, problems);
            if (author == null || author.isBlank()) {
                problems.put("author", "Give the author of the document.");
            }
            LocalDate on = parseDate(date, problems);
            String text = null;
            if (content == null || content.length == 0) {
                problems.put("file", "Choose a PDF or text file, or paste the text.");
            } else {
                try {
                    text = reader.read(fileName, content);
                } catch (IllegalArgumentException e) {
                    problems.put("file", e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new ReviewInputException(problems);
            }
            Review review = reviews.load(n);
            if (review.isSigned()) {
                throw signed(n, review);
            }
            String body = text;
            StoredDocument stored = documents.add(c.imrCase().caseNumber(), documentType, author.strip(), on,
                    fileName, DocumentText.isPdf(content) ? "application/pdf" : "text/plain", body, user());
            audit.record(action, n.value(), AuditLog.Outcome.ALLOWED, "document " + stored.id() + " "
                    + documentType + " " + fileName);
            return stored;
        } catch (ReviewInputException e) {
            audit.record(action, n.value(), AuditLog.Outcome.INVALID, e.getMessage());
            throw e;
        } catch (NotTheAssignedReviewerException e) {
            audit.record(action, n.value(), AuditLog.Outcome.DENIED, e.getMessage());
            throw e;
        } catch (ReviewConflictException e) {
            audit.record(action, n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        }
    }

    /**
     * Corrects a fact of a document (identified by its document and span, as the workspace lists it): marks it wrong,
     * or gives the text the record should read there. The drafts read the corrected record.
     */
    public Review correct(CaseNumber n, int version, String factKey, boolean wrong, String after) {
        return change(n, version, "CORRECT_FACT", (c, review) -> {
            Workspace.Fact fact = facts(documents.of(n), review).stream().filter(f -> f.key().equals(factKey))
                    .findFirst().orElseThrow(() -> new ReviewInputException(Map.of("fact",
                            "There is no such fact in the case's documents.")));
            FactCorrection correction;
            try {
                correction = new FactCorrection(fact.fact().span(), fact.fact().kind(),
                        wrong ? FactCorrection.Action.MARKED_WRONG : FactCorrection.Action.VALUE_CHANGED, after);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ReviewInputException(Map.of("after",
                        "Give the text the record should read, or mark the fact wrong."));
            }
            reviews.addCorrection(n, fact.document().id(), correction, user());
            return correction.describe();
        });
    }

    /** Records the decision of an item (0-based), replacing an earlier one. */
    public Review decide(CaseNumber n, int version, int item, DecisionInput input) {
        return change(n, version, "DECIDE_ITEM", (c, review) -> {
            List<Draft> drafts = drafts(c.imrCase(), documents.of(n), review);
            if (item < 0 || item >= drafts.size()) {
                throw new ReviewInputException(Map.of("item", "The case has no item " + (item + 1) + "."));
            }
            Draft draft = drafts.get(item);
            Map<String, String> problems = new LinkedHashMap<>();
            Optional<GuidelineCitation> citation = citation(draft, input.citation(), input.otherSource(), "citation",
                    "otherSource", false, problems);
            Optional<GuidelineCitation> claimsAdministrator = citation(draft, input.caCitation(),
                    input.caOtherSource(), "caCitation", "caOtherSource", true, problems);
            Outcome outcome = null;
            try {
                outcome = input.outcome() == null || input.outcome().isBlank() ? null
                        : Outcome.valueOf(input.outcome());
            } catch (IllegalArgumentException e) {
                problems.put("outcome", "Choose Upheld or Overturned.");
            }
            ReviewerDecision decision;
            try {
                decision = ReviewerDecision.of(draft, outcome, citation, input.whyNotMtus(), input.rationale(),
                        input.reasonForChange());
            } catch (InvalidDecisionException e) {
                // a source outside the MTUS without its name is already said beside that field
                e.problems().forEach((field, message) -> {
                    if (!(field.equals("citation") && problems.containsKey("otherSource"))) {
                        problems.putIfAbsent(field, message);
                    }
                });
                decision = null;
            }
            if (!problems.isEmpty()) {
                throw new ReviewInputException(problems);
            }
            reviews.saveDecision(n, decision, claimsAdministrator.orElseThrow(), user());
            return "item " + (item + 1) + ": " + decision.outcome() + (decision.changesDraft()
                    ? " (draft " + decision.draftOutcome() + "; reason: " + decision.reasonForChange().orElseThrow()
                            + ")" : "");
        });
    }

    /** Saves the clinical case summary as the reviewer wrote it. */
    public Review writeSummary(CaseNumber n, int version, String summary) {
        return change(n, version, "WRITE_SUMMARY", (c, review) -> {
            if (summary == null || summary.isBlank()) {
                throw new ReviewInputException(Map.of("summary", "Write the clinical case summary."));
            }
            reviews.saveSummary(n, summary.strip().replaceAll("\\s+", " "));
            return summary.strip().length() + " characters";
        });
    }

    /** Signs the review, dated today: only when every item is decided and the summary written. Final. */
    public Review sign(CaseNumber n, int version) {
        return change(n, version, "SIGN_REVIEW", (c, review) -> {
            List<String> missing = missingToSign(c.imrCase(), review);
            if (!missing.isEmpty()) {
                throw new ReviewConflictException("The review of case " + n + " cannot be signed yet: "
                        + String.join("; ", missing) + ".");
            }
            LocalDate today = LocalDate.now(clock);
            reviews.sign(n, user(), today);
            return "signed on " + today;
        });
    }

    // --- the workspace ---

    /** The signed review of a case (for its letter), read without a user's access rules; empty when not signed. */
    Optional<Review> signedReview(CaseNumber n) {
        Review r = reviews.load(n);
        return r.isSigned() ? Optional.of(r) : Optional.empty();
    }

    private Workspace workspace(StoredCase c) {
        CaseNumber n = c.imrCase().caseNumber();
        List<StoredDocument> docs = documents.of(n);
        Review review = reviews.load(n);
        CorrectedRecord record = record(docs, review);
        List<Draft> drafts = drafts(c.imrCase(), record, review);
        List<DisputedItem> items = c.imrCase().itemsUnderReview();
        List<Workspace.Item> shown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Draft d = drafts.get(i);
            shown.add(new Workspace.Item(i, items.get(i).request(), d, citations.forDraft(d),
                    Optional.ofNullable(review.decisions().get(i))));
        }
        LocalDate injury = c.imrCase().application().map(Application::dateOfInjury).orElse(null);
        CaseSummaryDraft summary = injury == null ? new CaseSummaryDraft(List.of())
                : CaseSummaryDraft.of(docs, record, injury, extractor);
        boolean assigned = isAssignedReviewer(c);
        return new Workspace(c, review, docs, facts(docs, review), shown, summary, assigned && !review.isSigned(),
                !review.isSigned(), missingToSign(c.imrCase(), review), record);
    }

    private List<Workspace.Fact> facts(List<StoredDocument> docs, Review review) {
        List<Workspace.Fact> facts = new ArrayList<>();
        List<String> order = docs.stream().map(StoredDocument::documentId).toList();
        Map<String, StoredDocument> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.documentId(), d));
        List<CaseDocument> caseDocuments = docs.stream().map(StoredDocument::toCaseDocument).toList();
        for (FactOnRecord f : FactOnRecord.list(extractor.extract(caseDocuments), order)) {
            Span s = f.span();
            Optional<Review.RecordedCorrection> correction = review.corrections().stream()
                    .filter(rc -> rc.correction().span().equals(s)).reduce((a, b) -> b);
            facts.add(new Workspace.Fact(f, byId.get(s.documentId()), correction));
        }
        return facts;
    }

    private CorrectedRecord record(List<StoredDocument> docs, Review review) {
        return CorrectedRecord.of(docs.stream().map(StoredDocument::toCaseDocument).toList(),
                review.corrections().stream().map(Review.RecordedCorrection::correction).toList());
    }

    private List<Draft> drafts(ImrCase c, List<StoredDocument> docs, Review review) {
        return drafts(c, record(docs, review), review);
    }

    private List<Draft> drafts(ImrCase c, CorrectedRecord record, Review review) {
        List<String> requests = c.itemsUnderReview().stream().map(DisputedItem::request).toList();
        return engine.draft(new CaseForDetermination(datesOf(c, review), record.text(), requests));
    }

    /** The case's header dates as the engine reads them: the request date is the UR denial date. */
    static CaseDates datesOf(ImrCase c, Review review) {
        Optional<Application> a = c.application();
        return new CaseDates(a.map(x -> x.urDecision().date()), a.map(Application::receivedOn), assignedOn(c),
                review.signature().map(Review.Signature::signedOn), a.map(Application::dateOfInjury));
    }

    /** The day the reviewer (the last one, if reassigned) was assigned. */
    static Optional<LocalDate> assignedOn(ImrCase c) {
        return c.events().stream().filter(e -> e instanceof CaseEvent.ReviewerAssigned).map(CaseEvent::on)
                .reduce((a, b) -> b);
    }

    private List<String> missingToSign(ImrCase c, Review review) {
        List<String> missing = new ArrayList<>();
        List<DisputedItem> items = c.itemsUnderReview();
        for (int i = 0; i < items.size(); i++) {
            if (!review.decisions().containsKey(i)) {
                missing.add("item " + (i + 1) + " (" + items.get(i).request() + ") is not decided");
            }
        }
        if (review.summary().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("the clinical case summary is not saved");
        }
        return missing;
    }

    private Optional<GuidelineCitation> citation(Draft draft, String choice, String otherSource, String field,
            String otherField, boolean claimsAdministrator, Map<String, String> problems) {
        if (choice == null || choice.isBlank()) {
            problems.put(field, claimsAdministrator ? "Give the guideline the UR decision cited, or \"none\"."
                    : "Choose the guideline the decision rests on.");
            return Optional.empty();
        }
        if (claimsAdministrator && DecisionInput.NONE.equals(choice)) {
            return Optional.of(GuidelineCitation.none(
                    "The Claims Administrator did not cite any medical evidence for its decision."));
        }
        if (DecisionInput.OTHER.equals(choice)) {
            if (otherSource == null || otherSource.isBlank()) {
                problems.put(otherField, "Name the source outside the MTUS.");
                return Optional.empty();
            }
            String source = otherSource.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
            return Optional.of(GuidelineCitation.nonMtus(List.of(source),
                    "Decision based on Non-MTUS Citation " + source + "."));
        }
        Optional<CitationChoice> chosen = citations.byId(draft, choice);
        if (chosen.isEmpty()) {
            problems.put(field, "The guideline data has no recommendation \"" + choice + "\".");
        }
        return chosen.map(CitationChoice::citation);
    }

    /** A change of the review: the assigned reviewer, an unsigned review at the version read; audited. */
    private Review change(CaseNumber n, int version, String action, Change work) {
        StoredCase c = visible(n, action);
        if (!isAssignedReviewer(c)) {
            NotTheAssignedReviewerException e = new NotTheAssignedReviewerException(n, user());
            audit.record(action, n.value(), AuditLog.Outcome.DENIED, e.getMessage());
            throw e;
        }
        try {
            String detail = tx.execute(status -> {
                // a reassignment made since the case was read wins: the review is then no longer this reviewer's
                if (!isAssignedReviewer(cases.holdCase(n))) {
                    throw new NotTheAssignedReviewerException(n, user());
                }
                Review current = reviews.load(n);
                if (current.isSigned()) {
                    throw signed(n, current);
                }
                if (!reviews.advance(n, version)) {
                    Review now = reviews.load(n);
                    throw now.isSigned() ? signed(n, now) : new ReviewConflictException("The review of case " + n
                            + " changed since you opened it (you had version " + version + ", it is now at version "
                            + now.version() + "): reload the page and make your change again. Nothing was saved.");
                }
                return work.apply(c, current);
            });
            audit.record(action, n.value(), AuditLog.Outcome.ALLOWED, detail);
            return reviews.load(n);
        } catch (NotTheAssignedReviewerException e) {
            audit.record(action, n.value(), AuditLog.Outcome.DENIED, e.getMessage());
            throw e;
        } catch (ReviewConflictException e) {
            audit.record(action, n.value(), AuditLog.Outcome.CONFLICT, e.getMessage());
            throw e;
        } catch (IllegalArgumentException e) {
            audit.record(action, n.value(), AuditLog.Outcome.INVALID, e.getMessage());
            throw e;
        }
    }

    @FunctionalInterface
    private interface Change {
        /** Does the change; returns what the audit log says of it. */
        String apply(StoredCase c, Review current);
    }

    private static ReviewConflictException signed(CaseNumber n, Review review) {
        Review.Signature s = review.signature().orElseThrow();
        return new ReviewConflictException("The review of case " + n + " was signed by " + s.signedBy() + " on "
                + s.signedOn() + ": a signed review is final and cannot change.");
    }

    private StoredCase visible(CaseNumber n, String action) {
        return cases.read(n).orElseThrow(() -> {
            audit.record(action, n.value(), AuditLog.Outcome.NOT_FOUND, null);
            return new CaseNotFoundException(n);
        });
    }

    private static boolean isAssignedReviewer(StoredCase c) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getName().equals(c.reviewer())
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_REVIEWER"));
    }

    private static DocumentType parseType(String type, Map<String, String> problems) {
        try {
            return DocumentType.valueOf(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            problems.put("type", "Choose the type of document.");
            return null;
        }
    }

    private LocalDate parseDate(String date, Map<String, String> problems) {
        try {
            LocalDate on = LocalDate.parse(date == null ? "" : date.strip());
            if (on.isAfter(LocalDate.now(clock))) {
                problems.put("date", "The date of the document is in the future.");
            }
            return on;
        } catch (java.time.format.DateTimeParseException e) {
            problems.put("date", "Give the date of the document (YYYY-MM-DD).");
            return null;
        }
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
