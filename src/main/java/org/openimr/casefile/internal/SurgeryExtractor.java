package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.Surgery;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * Surgeries: the procedure (lexicon), its region (implied by the procedure's name, or the nearest body part or spinal
 * level), its date (the nearest date in the sentence), and whether it was done (status post, s/p, underwent:
 * historical), requested, or denied ("no prior surgery", "surgical history: none").
 */
final class SurgeryExtractor implements Extractor {

    private static final Pattern NO_SURGERY = Pattern.compile("(?i)(?<![\\p{L}])(?:no\\s+(?:relevant\\s+|prior\\s+|"
            + "previous\\s+|past\\s+|other\\s+)?(?:surgical\\s+history|surgeries|surgery|operations)|surgical\\s+history"
            + "\\s+(?:was|is|of)\\s+(?:stated\\s+to\\s+be\\s+|noted\\s+(?:to\\s+be\\s+|as\\s+)|reported\\s+as\\s+)?"
            + "(?:none|negative|noncontributory|non-contributory|unremarkable))(?![\\p{L}])");

    private final ContextRules context;

    SurgeryExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        Matcher none = NO_SURGERY.matcher(a.text);
        while (none.find()) {
            Optional<Sentence> s = a.sentenceAt(none.start());
            if (s.isPresent() && !s.get().section().excludes(false)) {
                facts.surgeries.add(new Surgery(Surgery.Kind.UNSPECIFIED, Optional.empty(), Optional.empty(),
                        Assertion.NEGATED, a.span(none.start(), none.end())));
            }
        }
        List<Match<Lexicon.SurgeryTerm>> terms = a.matches(a.lexicon.surgeries);
        for (Match<Lexicon.SurgeryTerm> m : terms) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()
                    || facts.surgeries.stream().anyMatch(x -> x.span().documentId().equals(a.document.id())
                            && x.span().start() <= m.start() && x.span().end() >= m.end())) {
                continue;
            }
            Sentence s = found.get();
            Assertion assertion = context.assertion(a, s, m.start(), m.end());
            if (assertion == Assertion.AFFIRMED) {
                assertion = Assertion.HISTORICAL; // a surgery the record states as done lies in the past
            }
            int start = m.start();
            int end = m.end();
            Optional<BodySite> region;
            if (m.value().impliedPart().isPresent()) {
                // "right shoulder arthroscopic rotator cuff repair": the side comes with the part named before it
                Optional<Match<BodyRegion>> named = a.bodyParts().stream()
                        .filter(b -> b.value() == m.value().impliedPart().get() && b.end() <= m.start()
                                && b.start() >= Math.max(s.start(), m.start() - 30))
                        .reduce((first, second) -> second);
                Optional<Side> side = a.sideOf(s, m.start(), m.end())
                        .or(() -> named.flatMap(b -> a.sideOf(s, b.start(), b.end())));
                region = Optional.of(new BodySite(m.value().impliedPart().get(), side));
                if (named.isPresent() && m.start() - named.get().end() <= 15) {
                    start = named.get().start();
                }
            } else {
                Optional<Match<BodySite>> near = a.regionNear(s, m.start(), m.end(), 30, 30);
                region = near.map(Match::value);
                if (near.isPresent() && near.get().start() < start && start - near.get().end() <= 12) {
                    start = near.get().start();
                }
                if (near.isPresent() && near.get().end() > end && near.get().start() - end <= 12) {
                    end = near.get().end();
                }
            }
            Optional<StatedDate> date = Optional.empty();
            if (assertion == Assertion.HISTORICAL) {
                Optional<Dates.Mention> d = dateOf(a, s, terms, m);
                if (d.isPresent()) {
                    date = Optional.of(d.get().date());
                    start = Math.min(start, d.get().start());
                    end = Math.max(end, d.get().end());
                }
            }
            facts.surgeries.add(new Surgery(m.value().kind(), region, date, assertion, a.span(start, end)));
        }
    }

    /** The date after the procedure (within 60 characters), else the one before it (within 40), in its sentence. */
    private static Optional<Dates.Mention> dateOf(Analysis a, Sentence s, List<Match<Lexicon.SurgeryTerm>> terms,
            Match<Lexicon.SurgeryTerm> m) {
        Dates.Mention best = null;
        for (Dates.Mention d : a.datesIn(s.start(), s.end())) {
            boolean after = d.start() >= m.end() && d.start() - m.end() <= 60;
            boolean before = d.end() <= m.start() && m.start() - d.end() <= 40;
            if (!after && !before) {
                continue;
            }
            int from = after ? m.end() : d.end();
            int to = after ? d.start() : m.start();
            boolean other = terms.stream().anyMatch(t -> t != m && t.start() >= from && t.end() <= to);
            if (other) {
                continue;
            }
            if (after) {
                return Optional.of(d);
            }
            best = d;
        }
        return Optional.ofNullable(best);
    }
}
