package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The record the engine reads, with the reviewer's corrections applied, and its spans mapped back to documents. */
class CorrectedRecordTest {

    private final CaseDocument first = CaseDocument.of("D1", DocumentType.PROGRESS_REPORT,
            "Completed 6 sessions of physical therapy. Pain 7/10.");
    private final CaseDocument second = CaseDocument.of("D2", DocumentType.IMAGING_REPORT, "MRI shows a disc bulge.");

    @Test
    void withoutCorrectionsTheRecordIsTheDocumentsInOrderAndEverySpanMapsBack() {
        CorrectedRecord record = CorrectedRecord.of(List.of(first, second), List.of());
        assertThat(record.text()).isEqualTo(first.text() + "\n\n" + second.text());
        int mri = record.text().indexOf("MRI");
        assertThat(record.toDocument(mri, mri + 3)).contains(new CorrectedRecord.Location("D2", 0, 3, false));
        assertThat(record.toDocument(first.text().length(), first.text().length() + 1)).isEmpty();
    }

    @Test
    void aChangedValueIsReadInPlaceOfTheSpanAndAWrongFactIsBlankedTheRestKeepsItsPlace() {
        FactCorrection sessions = new FactCorrection(Span.of(first, 10, 40), "Therapy sessions",
                FactCorrection.Action.VALUE_CHANGED, "12 sessions of physical therapy");
        FactCorrection pain = new FactCorrection(Span.of(first, 42, 52), "Pain score",
                FactCorrection.Action.MARKED_WRONG, null);
        assertThat(sessions.before()).isEqualTo("6 sessions of physical therapy");
        CorrectedRecord record = CorrectedRecord.of(List.of(first, second), List.of(pain, sessions));

        assertThat(record.text()).isEqualTo("Completed 12 sessions of physical therapy." + " ".repeat(11)
                + "\n\nMRI shows a disc bulge.");
        assertThat(record.toDocument(12, 14)).contains(new CorrectedRecord.Location("D1", 10, 40, true));
        int bulge = record.text().indexOf("disc bulge");
        assertThat(record.toDocument(bulge, bulge + 10)).contains(new CorrectedRecord.Location("D2", 12, 22, false));
        assertThat(sessions.describe())
                .isEqualTo("Therapy sessions: \"6 sessions of physical therapy\" → \"12 sessions of physical therapy\"");
    }

    @Test
    void theLastCorrectionOfASpanCountsAndAnOverlappingOneIsReportedNotApplied() {
        FactCorrection firstTry = new FactCorrection(Span.of(first, 10, 11), "Therapy sessions",
                FactCorrection.Action.VALUE_CHANGED, "8");
        FactCorrection secondTry = new FactCorrection(Span.of(first, 10, 11), "Therapy sessions",
                FactCorrection.Action.VALUE_CHANGED, "9");
        FactCorrection overlapping = new FactCorrection(Span.of(first, 10, 40), "Conservative care",
                FactCorrection.Action.MARKED_WRONG, null);
        CorrectedRecord record = CorrectedRecord.of(List.of(first), List.of(firstTry, overlapping, secondTry));
        assertThat(record.text()).startsWith("Completed 9 sessions of physical therapy.");
        assertThat(record.ignored()).containsExactly(overlapping);
    }
}
