package org.openimr.determination.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Span;

/**
 * A return to work the record does not report as the patient's state now: its sentence goes on to say he has not
 * worked since or is off work ("returned to his usual job, which his employer could not accommodate, and he has not
 * worked since 12/2015"), dates it years before the request ("returned to regular duty in 2012"), or reports what the
 * utilization reviewer noted. Opioids (continuing) count a return to work as a gain of the course; one undone since is
 * none.
 */
final class ReturnToWorkSinceUndone {

    /** Words after a return to work that say the patient does not work now (reading-words.tsv). */
    private static final Pattern NOT_WORKING_NOW = DataFiles.standard().readingWords("not-working-now");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern RETURN = Pattern.compile("(?i)\\b(?:return\\w*|back)\\s+to\\s+(?:[\\w-]+\\s+){0,2}"
            + "(?:work|duty|duties|job)\\b");

    private final CaseRecord c;
    private final FactResolver facts;

    ReturnToWorkSinceUndone(CaseRecord c, FactResolver facts) {
        this.c = c;
        this.facts = facts;
    }

    /** Whether the words at {@code span} tell a return to work that is not the patient's state now. */
    boolean undone(Span span) {
        String text = c.record().text();
        if (!span.documentId().equals(CaseRecord.RECORD) || span.end() > text.length()
                || !RETURN.matcher(text.substring(span.start(), span.end())).find()) {
            return false;
        }
        Sentences sentence = Sentences.around(text, span.start(), span.end());
        if (facts.inUtilizationReview(sentence)) {
            return true;
        }
        String after = text.substring(span.end(), sentence.end());
        if (NOT_WORKING_NOW.matcher(after).find()) {
            return true;
        }
        Matcher year = YEAR.matcher(after);
        while (year.find()) {
            if (c.requestDate() != null && Integer.parseInt(year.group(1)) < c.requestDate().getYear() - 1) {
                return true;
            }
        }
        return false;
    }
}
