package org.openimr.cases.review;

import java.util.ArrayList;
import java.util.List;

import org.openimr.cases.Application;
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
import org.openimr.letters.LetterWording;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.reviewers.CredentialsStatement;
import org.openimr.reviewers.Reviewer;
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
 * <li>the credentials of the reviewer who signed, from their record ({@link CredentialsStatement});</li>
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
    private final RuleBook rules = RuleBook.standard();

    CaseLetters(CaseStore cases, CaseDocuments documents, ReviewStore reviews, ReviewerDirectory reviewers) {
        this.cases = cases;
        this.documents = documents;
        this.reviews = reviews;
        this.reviewers = reviewers;
    }

    /**
     * The letter of a case whose review is signed.
     *
     * @throws ReviewNotSignedException when the case does not exist or has no signed review
     * @throws IllegalStateException    when the reviewer who signed has no record whose credentials a letter can state
     */
    public AddressedLetter letterFor(CaseNumber caseNumber) {
        ImrCase c = cases.load(caseNumber).orElseThrow(() -> new ReviewNotSignedException(caseNumber)).imrCase();
        Review review = reviews.load(caseNumber);
        Review.Signature signature = review.signature().orElseThrow(() -> new ReviewNotSignedException(caseNumber));
        Application a = c.application().orElseThrow(() -> new ReviewNotSignedException(caseNumber));
        Reviewer reviewer = reviewers.bySignInName(signature.signedBy()).orElseThrow(() -> new IllegalStateException(
                "No reviewer record for sign-in name " + signature.signedBy() + ", who signed case " + caseNumber
                        + ": the letter cannot state the reviewer's credentials."));
        CredentialsStatement credentials = CredentialsStatement.forHeaderBlock(reviewer, signature.signedOn(), rules);
        ReviewerCredentials stated = LetterWording.credentials(credentials.licensureStates(),
                credentials.certifications());

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
