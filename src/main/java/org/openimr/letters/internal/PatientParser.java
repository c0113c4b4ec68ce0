package org.openimr.letters.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.PatientAsStated;
import org.openimr.letters.Sex;

/**
 * The injured worker's age and sex as the clinical case summary states them in the usual way: an age in years
 * followed directly by the sex ("a 48 year old male", "a now 36-year-old female", "a 49 year-old male", "a(n) 57 year
 * old male, who"). Only the first three sentences are read, and only the first such phrase counts. The sex is never
 * guessed from pronouns; where the phrase names no sex ("a 40 year old who"), the sex is null; where there is no
 * such phrase, both are null.
 */
public final class PatientParser {

    private static final Pattern AGE_SEX = Pattern.compile(
            "(?i)\\b(\\d{1,3})[- ]?(?:years?|yr\\.?)[- ]old\\b(?:[\\s,]+(male|female|man|woman|gentleman|lady)\\b)?");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private PatientParser() {
    }

    public static PatientAsStated parse(String summary) {
        if (summary == null || summary.isEmpty()) {
            return PatientAsStated.unknown();
        }
        String[] sentences = SENTENCE.split(summary, 4);
        String opening = String.join(" ", java.util.Arrays.copyOf(sentences, Math.min(3, sentences.length)));
        Matcher m = AGE_SEX.matcher(opening);
        if (!m.find()) {
            return PatientAsStated.unknown();
        }
        int age = Integer.parseInt(m.group(1));
        if (age < 1 || age > 120) {
            return PatientAsStated.unknown();
        }
        return new PatientAsStated(age, sex(m.group(2)));
    }

    private static Sex sex(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "male", "man", "gentleman" -> Sex.MALE;
            default -> Sex.FEMALE;
        };
    }
}
