package org.openimr.casefile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.PainScore;

/**
 * Pain scores on the 0-10 scale: "7/10", "7-8 out of 10", "9/10 to 10/10", "5 of 10", "6 on a scale of 0-10".
 * With or without medication, average, worst or least: a cue right after the score ("3/10 with medications"),
 * else the nearest one before it since the previous score ("with medication 5/10 and without medication 8/10");
 * "9/10 with and without medication" is a score of each.
 */
final class PainScoreExtractor implements Extractor {

    private static final String SCORE = "(\\d{1,2}(?:\\.\\d)?)";
    private static final String TEN = "(?:/\\s*10|out\\s+of\\s+(?:a\\s+)?10|of\\s+10|on\\s+a\\s+(?:pain\\s+)?scale\\s+of\\s+"
            + "(?:(?:0|1|zero|one)\\s*(?:-|to)\\s*)?10)";
    private static final Pattern PAIN = Pattern.compile("(?i)(?<![\\d/.])" + SCORE + "(?:\\s*" + TEN + ")?(?:\\s*(?:-|to|–)\\s*"
            + SCORE + ")?\\s*" + TEN + "(?![\\d/])");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\d/.])" + SCORE + "\\s*" + TEN + "(?![\\d/])");
    private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:(" + Shorthand.WITHOUT + ")(?:\\s+(?:the\\s+)?(?:use\\s+of\\s+)?"
            + "(?:pain\\s+|her\\s+|his\\s+)?(?:medications?|meds|medicine))?|(" + Shorthand.WITH_SPACE + ")(?:(?:the\\s+)?(?:use\\s+of\\s+)?"
            + "(?:pain\\s+|her\\s+|his\\s+)?(?:medications?|meds|medicine)|them)|(on\\s+average|average)|(at\\s+(?:its\\s+)?worst|"
            + "worst)|(at\\s+(?:its\\s+)?best|least))(?![\\p{L}])");

    /** The medication of the score before, named by a pronoun: "... and 3/10 with it". */
    private static final Pattern WITH_IT = Pattern.compile("(?i)\\s*" + Shorthand.WITH_SPACE + "(?:it|them)(?![\\p{L}])");

    /** A score that holds either way: "9/10 with and without medication", "8/10 both with and without Norco". */
    private static final Pattern BOTH = Pattern.compile("(?i)\\s*,?\\s*(?:both\\s+)?(?:with\\s+(?:and|or)\\s+without|"
            + "without\\s+(?:and|or)\\s+with)(?![\\p{L}])");

    /** "decreases from 8/10 to 4/10", "reduced pain from 7/10 down to 3/10", "brings it down from 9/10 to 5/10". */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\b(?:decreas|reduc|drop|lower|improv|goes|went|go|"
            + "bring|brought|brings|come|comes|came)\\w*\\b[^.;]{0,40}?\\bfrom\\s+" + SCORE + "\\s*" + TEN + "?\\s*"
            + "(?:down\\s+)?to\\s+" + SCORE + "\\s*" + TEN);
    /** The shorthand of the same reduction: "VAS 8/10 -> 4/10", "pain 7/10 → 3/10". */
    private static final Pattern ARROW = Pattern.compile("(?i)(?<![\\d/.])" + SCORE + "\\s*" + TEN + "?\\s*(?:-+>|→|=>)\\s*"
            + SCORE + "\\s*" + TEN);
    /** A medication the reduction is credited to: "with medications", "with Norco", "on his medication". */
    private static final Pattern MEDICATION_WORD = Pattern.compile("(?i)\\b(?:" + Shorthand.WITH_SPACE + "|(?:on|after|from|using|taking)\\s+)"
            + "(?:the\\s+|his\\s+|her\\s+|current\\s+|pain\\s+)*(?:medications?|meds|medicines?|analgesics?)\\b");

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Sentence s : a.sentences) {
            if (!s.section().excludes(false)) {
                fromTo(a, s, facts);
            }
        }
        scores(a, facts);
    }

    /**
     * A reduction credited to a medication in one sentence ("with Norco his pain decreases from 8/10 to 4/10") gives
     * the first score without and the second with the medication.
     */
    private static void fromTo(Analysis a, Sentence s, FactsBuilder facts) {
        Matcher m = FROM_TO.matcher(a.text).region(s.start(), s.end());
        if (!m.find()) {
            m = ARROW.matcher(a.text).region(s.start(), s.end());
            if (!m.find()) {
                return;
            }
        }
        BigDecimal before = new BigDecimal(m.group(1));
        BigDecimal after = new BigDecimal(m.group(2));
        boolean medication = MEDICATION_WORD.matcher(a.text).region(s.start(), s.end()).find()
                || !a.matchesIn(a.lexicon.drugs, s).isEmpty();
        if (!medication || before.compareTo(BigDecimal.TEN) > 0 || after.compareTo(before) >= 0) {
            return;
        }
        Matcher ten = SINGLE.matcher(a.text).region(m.start(1), m.start(2));
        int firstEnd = ten.lookingAt() ? ten.end() : m.end(1);
        facts.painScores.add(new PainScore(before, Optional.empty(), PainScore.Circumstance.WITHOUT_MEDICATION,
                a.span(m.start(1), firstEnd)));
        facts.painScores.add(new PainScore(after, Optional.empty(), PainScore.Circumstance.WITH_MEDICATION,
                a.span(m.start(2), m.end())));
    }

    private void scores(Analysis a, FactsBuilder facts) {
        for (Sentence s : a.sentences) {
            if (s.section().excludes(false)) {
                continue;
            }
            List<int[]> scores = new ArrayList<>();
            List<BigDecimal[]> values = new ArrayList<>();
            Matcher m = PAIN.matcher(a.text).region(s.start(), s.end());
            while (m.find()) {
                BigDecimal low = new BigDecimal(m.group(1));
                BigDecimal high = m.group(2) != null ? new BigDecimal(m.group(2)) : null;
                if (low.compareTo(BigDecimal.TEN) > 0 || (high != null && (high.compareTo(BigDecimal.TEN) > 0
                        || high.compareTo(low) < 0))) {
                    // "3-7 out of 10 down to 0 out of 10" is fine; "8-4/10" is not a range: read the single score
                    Matcher single = SINGLE.matcher(a.text).region(m.start(), m.end());
                    if (!single.find() || new BigDecimal(single.group(1)).compareTo(BigDecimal.TEN) > 0) {
                        continue;
                    }
                    scores.add(new int[] {single.start(), single.end()});
                    values.add(new BigDecimal[] {new BigDecimal(single.group(1)), null});
                    continue;
                }
                scores.add(new int[] {m.start(), m.end()});
                values.add(new BigDecimal[] {low, high});
            }
            PainScore.Circumstance previous = null;
            for (int i = 0; i < scores.size(); i++) {
                int[] sc = scores.get(i);
                if (facts.painScores.stream().anyMatch(p -> p.span().start() == sc[0])) {
                    previous = null; // "with it" names only the medication of the score right before
                    continue;
                }
                int prevEnd = i > 0 ? scores.get(i - 1)[1] : Math.max(s.start(), sc[0] - 60);
                int nextStart = i + 1 < scores.size() ? scores.get(i + 1)[0] : Math.min(s.end(), sc[1] + 40);
                if (BOTH.matcher(a.text).region(sc[1], s.end()).lookingAt()) {
                    // "9/10 with and without medication": the medication makes no difference
                    for (PainScore.Circumstance both : List.of(PainScore.Circumstance.WITH_MEDICATION,
                            PainScore.Circumstance.WITHOUT_MEDICATION)) {
                        facts.painScores.add(new PainScore(values.get(i)[0], Optional.ofNullable(values.get(i)[1]),
                                both, a.span(sc[0], sc[1])));
                    }
                    previous = null;
                    continue;
                }
                PainScore.Circumstance circumstance = drugNamedRightAfter(a, s, sc[1], nextStart);
                if (circumstance == PainScore.Circumstance.UNSPECIFIED) {
                    circumstance = circumstance(a.text, prevEnd, sc[0], sc[1], nextStart);
                }
                if (circumstance == PainScore.Circumstance.UNSPECIFIED && !CHANGE_FOLLOWS.matcher(a.text)
                        .region(sc[1], s.end()).lookingAt() && (i == 0 || !CHANGE_FOLLOWS.matcher(a.text)
                        .region(scores.get(i - 1)[1], s.end()).lookingAt())) {
                    // a score changing to another ("5/10 -> 8/10", "from 5/10 to 8/10") tells a course, not the drug
                    circumstance = drugNamedBefore(a, prevEnd, sc[0]);
                }
                if (i > 0 && WITH_IT.matcher(a.text).region(sc[1], s.end()).lookingAt()
                        && previous == PainScore.Circumstance.WITHOUT_MEDICATION) {
                    // "7/10 without medication and 3/10 with it": "it" is the medication of the score before
                    circumstance = PainScore.Circumstance.WITH_MEDICATION;
                }
                previous = circumstance;
                facts.painScores.add(new PainScore(values.get(i)[0], Optional.ofNullable(values.get(i)[1]),
                        circumstance, a.span(sc[0], sc[1])));
            }
        }
    }

    /**
     * A score whose medication is named by the drug, not the word "medication", right after it: "4/10 with Norco",
     * "9/10 off tramadol". It comes first: "8/10 without medication and 4/10 with Norco" gives the second score the
     * drug after it, not the cue before it.
     */
    private static PainScore.Circumstance drugNamedRightAfter(Analysis a, Sentence s, int end, int afterTo) {
        for (Match<?> drug : a.matchesIn(a.lexicon.drugs, s)) {
            if (drug.start() >= end && drug.start() <= afterTo) {
                Matcher cue = DRUG_CUE_AFTER.matcher(a.text.substring(end, drug.start()));
                if (cue.matches()) {
                    return cue.group(1) != null ? PainScore.Circumstance.WITHOUT_MEDICATION
                            : PainScore.Circumstance.WITH_MEDICATION;
                }
            }
        }
        return PainScore.Circumstance.UNSPECIFIED;
    }

    /** A drug named ahead of the score in its stretch of the sentence: "on gabapentin her pain is 5/10". */
    private static PainScore.Circumstance drugNamedBefore(Analysis a, int beforeFrom, int start) {
        int from = Math.min(beforeFrom, start);
        PainScore.Circumstance before = PainScore.Circumstance.UNSPECIFIED;
        for (Match<?> drug : a.matchesIn(a.lexicon.drugs, from, start)) {
            Matcher cue = DRUG_CUE_BEFORE.matcher(a.text.substring(from, drug.start()));
            if (drug.end() <= start && cue.find() && !SCORE_BETWEEN.matcher(a.text.substring(drug.end(), start)).find()) {
                before = cue.group(1) != null ? PainScore.Circumstance.WITHOUT_MEDICATION
                        : PainScore.Circumstance.WITH_MEDICATION;
            }
        }
        return before;
    }

    /** After a score, the score it changed to: "-> 8/10", "to 8/10", "then 8/10". */
    private static final Pattern CHANGE_FOLLOWS = Pattern.compile("(?i)\\s*(?:-+>|→|=>|(?:down\\s+|up\\s+)?to\\s+\\d|then\\s+\\d)");

    /** Between a score and the drug after it: "with", "on", "while taking", "without", "off", "w/o". */
    private static final Pattern DRUG_CUE_AFTER = Pattern.compile("(?i)\\s*,?\\s*(?:(" + Shorthand.WITHOUT
            + "|off(?:\\s+of)?)|(?:with|w/(?![o/])|on|while\\s+(?:taking|on)|taking|using))\\s*(?:the\\s+|his\\s+|her\\s+)?");
    /** Before a drug named ahead of its score: "With Norco, ", "on gabapentin her pain is", "without tramadol it is". */
    private static final Pattern DRUG_CUE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:(" + Shorthand.WITHOUT
            + "|off(?:\\s+of)?)|(?:with|w/|on|while\\s+(?:taking|on)|taking|using))\\s+(?:the\\s+|his\\s+|her\\s+)?$");
    /** Another score, or a clause break, between the drug and this score. */
    private static final Pattern SCORE_BETWEEN = Pattern.compile("\\d\\s*/\\s*10|[;.]|\\bbut\\b|\\band\\b");

    private static PainScore.Circumstance circumstance(String text, int beforeFrom, int start, int end, int afterTo) {
        Matcher right = CUE.matcher(text).region(end, Math.max(end, afterTo));
        if (right.find() && text.substring(end, right.start()).isBlank()) {
            return circumstance(right);
        }
        Matcher before = CUE.matcher(text).region(Math.min(beforeFrom, start), start);
        PainScore.Circumstance found = null;
        while (before.find()) {
            if (before.group(1) == null || before.group(0).length() > before.group(1).length()) {
                found = circumstance(before);
            }
        }
        if (found != null) {
            return found;
        }
        Matcher after = CUE.matcher(text).region(end, Math.max(end, afterTo));
        return after.find() ? circumstance(after) : PainScore.Circumstance.UNSPECIFIED;
    }

    private static PainScore.Circumstance circumstance(Matcher cue) {
        if (cue.group(1) != null) {
            return PainScore.Circumstance.WITHOUT_MEDICATION;
        }
        if (cue.group(2) != null) {
            return PainScore.Circumstance.WITH_MEDICATION;
        }
        if (cue.group(3) != null) {
            return PainScore.Circumstance.AVERAGE;
        }
        if (cue.group(4) != null) {
            return PainScore.Circumstance.WORST;
        }
        return PainScore.Circumstance.LEAST;
    }
}
