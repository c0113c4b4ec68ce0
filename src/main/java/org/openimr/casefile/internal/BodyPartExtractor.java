package org.openimr.casefile.internal;

import java.util.Optional;

import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.BodySite;
import org.openimr.shared.BodyRegion;

/** Every body part the text mentions, with its side and how the sentence states it. */
final class BodyPartExtractor implements Extractor {

    private final ContextRules context;

    BodyPartExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<BodyRegion> m : a.bodyParts()) {
            Optional<Sentence> s = a.sentenceAt(m.start());
            if (s.isEmpty() || s.get().section().excludes(false) || m.end() > s.get().end()) {
                continue;
            }
            BodySite region = new BodySite(m.value(), a.sideOf(s.get(), m.start(), m.end()));
            facts.bodyParts.add(new BodyPartMention(region, context.assertion(a, s.get(), m.start(), m.end()),
                    a.span(m.start(), m.end())));
        }
    }
}
