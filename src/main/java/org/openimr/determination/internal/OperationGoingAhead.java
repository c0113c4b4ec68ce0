package org.openimr.determination.internal;

import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Surgery;

/**
 * Whether the record shows an operation going ahead: one already done, or one whose own sentence says it was
 * certified, authorized, approved or scheduled (reading-words.tsv {@code operation-going-ahead}) and not that it was
 * non-certified, denied or called off. A service for an operation (pre-operative tests, post-operative therapy, cold
 * therapy) is needed only if the operation is done; without such a statement the physician reviewer decides it with
 * the operation.
 */
final class OperationGoingAhead {

    private static final Pattern GOING_AHEAD = DataFiles.standard().readingWords("operation-going-ahead");
    private static final Pattern NOT_GOING_AHEAD = DataFiles.standard().readingWords("operation-not-going-ahead");
    private static final Pattern NOT_CERTIFIED = DataFiles.standard().readingWords("operation-not-certified");

    private OperationGoingAhead() {
    }

    static boolean shownIn(String record, ClinicalFacts facts) {
        for (Surgery s : facts.surgeries()) {
            if (s.assertion() == Assertion.HISTORICAL) {
                return true;
            }
            if (s.assertion() != Assertion.REQUESTED) {
                continue;
            }
            String sentence = Sentences.ofRecord(record, s.span()).map(around -> around.of(record)).orElse("");
            if (GOING_AHEAD.matcher(sentence).find() && !NOT_GOING_AHEAD.matcher(sentence).find()
                    && !NOT_CERTIFIED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
