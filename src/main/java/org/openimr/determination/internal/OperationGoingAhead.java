package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.Clauses;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Surgery;
import org.openimr.shared.BodyRegion;

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

    /**
     * Whether the record shows going ahead the operation a service of these regions serves (all parts when it names
     * none): one of its part done recently (or, when the record requests operations of its part, one of those done),
     * or every operation of its part requested certified or scheduled ahead. An operation of another part or kind, or
     * one done years before, is not the service's ("s/p R carpal tunnel release in 2012", or "s/p L knee arthroscopy in
     * 2015", with a knee replacement non-certified); a service naming no part, with operations of two parts requested
     * and one denied, may be the denied one's.
     */
    static boolean shownIn(String record, ClinicalFacts facts, List<BodyRegion> regions, Optional<LocalDate> requestDate) {
        List<Surgery> its = served(record, facts, regions);
        List<Surgery> requested = requested(its);
        // with operations of its part requested, the service is for them: one done counts only as a requested one done
        boolean done = its.stream().anyMatch(s -> s.assertion() == Assertion.HISTORICAL && recent(s, requestDate)
                && (requested.isEmpty() || requested.stream().anyMatch(r -> samePart(r, s) && r.kind() == s.kind())));
        return done || !requested.isEmpty() && requested.stream().allMatch(s -> goingAhead(record, s));
    }

    /**
     * The operation of the request's part (all parts when it names none) the record shows certified, authorized,
     * approved or scheduled and not yet done (none of that part done): the one a post-operative course is requested
     * for.
     */
    static Optional<Surgery> certifiedAhead(String record, ClinicalFacts facts, List<BodyRegion> regions) {
        List<Surgery> its = served(record, facts, regions);
        if (its.stream().anyMatch(s -> s.assertion() == Assertion.HISTORICAL)) {
            return Optional.empty();
        }
        return requested(its).stream().filter(s -> goingAhead(record, s)).findFirst();
    }

    /** Whether the operation's own clause says it goes ahead and its sentence does not say it does not. */
    static boolean goingAhead(String record, Surgery s) {
        Sentences sentence = Sentences.ofRecord(record, s.span()).orElse(null);
        if (sentence == null) {
            return false;
        }
        String text = sentence.of(record);
        return !notGoingAhead(text) && saidOfTheOperation(record, sentence, s.span().start(), s.span().end());
    }

    /** Whether the operation's sentence says it was non-certified, denied, called off or turned down. */
    static boolean notGoingAheadIn(String record, Surgery s) {
        return Sentences.ofRecord(record, s.span()).map(sentence -> notGoingAhead(sentence.of(record))).orElse(false);
    }

    private static boolean notGoingAhead(String text) {
        return NOT_GOING_AHEAD.matcher(text).find() || NOT_CERTIFIED.matcher(text).find();
    }

    /** The operations of the regions' limbs (all when the regions or the operation name none), not named as a time. */
    private static List<Surgery> served(String record, ClinicalFacts facts, List<BodyRegion> regions) {
        return facts.surgeries().stream().filter(s -> s.assertion() == Assertion.HISTORICAL
                || s.assertion() == Assertion.REQUESTED).filter(s -> !namedAsATime(record, s))
                .filter(s -> regions.isEmpty() || s.region().isEmpty()
                        || regions.stream().anyMatch(r -> FactResolver.sameLimb(r, s.region().get().region())))
                .toList();
    }

    /** The operations requested: the named ones, or a mere "surgery" when none is named. */
    private static List<Surgery> requested(List<Surgery> its) {
        List<Surgery> all = its.stream().filter(s -> s.assertion() == Assertion.REQUESTED).toList();
        List<Surgery> named = all.stream().filter(s -> s.kind() != Surgery.Kind.UNSPECIFIED).toList();
        return named.isEmpty() ? all : named;
    }

    private static boolean samePart(Surgery a, Surgery b) {
        return a.region().isEmpty() || b.region().isEmpty()
                || FactResolver.sameLimb(a.region().get().region(), b.region().get().region());
    }

    /**
     * Undated, or dated in the request's year or the years before it that framework.yaml allows
     * ({@code doneWithinYearsBefore}): the years-old operation of a history is not.
     */
    private static boolean recent(Surgery s, Optional<LocalDate> requestDate) {
        return s.date().isEmpty() || requestDate.isEmpty() || s.date().get().lastDay().getYear()
                >= requestDate.get().getYear() - DataFiles.standard().servicesForAnOperation().doneWithinYearsBefore();
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
            String between = before ? record.substring(word.end(), start)
                    : record.substring(Math.min(end, word.start()), word.start());
            // before the operation, the clause's words up to it hold the word's subject ("A follow-up is scheduled")
            String other = before ? record.substring(Math.min(clauseStart, start), start) : between;
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
