package org.openimr.determination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** A baseline score and a later score on the drug, and the percent by which pain fell between them. */
    record Relief(PainScore before, PainScore on, int percent) {
    }

    private final CaseRecord c;

    ReliefFromPainScores(CaseRecord c) {
        this.c = c;
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
            if (!p.span().documentId().equals(CaseRecord.RECORD) || p.span().end() > text.length()) {
                continue;
            }
            Sentences sentence = Sentences.around(text, p.span().start(), p.span().end());
            List<Medication> named = c.facts().medications().stream()
                    .filter(m -> m.span().documentId().equals(CaseRecord.RECORD)
                            && sentence.contains(m.span().start(), m.span().end()) && m.drug().isPresent())
                    .toList();
            if (named.isEmpty() || named.stream().anyMatch(m -> !m.drug().equals(drug))) {
                continue; // a score of no drug, or of another one, says nothing of this drug's relief
            }
            String lead = text.substring(sentence.start(), named.get(0).span().start());
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
        if (before == null || on == null || before.score().signum() <= 0) {
            return Optional.empty();
        }
        int percent = before.score().subtract(on.score()).multiply(BigDecimal.valueOf(100))
                .divide(before.score(), 0, RoundingMode.DOWN).intValue();
        return Optional.of(new Relief(before, on, Math.max(0, percent)));
    }
}
