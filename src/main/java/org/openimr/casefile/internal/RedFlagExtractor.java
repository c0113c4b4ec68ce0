package org.openimr.casefile.internal;

import java.util.Optional;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.RedFlag;

/**
 * Red flags (cauda equina, progressive neurological deficit, fracture, infection, tumor, or "red flags" in general),
 * stated present or absent. A red flag only to be ruled out (a request) is not stated either way and is skipped.
 */
final class RedFlagExtractor implements Extractor {

    private final ContextRules context;

    RedFlagExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<RedFlag.Kind> m : a.matches(a.lexicon.redFlags)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            Assertion assertion = context.assertion(a, s, m.start(), m.end());
            if (assertion == Assertion.REQUESTED) {
                continue;
            }
            Optional<BodySite> region = m.value() == RedFlag.Kind.FRACTURE || m.value() == RedFlag.Kind.INFECTION
                    || m.value() == RedFlag.Kind.TUMOR
                    ? a.regionNear(s, m.start(), m.end(), 30, 25).map(Match::value)
                    : Optional.empty();
            facts.redFlags.add(new RedFlag(m.value(), region, assertion, a.span(m.start(), m.end())));
        }
    }
}
