package org.openimr.determination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Medication;
import org.openimr.casefile.PainScore;

/**
 * The relief a drug gave, computed from the pain scores the record states before it and on it, each in a sentence
 * naming the drug requested and no other drug ("Before pregabalin his hand pain was 8/10", "his hand pain is 5/10 on
 * Lyrica", "since starting gabapentin her pain decreased from 8/10 to 4/10"). The AED section measures a response as
 * a percent reduction of pain (30% moderate, 50% good); a record gives it in scores more often than in percents.
 */
final class ReliefFromPainScores {

    /** The score before the drug, or the score on it: the words right before the drug's name. */
    private static final Pattern BEFORE_THE_DRUG = Pattern.compile("(?i)\\b(?:before|prior\\s+to|without|off)\\s+"
            + "(?:(?:starting|taking|beginning|the|his|her)\\s+)*$");
    private static final Pattern ON_THE_DRUG = Pattern.compile("(?i)\\b(?:on|with|taking|using|since|after|from)\\s+"
            + "(?:(?:starting|taking|beginning|the|his|her)\\s+)*$");

    /** Words of a plan or a goal, not of a score the patient gave: "the goal is to bring his pain to 4/10". */
    private static final Pattern PLAN = DataFiles.standard().readingWords("plan");
    /** A score of the drug's early days only, or of another treatment in the same clause. */
    private static final Pattern NOT_THE_DRUGS_NOW = DataFiles.standard().readingWords("not-the-drugs-now");
    /** A later sentence saying the drug's effect is gone. */
    private static final Pattern WORE_OFF = DataFiles.standard().readingWords("wore-off");
    /** The part whose pain is scored: the word before "pain" ("his leg pain was 8/10"). */
    private static final Pattern PART = Pattern.compile("(?i)\\b([a-z]+)\\s+pain\\b");
    private static final java.util.Set<String> NO_PART = java.util.Set.of("his", "her", "their", "the", "a", "of",
            "no", "and", "with", "without", "on", "off", "its", "any", "less", "more", "some", "mild", "severe");

    /** A baseline score and a later score on the drug, and the percent by which pain fell between them. */
    record Relief(PainScore before, PainScore on, int percent) {
    }

    private final CaseRecord c;
    private final FactResolver facts;

    ReliefFromPainScores(CaseRecord c, FactResolver facts) {
        this.c = c;
        this.facts = facts;
    }

    /** The relief of the drug requested, when the record gives a score before it and a later one on it. */
    Optional<Relief> ofTheRequestedDrug() {
        Optional<String> drug = c.request().drug().flatMap(d -> d.code());
        String text = c.record().text();
        if (drug.isEmpty()) {
            return Optional.empty();
        }
        PainScore before = null;
        PainScore on = null;
        for (PainScore p : c.facts().painScores()) {
            Optional<Sentences> ofRecord = Sentences.ofRecord(text, p.span());
            if (ofRecord.isEmpty()) {
                continue;
            }
            Sentences whole = ofRecord.get();
            if (facts.inUtilizationReview(whole) || PLAN.matcher(whole.of(text)).find()) {
                continue; // the reviewer's words or a plan are no score the patient gave
            }
            Sentences sentence = clauseOf(text, whole, p);
            List<Medication> named = c.facts().medications().stream()
                    .filter(m -> m.span().documentId().equals(CaseRecord.RECORD)
                            && sentence.contains(m.span().start(), m.span().end()) && m.drug().isPresent())
                    .toList();
            if (named.isEmpty() || named.stream().anyMatch(m -> !m.drug().equals(drug))) {
                continue; // a score of no drug, or of another one, says nothing of this drug's relief
            }
            String lead = text.substring(sentence.start(), named.get(0).span().start());
            if (NOT_THE_DRUGS_NOW.matcher(sentence.of(text)).find()) {
                continue;
            }
            boolean baseline = p.circumstance() == PainScore.Circumstance.WITHOUT_MEDICATION
                    || p.circumstance() != PainScore.Circumstance.WITH_MEDICATION
                            && BEFORE_THE_DRUG.matcher(lead).find();
            boolean onTheDrug = !baseline && (p.circumstance() == PainScore.Circumstance.WITH_MEDICATION
                    || p.circumstance() != PainScore.Circumstance.WITHOUT_MEDICATION && ON_THE_DRUG.matcher(lead).find());
            if (baseline && before == null) {
                before = p;
            } else if (onTheDrug && before != null && p.span().start() > before.span().start()) {
                on = p; // the latest score on the drug
            }
        }
        if (before == null || on == null || before.score().signum() <= 0
                || !partOf(text, before).equals(partOf(text, on)) || woreOffAfter(text, on)) {
            return Optional.empty();
        }
        int percent = before.score().subtract(on.score()).multiply(BigDecimal.valueOf(100))
                .divide(before.score(), 0, RoundingMode.DOWN).intValue();
        return Optional.of(new Relief(before, on, Math.max(0, percent)));
    }

    /** The clause of the sentence holding the score: the words between semicolons around it. */
    private static Sentences clauseOf(String text, Sentences sentence, PainScore p) {
        return Sentences.within(text, sentence, p.span().start(), p.span().end(), Clauses.SEMICOLON);
    }

    /** The part of the body the score is of, or "" when the clause names none before "pain". */
    private static String partOf(String text, PainScore p) {
        Sentences sentence = Sentences.around(text, p.span().start(), p.span().end());
        int from = Math.max(sentence.start(), text.lastIndexOf(';', p.span().start()) + 1);
        String part = "";
        Matcher m = PART.matcher(text.substring(from, p.span().start()));
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            part = NO_PART.contains(w) ? "" : w;
        }
        return part;
    }

    /** Whether a sentence after the score on the drug says its effect wore off. */
    private boolean woreOffAfter(String text, PainScore on) {
        int from = Sentences.around(text, on.span().start(), on.span().end()).end();
        return from < text.length() && WORE_OFF.matcher(text.substring(from)).find();
    }
}
