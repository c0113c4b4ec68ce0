package org.openimr.casefile.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.WorkStatus;

/**
 * Work status phrases (TTD, off work, modified duty, working with restrictions, full duty, retired, permanent and
 * stationary), with the date they hold from or until ("as of", "through", "until"). A negated phrase ("no work
 * restrictions") states no status and is skipped.
 */
final class WorkStatusExtractor implements Extractor {

    private static final Pattern DATE_LEAD = Pattern.compile("(?i)^[^.;]{0,25}?(?:as\\s+of|through|thru|until|till|"
            + "effective|from|starting|beginning|on)\\s+$");

    private final ContextRules context;

    WorkStatusExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<WorkStatus.Kind> m : a.matches(a.lexicon.workStatus)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            Assertion assertion = context.assertion(a, s, m.start(), m.end());
            if (assertion == Assertion.NEGATED) {
                continue;
            }
            int end = m.end();
            Optional<StatedDate> asOf = Optional.empty();
            for (Dates.Mention d : a.datesIn(m.end(), Math.min(s.end(), m.end() + 45))) {
                if (DATE_LEAD.matcher(a.text.substring(m.end(), d.start())).matches()) {
                    asOf = Optional.of(d.date());
                    end = d.end();
                }
                break;
            }
            facts.workStatus.add(new WorkStatus(m.value(), asOf, assertion, a.span(m.start(), end)));
        }
    }
}
