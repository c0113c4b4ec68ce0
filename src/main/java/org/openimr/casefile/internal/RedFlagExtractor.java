package org.openimr.casefile.internal;

import java.util.Optional;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.RedFlag;

/**
 * Red flags (cauda equina, progressive neurological deficit, fracture, infection, tumor, or "red flags" in general),
 * stated present or absent. A red flag only to be ruled out (a request), or said to be undocumented ("no documentation
 * of red flags"), is not stated either way and is skipped. A
 * fracture, infection or tumor is of the body part named near it, or else of the one part its sentence names.
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
            ContextRules.Reading reading = context.read(a, s, m.start(), m.end());
            Assertion assertion = reading.assertion();
            if (assertion == Assertion.REQUESTED || assertion == Assertion.NEGATED && reading.documentationOnly()) {
                // "there was no documentation of red flags" says what a record lacks, not that the patient has none
                continue;
            }
            boolean ofAPart = m.value() == RedFlag.Kind.FRACTURE || m.value() == RedFlag.Kind.INFECTION
                    || m.value() == RedFlag.Kind.TUMOR;
            Optional<BodySite> region = ofAPart ? a.regionNear(s, m.start(), m.end(), 30, 25).map(Match::value)
                    : Optional.empty();
            if (ofAPart && region.isEmpty() && partsNamedIn(a, s) == 1) {
                // "Lumbar x-rays showed loss of height of the vertebral body, a suspected compression fracture": the
                // one part the sentence names is the part of the flag, however far before it
                region = a.regionNear(s, m.start(), m.end(), m.start() - s.start(), s.end() - m.end()).map(Match::value);
            }
            facts.redFlags.add(new RedFlag(m.value(), region, assertion, a.span(m.start(), m.end())));
        }
    }

    private static long partsNamedIn(Analysis a, Sentence s) {
        return a.bodyParts().stream().filter(p -> p.within(s.start(), s.end())).map(Match::value).distinct().count();
    }
}
