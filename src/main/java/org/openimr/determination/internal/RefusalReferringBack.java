package org.openimr.determination.internal;

import java.util.regex.Matcher;
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
    /** The patient as the refusal's subject, right before its verb, at the start of its sentence or of a clause. */
    private static final Pattern PATIENT_SUBJECT = Pattern.compile("(?i)(?:^\\s*|[;,:]\\s*|(?<![\\p{L}])and\\s+)(?:"
            + DataFiles.standard().readingWords("refusing-patient").pattern() + ")\\s*$");

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
        Matcher refused = refusal.matcher(text).region(following.start(), following.end());
        while (refused.find()) {
            if (byThePatient(text, following.start(), refused.start()) && !careNamed(c, care.end(), sentence.end())
                    && !careNamed(c, following.start(), refused.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refusal's subject is the patient, opening its sentence or a clause of it ("She declined it", "Lyrica was
     * offered; she declined it"): "UR declined it on 02/10/2016" is the reviewer's non-certification.
     */
    private static boolean byThePatient(String text, int sentenceStart, int verb) {
        return PATIENT_SUBJECT.matcher(text).region(sentenceStart, verb).useTransparentBounds(true).find();
    }

    /**
     * Whether the record names care between {@code from} and {@code to} (the "it" may be that care): care's words, or
     * a drug or care the case file reads ("Lyrica was offered for sleep; she declined it").
     */
    private static boolean careNamed(CaseRecord c, int from, int to) {
        if (from >= to) {
            return false;
        }
        return CARE.matcher(c.record().text()).region(from, to).find()
                || c.facts().medications().stream().anyMatch(m -> inTheRecord(m.span(), from, to))
                || c.facts().conservativeCare().stream().anyMatch(k -> inTheRecord(k.span(), from, to));
    }

    private static boolean inTheRecord(Span span, int from, int to) {
        return span.documentId().equals(CaseRecord.RECORD) && span.start() >= from && span.end() <= to;
    }
}
