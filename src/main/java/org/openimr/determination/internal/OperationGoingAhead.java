package org.openimr.determination.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Surgery;

/**
 * Whether the record shows an operation going ahead: one already done, or one whose own clause says, a few words from
 * it, that it was certified, authorized, approved or scheduled (reading-words.tsv {@code operation-going-ahead}), and
 * whose sentence does not say it was non-certified, denied, called off, or turned down or put off by the patient. A
 * going-ahead word of a visit or another service ({@code operation-other-event}: "a follow-up is scheduled to discuss
 * the arthroscopy", "UR certified 6 more PT visits instead") is not the operation's. A service for an operation
 * (pre-operative tests, post-operative therapy, cold therapy) is needed only if the operation is done; without such a
 * statement the physician reviewer decides it with the operation.
 */
final class OperationGoingAhead {

    private static final Pattern GOING_AHEAD = DataFiles.standard().readingWords("operation-going-ahead");
    private static final Pattern NOT_GOING_AHEAD = DataFiles.standard().readingWords("operation-not-going-ahead");
    private static final Pattern NOT_CERTIFIED = DataFiles.standard().readingWords("operation-not-certified");
    private static final Pattern OTHER_EVENT = DataFiles.standard().readingWords("operation-other-event");
    /** At most this many words between a going-ahead word and the operation after it ("UR certified the R ..."). */
    private static final int WORDS_BEFORE = 4;
    /** At most this many words between the operation and a going-ahead word after it ("... with SAD and DCE was"). */
    private static final int WORDS_AFTER = 8;

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
        return facts.surgeries().stream().anyMatch(s -> s.assertion() == Assertion.HISTORICAL && !namedAsATime(record, s))
                || certifiedAhead(record, facts).isPresent();
    }

    /**
     * The operation the record shows certified, authorized, approved or scheduled and not yet done (no operation done):
     * the one a post-operative course is requested for.
     */
    static java.util.Optional<Surgery> certifiedAhead(String record, ClinicalFacts facts) {
        if (facts.surgeries().stream().anyMatch(s -> s.assertion() == Assertion.HISTORICAL && !namedAsATime(record, s))) {
            return java.util.Optional.empty();
        }
        for (Surgery s : facts.surgeries()) {
            if (s.assertion() != Assertion.REQUESTED) {
                continue;
            }
            Sentences sentence = Sentences.ofRecord(record, s.span()).orElse(null);
            if (sentence == null) {
                continue;
            }
            String text = sentence.of(record);
            if (!NOT_GOING_AHEAD.matcher(text).find() && !NOT_CERTIFIED.matcher(text).find()
                    && saidOfTheOperation(record, sentence, s.span().start(), s.span().end())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a going-ahead word stands in the operation's clause, a few words from it, and is not another event's. */
    private static boolean saidOfTheOperation(String record, Sentences sentence, int start, int end) {
        // what follows a contrast or another statement may be about another service
        Sentences clause = Sentences.within(record, sentence, start, end, Clauses.CONTRAST);
        int clauseStart = clause.start();
        int clauseEnd = clause.end();
        Matcher word = GOING_AHEAD.matcher(record).region(clauseStart, clauseEnd).useTransparentBounds(true);
        while (word.find()) {
            boolean before = word.end() <= start;
            String between = before ? record.substring(word.end(), start) : record.substring(end, word.start());
            // before the operation, the clause's words up to it hold the word's subject ("A follow-up is scheduled")
            String other = before ? record.substring(clauseStart, start) : between;
            if (words(between) <= (before ? WORDS_BEFORE : WORDS_AFTER) && !OTHER_EVENT.matcher(other).find()
                    && (before || word.start() >= end)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
