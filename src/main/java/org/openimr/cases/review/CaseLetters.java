package org.openimr.cases.review;

import java.util.ArrayList;
import java.util.List;

import org.openimr.cases.Application;
import org.openimr.cases.CaseEvent;
import org.openimr.cases.DisputedItem;
import org.openimr.cases.ImrCase;
import org.openimr.cases.store.CaseStore;
import org.openimr.determination.ReviewerDecision;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.CitationSentence;
import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.LetterParties;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.reviewers.CredentialsStatement;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerAssignments;
import org.openimr.reviewers.RuleBook;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.CitationBasis;
import org.springframework.stereotype.Service;

/**
 * The Final Determination Letter of a case, made from its signed review, in the current layout
 * ({@link Layout#HEADER_2016}) and addressed to the parties of its application:
 * <ul>
 * <li>header dates from the case: reviewer assigned, injury, decision (the signing date), UR denial, application
 * received; the priority of the review;</li>
 * <li>the credentials of the reviewer who signed, who must be the reviewer assigned through the conflict screening:
 * the licensure and certification block and the qualifications paragraph, generated from their panel record and the
 * conflict attestation of the assignment ({@link CredentialsStatement#forLetter}), never typed, and never naming
 * them;</li>
 * <li>the documents of the case file (each by type, author and date), the clinical case summary as signed, and per
 * disputed item the outcome, the claims administrator's guideline (from the UR decision), the reviewer's guideline
 * and the rationale (preceded, for a source outside the MTUS, by the reviewer's reason the MTUS does not apply).</li>
 * </ul>
 * It reads the case without a user's access rules: the issuing of the letter, not a person, calls it.
 */
@Service
public class CaseLetters {

    private final CaseStore cases;
    private final CaseDocuments documents;
    private final ReviewStore reviews;
    private final ReviewerDirectory reviewers;
    private final ReviewerAssignments assignments;
    private final RuleBook rules = RuleBook.standard();

    CaseLetters(CaseStore cases, CaseDocuments documents, ReviewStore reviews, ReviewerDirectory reviewers,
            ReviewerAssignments assignments) {
        this.cases = cases;
        this.documents = documents;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.assignments = assignments;
    }

    /**
     * The letter of a case whose review is signed.
     *
     * @throws ReviewNotSignedException when the case does not exist or has no signed review
     * @throws IllegalStateException    when the reviewer who signed is not the reviewer assigned through the conflict
     *                                  screening, or has no record whose credentials a letter can state
     */
    public AddressedLetter letterFor(CaseNumber caseNumber) {
        ImrCase c = cases.load(caseNumber).orElseThrow(() -> new ReviewNotSignedException(caseNumber)).imrCase();
        Review review = reviews.load(caseNumber);
        Review.Signature signature = review.signature().orElseThrow(() -> new ReviewNotSignedException(caseNumber));
        Application a = c.application().orElseThrow(() -> new ReviewNotSignedException(caseNumber));
        ReviewerCredentials stated = credentials(caseNumber, c, signature);

        LetterDates dates = new LetterDates(ReviewService.assignedOn(c).orElse(null), a.dateOfInjury(),
                signature.signedOn(), a.urDecision().date(), a.receivedOn());
        String summary = review.summary().orElseThrow(() -> new ReviewNotSignedException(caseNumber));
        List<DocumentReviewed> reviewed = documents.of(caseNumber).stream()
                .map(d -> new DocumentReviewed(d.description(), d.author(), d.date())).toList();
        List<ItemDetermination> items = new ArrayList<>();
        List<DisputedItem> disputed = c.itemsUnderReview();
        for (int i = 0; i < disputed.size(); i++) {
            Review.DecidedItem decided = review.decisions().get(i);
            ReviewerDecision d = decided.decision();
            String rationale = d.citation().basis() == CitationBasis.NON_MTUS && d.whyNotMtus().isPresent()
                    ? d.whyNotMtus().get() + " " + d.rationale() : d.rationale();
            items.add(new ItemDetermination(DisputedRequest.of(disputed.get(i).request()), d.outcome(),
                    CitationSentence.withSentence(decided.claimsAdministratorCitation(),
                            CitationSentence.Citer.CLAIMS_ADMINISTRATOR),
                    CitationSentence.withSentence(d.citation(), CitationSentence.Citer.EXPERT_REVIEWER), rationale));
        }
        FinalDeterminationLetter letter = new FinalDeterminationLetter(Layout.HEADER_2016, caseNumber, dates,
                c.priority(), stated, PatientAsStated.of(summary), summary, reviewed, items);
        return new AddressedLetter(letter, parties(a));
    }

    /**
     * The credentials of the reviewer who signed, once it is certain they are the reviewer assigned: the case's last
     * assignment names their sign-in, and its stored conflict attestation their panel record.
     */
    private ReviewerCredentials credentials(CaseNumber caseNumber, ImrCase c, Review.Signature signature) {
        String signedBy = signature.signedBy();
        String assignedTo = c.events().stream().filter(e -> e instanceof CaseEvent.ReviewerAssigned)
                .map(e -> ((CaseEvent.ReviewerAssigned) e).reviewer()).reduce((a, b) -> b).orElse(null);
        if (!signedBy.equals(assignedTo)) {
            throw new IllegalStateException("Case " + caseNumber + " was signed by " + signedBy + ", who is not the "
                    + "reviewer assigned to it: the letter states the assigned reviewer's credentials only.");
        }
        ReviewerAssignments.Recorded assignment = assignments.current(caseNumber).orElseThrow(() ->
                new IllegalStateException("Case " + caseNumber + " has no conflict attestation: its reviewer was not "
                        + "assigned through the conflict screening, so the letter cannot state their qualifications."));
        Reviewer reviewer = reviewers.bySignInName(signedBy).orElseThrow(() -> new IllegalStateException(
                "No reviewer record for sign-in name " + signedBy + ", who signed case " + caseNumber
                        + ": the letter cannot state the reviewer's credentials."));
        if (!assignment.reviewer().equals(reviewer.id())) {
            throw new IllegalStateException("Case " + caseNumber + " was signed by " + signedBy + ", whose panel "
                    + "record is not the one its conflict attestation screened: the letter cannot state the assigned "
                    + "reviewer's credentials.");
        }
        CredentialsStatement credentials = CredentialsStatement.forLetter(reviewer, assignment, signature.signedOn(),
                rules);
        return new ReviewerCredentials(credentials.licensureStates(), credentials.certifications(),
                credentials.qualifications());
    }

    /** The parties the letter is addressed to: the application's, with the representative the employee designated. */
    static LetterParties parties(Application a) {
        var employee = a.employee();
        var address = employee.address();
        var physician = a.requestingPhysician().name();
        LetterParties parties = new LetterParties(new LetterParties.PersonName(given(employee.name()),
                employee.name().last()), postal(address), employee.dateOfBirth(),
                new LetterParties.ClaimNumber(a.claimNumber().value()), a.employer().name(),
                a.claimsAdministrator().company(), new LetterParties.PersonName(given(physician), physician.last()));
        return a.representative().map(r -> parties.withRepresentative(new LetterParties.Representative(r.name(),
                r.firm(), postal(r.address())))).orElse(parties);
    }

    private static LetterParties.PostalAddress postal(org.openimr.cases.PostalAddress address) {
        return new LetterParties.PostalAddress(address.street(), address.city(), address.state(), address.zip());
    }

    private static String given(org.openimr.cases.PersonName name) {
        return name.middleInitial().map(m -> name.first() + " " + m).orElse(name.first());
    }
}
