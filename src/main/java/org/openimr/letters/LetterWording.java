package org.openimr.letters;

import java.util.List;

/**
 * The fixed wording of a letter issued by OpenIMR, in our own plain-language words. Headings and labels keep the
 * forms of the 2016-17 letters (readers and the parser know them); the sentences around them are ours.
 */
public final class LetterWording {

    /** The title of every letter. */
    public static final String TITLE = "Final Determination Letter";
    /** The line under the title. */
    public static final String SUBTITLE = "Independent Medical Review, California workers' compensation";

    public static final String HOW_HEADING = "HOW THE IMR FINAL DETERMINATION WAS MADE";
    public static final String DOCUMENTS_HEADING = "DOCUMENTS REVIEWED";
    public static final String SUMMARY_HEADING = "CLINICAL CASE SUMMARY";
    public static final String ISSUES_HEADING = "IMR ISSUES, DECISIONS AND RATIONALES";
    /** The heading of the parties block of an addressed letter. */
    public static final String PARTIES_HEADING = "PARTIES";

    /**
     * A generic qualifications statement, for synthetic letters (generators, renderer tests). A letter OpenIMR issues
     * never uses it: its paragraph is generated from the assigned reviewer's record and conflict attestation
     * ({@code reviewers.CredentialsStatement.forLetter}, through {@code cases.review.CaseLetters}).
     */
    public static final String QUALIFICATIONS = "The independent review organization gave the complete case file to "
            + "an expert reviewer, a physician with no ties to the employee, the employer, the treating providers or "
            + "the claims administrator. The expert reviewer has practiced medicine for more than five years, still "
            + "practices at least 24 hours a week, and was chosen for training and experience in a specialty that "
            + "treats this medical condition and the disputed treatment. The expert reviewer knows the laws and "
            + "regulations that govern Independent Medical Review, including the order in which the strength of "
            + "medical evidence is weighed.";

    /** The line that opens the credentials block (the form of the 2016-17 letters). */
    public static final String CREDENTIALS_INTRO = "The Expert Reviewer has the following credentials:";
    public static final String LICENSURE_LABEL = "State(s) of Licensure:";
    public static final String CERTIFICATION_LABEL = "Certification(s)/Specialty:";

    public static final String SUMMARY_INTRO = "The expert reviewer wrote the following clinical case summary after "
            + "reading the case file, including all medical records:";
    public static final String ISSUES_INTRO = "The Final Determination is based on the decision on each disputed item "
            + "or service set forth below:";

    public static final String CLAIMS_ADMINISTRATOR_LABEL = "Claims Administrator guideline:";
    /**
     * The label of the line that gives the guidelines the expert reviewer relied on. The letters of 2016-17 named the
     * review organization there ("MAXIMUS guideline:"); ours name the reviewer, whose guidelines they are.
     */
    public static final String EXPERT_REVIEWER_LABEL = "Expert Reviewer guideline:";
    public static final String RATIONALE_LABEL = "Decision rationale:";

    private LetterWording() {
    }

    /** Synthetic credentials with the generic {@link #QUALIFICATIONS} statement (never those of an issued letter). */
    public static ReviewerCredentials credentials(List<String> licensureStates, List<String> certifications) {
        return new ReviewerCredentials(licensureStates, certifications, QUALIFICATIONS);
    }
}
