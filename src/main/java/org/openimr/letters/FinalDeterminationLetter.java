package org.openimr.letters;

import java.util.List;
import java.util.Objects;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * A Final Determination Letter: the hub of the system. A case produces one by rendering; a published PDF or text
 * produces one by parsing. Fields a layout does not carry are null (header fields of the older layouts) or empty.
 */
public record FinalDeterminationLetter(Layout layout, CaseNumber caseNumber, LetterDates dates, Priority priority,
        ReviewerCredentials reviewer, PatientAsStated patient, String clinicalCaseSummary,
        List<DocumentReviewed> documentsReviewed, List<ItemDetermination> items) {

    public FinalDeterminationLetter {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(patient, "patient");
        clinicalCaseSummary = clinicalCaseSummary == null ? "" : clinicalCaseSummary;
        documentsReviewed = List.copyOf(documentsReviewed);
        items = List.copyOf(items);
    }
}
