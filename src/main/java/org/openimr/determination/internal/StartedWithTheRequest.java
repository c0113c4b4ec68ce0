package org.openimr.determination.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.openimr.casefile.Medication;

/**
 * The drug requested is one the physician starts at the visit that asks for it: the record names it only in one
 * sentence that starts it ("The physician started gabapentin 300 mg three times a day"), and no later visit follows
 * (no date after that sentence but in the UR decision's). The request is then a first trial, not a continuation: the
 * patient is not yet taking the drug, and its earlier response is not asked for (CPMTG AEDs: relief and function are
 * documented "after initiation").
 */
final class StartedWithTheRequest {

    /**
     * The start word governing the drug's name: right before it, with at most a few words between that name no other
     * thing ("started gabapentin", "initiated a trial of pregabalin", "prescribed him Lyrica"); "his numbness began after
     * the fall and he takes gabapentin" starts the numbness, not the drug.
     */
    private static final Pattern START = Pattern.compile("(?i)\\b(?:started|starting|initiated|initiating|began|begun|"
            + "prescribed|prescribing|trial\\s+of|begin)\\s+(?:(?:a|an|the|him|her|patient|on|with|new|low-dose|"
            + "trial|of)\\s+){0,4}$");
    /**
     * Words dating the start before the visit, or giving it to another prescriber: "since 2013", "in mid-2015",
     * "initially", "has been prescribed", "by his primary physician", "06/2014".
     */
    private static final Pattern STARTED_BEFORE = Pattern.compile("(?i)\\b(?:since|initially|originally|previously|"
            + "prior\\s+physician|(?:has|have|had)\\s+been)\\b"
            // "by" a prescriber ("by his primary physician", "by Dr. Lee"), not by an amount ("increased by 300 mg")
            // nor a route ("by mouth")
            + "|\\bby\\s+(?!\\d|mouth\\b|(?:a|an)\\s+(?:further|additional|total|increment)\\b)[\\p{L}]"
            + "|(?<!/)\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}/\\d{4}\\b");
    /**
     * A date: "08/10/2015", "06/2014", "2015", "August 10"; "may" only with its day and year or its year ("May 3, 2016",
     * "May 2016", "May 3."), not the verb of a dosing instruction ("may 2 tablets at bedtime").
     */
    private static final Pattern DATE = Pattern.compile("(?i)\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}/\\d{4}\\b|"
            + "(?<!/)\\b(?:19|20)\\d\\d\\b|\\b(?:january|february|march|april|june|july|august|september|october|"
            + "november|december)\\s+\\d|\\bmay\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d\\d\\b"
            + "|\\bmay\\s+\\d{1,2}(?:st|nd|rd|th)?(?=\\s*(?:[,.;]|$))");
    /** A drug started before and started again ("restarted", "resumed") was taken before. */
    private static final Pattern AGAIN = Pattern.compile("(?i)\\b(?:restart\\w*|resum\\w*|again|continu\\w*|refill\\w*)\\b");

    private final CaseRecord c;
    private final FactResolver facts;

    StartedWithTheRequest(CaseRecord c, FactResolver facts) {
        this.c = c;
        this.facts = facts;
    }

    /** Whether this mention is of the drug requested, started at the visit that requests it. */
    boolean startedNow(Medication m) {
        String text = c.record().text();
        if (m.drug().isEmpty() || !m.drug().equals(c.request().drug().flatMap(d -> d.code()))
                || !m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()) {
            return false;
        }
        List<Medication> mentions = c.facts().medications().stream()
                .filter(o -> o.drug().equals(m.drug()) && o.span().documentId().equals(CaseRecord.RECORD)
                        && o.span().end() <= text.length() && !facts.inUtilizationReview(o.span()))
                .toList();
        if (mentions.isEmpty()) {
            return false;
        }
        Sentences started = Sentences.around(text, mentions.get(0).span().start(), mentions.get(0).span().end());
        String words = started.of(text);
        String lead = text.substring(started.start(), mentions.get(0).span().start());
        if (!START.matcher(lead).find() || AGAIN.matcher(words).find() || STARTED_BEFORE.matcher(words).find()
                || mentions.stream().anyMatch(o -> !started.contains(o.span().start(), o.span().end()))) {
            return false;
        }
        // no later visit: what follows the sentence dates nothing but the review of the request
        int from = started.end();
        while (from < text.length()) {
            Sentences next = Sentences.around(text, Math.min(text.length(), from + 1), Math.min(text.length(), from + 1));
            if (next.end() <= from) {
                break;
            }
            if (DATE.matcher(next.of(text)).find() && !facts.inUtilizationReview(next)) {
                return false;
            }
            from = next.end();
        }
        return true;
    }
}
