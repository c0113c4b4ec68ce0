package org.openimr.determination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Drafting one request against a synthetic record, for tests. */
final class Drafts {

    static final DeterminationEngine ENGINE = DeterminationEngine.standard();

    private Drafts() {
    }

    /** A draft with the request date (UR denial date) and the date of injury from the header. */
    static Draft draft(String record, String request, String requestDate, String injury) {
        CaseDates dates = new CaseDates(Optional.of(LocalDate.parse(requestDate)), Optional.empty(), Optional.empty(),
                Optional.empty(), injury == null ? Optional.empty() : Optional.of(LocalDate.parse(injury)));
        return ENGINE.draft(new CaseForDetermination(dates, record, List.of(request))).get(0);
    }

    /** Asserts the draft's outcome, showing what the engine did when it differs; returns the draft. */
    static Draft assertOutcome(String record, String request, String requestDate, DraftOutcome expected) {
        Draft d = draft(record, request, requestDate, null);
        org.assertj.core.api.Assertions.assertThat(d.outcome()).as(explain(d)).isEqualTo(expected);
        return d;
    }

    /** Asserts the draft is UPHELD or REFER (never a false overturn), showing what the engine did; returns it. */
    static Draft assertSafe(String record, String request, String requestDate) {
        return assertSafe(record, request, requestDate, null);
    }

    /** {@link #assertSafe(String, String, String)} with the date of injury the letter's header gives. */
    static Draft assertSafe(String record, String request, String requestDate, String injuryDate) {
        Draft d = draft(record, request, requestDate, injuryDate);
        org.assertj.core.api.Assertions.assertThat(d.outcome()).as(explain(d))
                .isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
        return d;
    }

    /** Asserts the draft is OVERTURNED (a guard's near record that must still be), with the header's date of injury. */
    static Draft assertOverturned(String record, String request, String requestDate, String injuryDate) {
        Draft d = draft(record, request, requestDate, injuryDate);
        org.assertj.core.api.Assertions.assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        return d;
    }

    /** Where a test fails, what the engine did. */
    static String explain(Draft d) {
        StringBuilder s = new StringBuilder(d.outcome() + " " + d.citationText() + "\n" + d.rationale() + "\n");
        for (RecommendationTrace r : d.trace().recommendations()) {
            s.append(r.id()).append(' ').append(r.conclusion()).append('\n');
            r.criteria().forEach(c -> s.append("  ").append(c.verdict()).append(' ').append(c.criterion()).append('\n'));
            r.limits().forEach(l -> s.append("  ").append(l.verdict()).append(' ').append(l.explanation()).append('\n'));
        }
        return s.toString();
    }

    /** The verdict of the first criterion (or part) of the draft's trace whose words contain these. */
    static Verdict verdictOf(Draft d, String criterion) {
        return d.trace().recommendations().stream().flatMap(r -> r.criteria().stream())
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.parts().stream()))
                .filter(c -> c.criterion().contains(criterion)).map(CriterionFinding::verdict).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion '" + criterion + "' in\n" + explain(d)));
    }

    static String missing(Draft d) {
        return d.missingDocumentation().stream().collect(Collectors.joining(" | "));
    }
}
