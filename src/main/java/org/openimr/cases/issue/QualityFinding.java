package org.openimr.cases.issue;

import java.util.Objects;

/**
 * One finding of the {@link QualityCheck}: what is wrong, where, in plain words.
 *
 * @param code    what kind of problem, stable for tools and tests
 * @param item    the disputed item it concerns, counted from 1; 0 for the letter as a whole
 * @param message the problem in a plain sentence, naming the text concerned
 */
public record QualityFinding(Code code, int item, String message) {

    /** Whether a finding stops the letter from being issued. */
    public enum Severity { ERROR, WARNING }

    /** The kinds of finding, each with its severity. */
    public enum Code {
        CASE_NUMBER_MISMATCH(Severity.ERROR),
        ITEM_NOT_DECIDED(Severity.ERROR),
        ITEM_NOT_DISPUTED(Severity.ERROR),
        REQUEST_NOT_MATCHING(Severity.ERROR),
        NO_GUIDELINE_AND_NO_REASON(Severity.ERROR),
        OUTSIDE_MTUS_WITHOUT_REASON(Severity.WARNING),
        EDITION_NOT_IN_FORCE(Severity.ERROR),
        EDITION_NOT_CHECKED(Severity.WARNING),
        RATIONALE_MISSING(Severity.ERROR),
        RATIONALE_DOES_NOT_NAME_REQUEST(Severity.ERROR),
        RATIONALE_CONTRADICTS_OUTCOME(Severity.ERROR),
        RATIONALE_WITHOUT_CONCLUSION(Severity.WARNING),
        NO_DOCUMENTS_REVIEWED(Severity.ERROR),
        DOCUMENT_WITHOUT_AUTHOR_OR_DATE(Severity.WARNING),
        CLINICAL_SUMMARY_MISSING(Severity.ERROR),
        PLACEHOLDER_TEXT(Severity.ERROR);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public QualityFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    /** "Item 2: ..." or the message alone for the letter as a whole. */
    public String describe() {
        return (item > 0 ? "Item " + item + ": " : "") + message;
    }
}
