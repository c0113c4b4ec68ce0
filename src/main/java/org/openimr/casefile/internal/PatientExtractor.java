package org.openimr.casefile.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Sex;
import org.openimr.casefile.Stated;
import org.openimr.casefile.StatedDate;

/**
 * Age ("a 49 year-old male", "45 y/o", "aged 45"), sex (the words male/female/man/woman, preferably in the sentence
 * that gives the age; pronouns are not read) and date of injury ("date of injury 5/31/2012", "injured on",
 * "industrial injury of October 14, 2016", "occupational claim from 3/2/2015", "DOI: 11-21-13", "a fall injury at work
 * on 6/10/2016").
 */
final class PatientExtractor implements Extractor {

    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\d.,/])(?:(\\d{1,3})\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*"
            + "(?:old|of\\s+age)|(\\d{1,3})\\s*(?:y/o|yo|y\\.o\\.)(?![\\p{L}])|(?<![\\p{L}])aged?\\s*:?\\s*(\\d{1,3})(?![\\d/]))");
    private static final Pattern SEX = Pattern.compile(
            "(?i)(?<![\\p{L}])(male|female|man|woman|gentleman|lady)(?![\\p{L}])");
    private static final Pattern INJURY = Pattern.compile("(?i)(?<![\\p{L}])(?:date\\s+of\\s+(?:the\\s+)?(?:industrial\\s+)?"
            + "injury|(?-i:DOI)|injury\\s+date|(?:industrial|occupational|work)(?:[\\s-]*(?:work|related))?[\\s-]+injury|"
            + "(?:was|were|got|been)\\s+injured|injured\\s+(?:at\\s+work\\s+)?on|(?:occupational|industrial|outpatient|"
            + "work(?:ers)?['’]?\\s*comp(?:ensation)?)\\s+claim|sustained\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}injur(?:y|ies)|date\\s+of\\s+loss|(?:cumulative|continuous)\\s+trauma|"
            // "injured his left shoulder on 04/05/2016", "twisted her right knee on ...": the part injured, then the date
            + "(?:injured|hurt|twisted|sprained|strained)\\s+(?:his|her|their)(?:\\s+(?!on(?![\\p{L}]))\\p{L}[\\p{L}'-]*){1,3})"
            + "(?![\\p{L}])");
    /**
     * "an injury at work on 04/11/2013", "since an injury on 8/8/2014", "a cumulative trauma injury dated 11/1/2014",
     * "a cumulative injury through 1/1/2015" (the last day of the exposure): read only when no standard phrase above
     * states the date, and never of an earlier injury ("a prior injury at work on 01/05/2009 to the left knee, which
     * resolved").
     */
    private static final Pattern AN_INJURY_DATED = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?:prior|previous|earlier|old|"
            + "past|remote|first|another)\\s)injury(?=\\s+(?:at\\s+work\\s+)?(?:on|dated|reported|through)(?![\\p{L}]))");
    /**
     * The mechanism of the injury with its date in the same sentence ("twisted his left knee stepping off a forklift
     * on 07/20/2016", "injured his low back on 12/01/2014 lifting boxes", "since an injury on 02/20/2013"): read only
     * when no phrase above states the date, never of an earlier injury, and only the first date after the words.
     */
    private static final Pattern MECHANISM = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?:prior|previous|earlier|old|"
            + "past|remote|first|another|second)\\s)(?:injured|hurt|strained|sprained|twisted|wrenched|inverted|everted|"
            + "rolled|fell|slipped|tripped|injury)(?![\\p{L}])(?!\\s+(?:disc|disk|capital))");
    private static final int MECHANISM_REACH = 80;
    /** A sentence that names the work, where the industrial injury took place. */
    private static final Pattern AT_WORK = Pattern.compile("(?i)(?<![\\p{L}-])(?<!not\\s)(?:at\\s+work|on\\s+the\\s+job|while\\s+"
            + "working|work[\\s-]+related|industrial|occupational|employ(?:er|ment|ed)|workplace)(?![\\p{L}])");
    /** A sentence that names another event: not at work, or before the industrial injury. */
    private static final Pattern OTHER_EVENT = Pattern.compile("(?i)(?<![\\p{L}])(?:at\\s+home|car\\s+accident|"
            + "motor\\s+vehicle|auto\\s+accident|MVA|non-?industrial|non-?occupational|not\\s+work[\\s-]+related|"
            + "playing|sports?|skiing|snowboarding|skating|hiking|biking|cycling|running|jogging|surfing|football|"
            + "basketball|baseball|soccer|softball|volleyball|tennis|golf(?:ing)?|(?:prior|previous|earlier|old)\\s+"
            + "(?:\\p{L}+\\s+)?(?:accident|injury|fall|event)|(?:prior\\s+to|before)\\s+(?:(?:the|his|her|their|this)\\s+)?"
            + "(?:industrial|work|occupational|work[\\s-]+related)(?:\\s+\\p{L}+)?\\s+(?:injury|accident|claim))(?![\\p{L}])");
    private static final Pattern FILLER = Pattern.compile("(?i)(?:[\\s,:()]|(?<![\\p{L}])(?:on|of|from|date|dated|was|is|"
            + "as|at|work|the|an?|reported|listed|around|approximately|about|period|through)(?![\\p{L}]))*");

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        Matcher age = AGE.matcher(a.text);
        Integer ageStart = null;
        while (age.find()) {
            String digits = age.group(1) != null ? age.group(1) : age.group(2) != null ? age.group(2) : age.group(3);
            int years = Integer.parseInt(digits);
            if (years >= 14 && years <= 110 && a.sentenceAt(age.start()).isPresent()) {
                facts.age(new Stated<>(years, a.span(age.start(), age.end())));
                ageStart = age.start();
                break;
            }
        }
        sex(a, facts, ageStart);
        injuryDate(a, facts);
    }

    private static void sex(Analysis a, FactsBuilder facts, Integer ageStart) {
        int from = 0;
        int to = a.text.length();
        if (ageStart != null) {
            Optional<Sentence> s = a.sentenceAt(ageStart);
            if (s.isPresent()) {
                Matcher m = SEX.matcher(a.text).region(s.get().start(), s.get().end());
                if (m.find()) {
                    facts.sex(new Stated<>(sex(m.group(1)), a.span(m.start(1), m.end(1))));
                    return;
                }
            }
        }
        Matcher m = SEX.matcher(a.text).region(from, to);
        while (m.find()) {
            Optional<Sentence> s = a.sentenceAt(m.start());
            if (s.isPresent() && !s.get().section().excludes(false)) {
                facts.sex(new Stated<>(sex(m.group(1)), a.span(m.start(1), m.end(1))));
                return;
            }
        }
    }

    private static Sex sex(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "female", "woman", "lady" -> Sex.FEMALE;
            default -> Sex.MALE;
        };
    }

    private static void injuryDate(Analysis a, FactsBuilder facts) {
        for (Pattern trigger : List.of(INJURY, AN_INJURY_DATED)) {
            if (injuryDate(a, facts, trigger)) {
                return;
            }
        }
        mechanismDate(a, facts);
    }

    /**
     * The date of the first mechanism sentence that names the work ("lifting a patient at work on 07/15/2016"), else of
     * the first that names no other event: an accident at home, on the road or in sport, or a prior one, is not the
     * industrial injury ("she fell at home in 2010", "a prior car accident in 2005").
     */
    private static void mechanismDate(Analysis a, FactsBuilder facts) {
        Stated<StatedDate> neutral = null;
        Matcher m = MECHANISM.matcher(a.text);
        while (m.find()) {
            Optional<Sentence> s = a.sentenceAt(m.start());
            if (s.isEmpty() || s.get().section().excludes(false)) {
                continue;
            }
            String sentence = a.text.substring(s.get().start(), s.get().end());
            Optional<Stated<StatedDate>> dated = mechanismDate(a, m, s.get());
            if (dated.isPresent() && OTHER_EVENT.matcher(a.text).region(m.start(), dated.get().span().end())
                    .find()) {
                continue; // "prior to her industrial injury she hurt her back skiing in 2010": another event's date
            }
            if (dated.isPresent() && AT_WORK.matcher(sentence).find()) {
                facts.dateOfInjury(dated.get());
                return;
            }
            if (neutral == null && dated.isPresent() && !OTHER_EVENT.matcher(sentence).find()) {
                neutral = dated.get();
            }
        }
        if (neutral != null) {
            facts.dateOfInjury(neutral);
        }
    }

    private static Optional<Stated<StatedDate>> mechanismDate(Analysis a, Matcher m, Sentence s) {
        for (Dates.Mention d : a.dates()) {
            if (d.start() < m.end()) {
                continue;
            }
            if (d.start() <= m.end() + MECHANISM_REACH && d.end() <= s.end()) {
                return Optional.of(new Stated<>(d.date(), a.span(m.start(), d.end())));
            }
            break;
        }
        return Optional.empty();
    }

    private static boolean injuryDate(Analysis a, FactsBuilder facts, Pattern trigger) {
        Matcher m = trigger.matcher(a.text);
        while (m.find()) {
            for (Dates.Mention d : a.dates()) {
                if (d.start() < m.end() || d.start() > m.end() + 40) {
                    continue;
                }
                if (FILLER.matcher(a.text).region(m.end(), d.start()).matches()
                        && !OTHER_EVENT.matcher(a.text).region(m.start(), d.end()).find()) {
                    // not "she injured her knee at home on 3/2/2012": an injury at home is not the industrial one
                    facts.dateOfInjury(new Stated<>(d.date(), a.span(m.start(), d.end())));
                    return true;
                }
                break;
            }
        }
        return false;
    }

}
