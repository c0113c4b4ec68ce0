package org.openimr.determination;

import java.util.List;
import java.util.Objects;

/**
 * Everything the engine may see of a case, and nothing more: the header dates, the record's text (for a published
 * letter, its clinical case summary stands in for the record) and the disputed requests' texts. Never a letter's
 * outcome, guideline lines or rationale: an evaluation builds this blinded view and passes only it to the engine.
 */
public record CaseForDetermination(CaseDates dates, String record, List<String> requests) {

    public CaseForDetermination {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(record, "record");
        requests = List.copyOf(requests);
        requests.forEach(r -> Objects.requireNonNull(r, "request"));
    }
}
