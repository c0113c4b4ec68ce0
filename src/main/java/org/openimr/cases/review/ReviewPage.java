package org.openimr.cases.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.CorrectedRecord;
import org.openimr.cases.web.StaffModels;
import org.openimr.determination.CitationChoice;
import org.openimr.determination.Evidence;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;

/**
 * What the review page shows: the workspace, the messages of a refused change (per field, keyed "form.field", or one
 * for the whole page), what was typed into the refused form, and the results of a search of the documents.
 */
public record ReviewPage(StaffModels.Page page, Workspace w, Map<String, String> errors, String error,
        Map<String, String> entered, String query, List<CaseDocuments.Hit> hits) {

    public ReviewPage {
        errors = Map.copyOf(errors);
        entered = Map.copyOf(entered);
        hits = List.copyOf(hits);
    }

    public String caseNumber() {
        return w.stored().imrCase().caseNumber().value();
    }

    /** The message beside a field, or null. */
    public String errorOf(String form, String field) {
        return errors.get(form + "." + field);
    }

    /** What a field of a form shows: what was typed into it when the form was refused, else {@code stored}. */
    public String valueOf(String form, String field, String stored) {
        return entered.containsKey(form + "." + field) ? entered.get(form + "." + field) : stored;
    }

    /** The link to a span of a document. */
    public String link(CorrectedRecord.Location at) {
        return "/staff/cases/" + caseNumber() + "/review/documents/" + at.documentId().substring(1) + "?from="
                + at.start() + "&to=" + at.end() + "#span";
    }

    public Optional<String> linkOf(Evidence evidence) {
        return w.sourceOf(evidence).map(this::link);
    }

    /** The choice the item's citation list starts on: the decision's, else the draft's own recommendation. */
    public String chosenCitation(Workspace.Item item) {
        return item.decided().map(d -> choiceOf(item, d.decision().citation()))
                .orElse(item.draft().citation().flatMap(c -> item.choices().stream()
                        .filter(ch -> ch.citation().equals(c)).map(CitationChoice::id).findFirst()).orElse(""));
    }

    public String chosenClaimsAdministratorCitation(Workspace.Item item) {
        return item.decided().map(d -> d.claimsAdministratorCitation().basis() == CitationBasis.NONE
                ? DecisionInput.NONE : choiceOf(item, d.claimsAdministratorCitation())).orElse("");
    }

    /** The source outside the MTUS a decided citation names, for the "other source" field. */
    public String otherSource(Optional<GuidelineCitation> citation, Workspace.Item item) {
        return citation.filter(c -> DecisionInput.OTHER.equals(choiceOf(item, c)))
                .map(c -> String.join(", ", c.otherSources())).orElse("");
    }

    private static String choiceOf(Workspace.Item item, GuidelineCitation citation) {
        return item.choices().stream().filter(c -> c.citation().equals(citation)).map(CitationChoice::id).findFirst()
                .orElse(DecisionInput.OTHER);
    }
}
