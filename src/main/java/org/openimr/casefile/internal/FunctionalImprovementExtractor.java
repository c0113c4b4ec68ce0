package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.FunctionalImprovement;
import org.openimr.casefile.Modality;

/**
 * Statements about functional improvement. A phrase that documents improvement ("improved ability to walk",
 * "able to return to work") reads IMPROVED; negated it reads NOT_DOCUMENTED after "no documentation of", "lack of"
 * and NOT_IMPROVED otherwise; requested or planned ("goal of functional improvement") it is not a statement about
 * the patient and is skipped. The therapy named in the same sentence, if any, is what the statement is about.
 */
final class FunctionalImprovementExtractor implements Extractor {

    private final ContextRules context;

    FunctionalImprovementExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<Lexicon.FunctionReading> m : a.matches(a.lexicon.function)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            FunctionalImprovement.Finding finding;
            switch (m.value()) {
                case IMPROVED -> {
                    ContextRules.Reading reading = context.read(a, s, m.start(), m.end());
                    if (reading.assertion() == Assertion.REQUESTED) {
                        continue;
                    }
                    finding = reading.assertion() != Assertion.NEGATED ? FunctionalImprovement.Finding.IMPROVED
                            : reading.documentationOnly() ? FunctionalImprovement.Finding.NOT_DOCUMENTED
                            : FunctionalImprovement.Finding.NOT_IMPROVED;
                }
                case NOT_IMPROVED -> finding = FunctionalImprovement.Finding.NOT_IMPROVED;
                default -> finding = FunctionalImprovement.Finding.NOT_DOCUMENTED;
            }
            facts.functionalImprovement.add(new FunctionalImprovement(finding, treatment(a, s, m),
                    a.span(m.start(), m.end())));
        }
    }

    /** The therapy nearest to the statement in its clause (no "but", "however", ";" between them). */
    private static Optional<Modality> treatment(Analysis a, Sentence s, Match<?> m) {
        Match<Modality> best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Match<Trigger>> terminations = a.matchesIn(a.lexicon.triggers, s).stream()
                .filter(t -> t.value().category() == Trigger.Category.TERMINATION).toList();
        for (Match<Modality> t : a.matchesIn(a.lexicon.modalities, s)) {
            int distance = t.end() <= m.start() ? m.start() - t.end() : t.start() - m.end();
            int from = Math.min(t.end(), m.end());
            int to = Math.max(t.start(), m.start());
            if (terminations.stream().anyMatch(x -> x.start() >= from && x.end() <= to)) {
                continue;
            }
            if (distance >= 0 && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(Match::value);
    }
}
