package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The sentence naming what the record lacks reads as English a physician would write: every part of a compound
 * condition is the object of "does not document", and a fact is not said to be "documented" twice. Synthetic record.
 */
class RationaleWordingTest {

    // no date of injury: the phase of care is unknown, so the rules of every phase apply
    private static final String KNEE_SPRAIN = "Right knee pain after a twisting injury at work. "
            + "Diagnosis: right knee sprain. He takes naproxen.";

    private static Draft draft(String request) {
        CaseDates dates = new CaseDates(Optional.of(LocalDate.parse("2016-12-15")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return Drafts.ENGINE.draft(new CaseForDetermination(dates, KNEE_SPRAIN, List.of(request))).get(0);
    }

    @Test
    void eachPartOfACompoundConditionIsWhatTheRecordDoesNotDocument() {
        Draft d = draft("MRI of the right knee");
        assertThat(d.outcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.rationale()).contains("Documented - complaints, findings or a diagnosis concern the body region "
                + "the request is for: the record names the knee (\"knee\"). The record does not document a red flag "
                + "(any); or that conservative care was tried and failed; and that a meniscal or ligament tear is "
                + "suspected on examination; and that surgery is being considered, the patient would consider it an "
                + "option, or is a surgical candidate.");
        // what would change the outcome keeps its own wording
        assertThat(d.missingDocumentation()).anyMatch(m -> m.startsWith("documentation of a red flag (any); or "
                + "documentation that conservative care was tried and failed; and documentation that"));
    }

    @Test
    void aConditionIsNotSaidToBeDocumentedTwice() {
        Draft d = draft("Physical therapy 2x3 right knee");
        assertThat(d.rationale()).contains("The record does not document that functional treatment goals have been "
                + "set.").doesNotContain("documented.").doesNotContain("document documentation");
    }
}
