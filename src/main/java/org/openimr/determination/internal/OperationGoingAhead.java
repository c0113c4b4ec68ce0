package org.openimr.determination.internal;

import java.util.regex.Matcher;
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

    private static final Pattern AS_A_TIME = DataFiles.standard().readingWords("operation-named-as-a-time");
    /** What may stand between the time word and the operation: "before the surgery", "prior to his arthroscopy". */
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\s+(?:(?:the|his|her|their|any|this|an?)\\s+)?");

    private OperationGoingAhead() {
    }

    /** The operation is only the time other care is placed by ("PT x 16 before surgery"), no operation done. */
    private static boolean namedAsATime(String record, Surgery s) {
        if (!s.span().documentId().equals(CaseRecord.RECORD) || s.span().start() > record.length()) {
            return false;
        }
        String before = record.substring(Math.max(0, s.span().start() - 30), s.span().start());
        Matcher m = AS_A_TIME.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && ARTICLE.matcher(before.substring(end)).matches();
    }

    static boolean shownIn(String record, ClinicalFacts facts) {
        for (Surgery s : facts.surgeries()) {
            if (s.assertion() == Assertion.HISTORICAL && !namedAsATime(record, s)) {
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
