package org.openimr.cases.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.openimr.cases.Application;
import org.openimr.cases.DisputedItem;
import org.openimr.cases.IllegalTransitionException;
import org.openimr.cases.ImrCase;
import org.openimr.shared.CaseNumber;

/**
 * What the quality check needs of the case a letter decides.
 *
 * @param caseNumber       the case's number, which the letter must carry
 * @param requestDate      the date the guideline editions are judged on: the date of the request for treatment. The
 *                         application form has no separate request date, so a case gives its UR decision date, the
 *                         first dated step of the request the file holds (UR decides within days of the request)
 * @param disputedRequests the treatments under review, in the case's order: the letter decides each, in order
 */
public record LetterCase(CaseNumber caseNumber, LocalDate requestDate, List<String> disputedRequests) {

    public LetterCase {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(requestDate, "request date");
        disputedRequests = List.copyOf(disputedRequests);
    }

    /** The letter's view of a case under review. */
    public static LetterCase of(ImrCase c) {
        Application application = c.application().orElseThrow(() -> new IllegalTransitionException("Case "
                + c.caseNumber() + " has no complete application, so no letter can decide it."));
        return new LetterCase(c.caseNumber(), application.urDecision().date(),
                c.itemsUnderReview().stream().map(DisputedItem::request).toList());
    }
}
