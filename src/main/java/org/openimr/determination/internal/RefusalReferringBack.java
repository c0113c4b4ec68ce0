package org.openimr.determination.internal;

import java.util.regex.Pattern;

import org.openimr.casefile.Span;

/**
 * Care the patient refused in the next sentence, by a word that refers back to it: "Ongoing PT was recommended. She
 * declined it." The refusal counts only in the sentence right after the care's, and only when the care is the last one
 * its sentence names and the refusal's sentence names none before it (in "PT was recommended and a TENS unit offered.
 * She declined it." or "PT was recommended. A TENS unit was offered and she declined it." the "it" may be the unit): it
 * then is no care under way or planned.
 */
final class RefusalReferringBack {

    private static final Pattern CARE = DataFiles.standard().readingWords("care-named");

    private RefusalReferringBack() {
    }

    static boolean refused(CaseRecord c, Span care, Pattern refusal) {
        String text = c.record().text();
        if (!care.documentId().equals(CaseRecord.RECORD) || care.end() > text.length()) {
            return false;
        }
        Sentences sentence = Sentences.around(text, care.start(), care.end());
        int next = sentence.end();
        while (next < text.length() && (text.charAt(next) == '.' || Character.isWhitespace(text.charAt(next)))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        Sentences following = Sentences.around(text, next, next);
        java.util.regex.Matcher refused = refusal.matcher(text).region(following.start(), following.end());
        return refused.find() && !careNamed(c, care.end(), sentence.end())
                && !careNamed(c, following.start(), refused.start());
    }

    /** Whether the record names care between {@code from} and {@code to} (the "it" may be that care). */
    private static boolean careNamed(CaseRecord c, int from, int to) {
        return from < to && CARE.matcher(c.record().text()).region(from, to).find();
    }
}
