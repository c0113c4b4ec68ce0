package org.openimr.casefile.internal;

import java.util.ArrayList;
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

    /** A visit about an operation named right after it ("surgery consult", "surgical evaluation"): no operation. */
    private static final Pattern A_VISIT_ABOUT_IT = Pattern.compile("(?i)\\s*(?:consult|consultation|referral|"
            + "evaluation|eval|opinion)(?![\\p{L}])");

    private final ContextRules context;

    SurgeryExtractor(ContextRules context) {
        this.context = context;
    }

    /** At most this many words between an operation and the condition its plan waits on ("arthroscopy, if ..."). */
    private static final int CONDITION_WORDS = 1;

    /**
     * An operation named right before a condition a plan waits on ("arthroscopy if no better after the injection": a
     * REQUEST cue of context-triggers.tsv that opens with "if") is planned: no operation done, nor one denied.
     */
    private static boolean conditionRightAfter(Analysis a, Sentence s, int end) {
        return a.matchesIn(a.lexicon.triggers, end, s.end()).stream()
                .filter(t -> t.value().category() == Trigger.Category.REQUEST)
                .filter(t -> a.text.regionMatches(true, t.start(), "if ", 0, 3))
                .anyMatch(t -> a.text.substring(end, t.start()).indexOf(';') < 0
                        && TimeOnDrug.words(a.text.substring(end, t.start())) <= CONDITION_WORDS);
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
        List<PostoperativeInterval.Reading> intervals = PostoperativeInterval.find(a).stream()
                .filter(r -> a.sentenceAt(r.start()).filter(x -> !x.section().excludes(false))
                        .map(x -> context.assertion(a, x, r.start(), r.end()).isPresentOrPast()).orElse(false))
                .toList();
        List<PostoperativeInterval.Reading> placed = new ArrayList<>();
        for (Match<Lexicon.SurgeryTerm> m : terms) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()
                    || facts.surgeries.stream().anyMatch(x -> x.span().documentId().equals(a.document.id())
                            && x.span().start() <= m.start() && x.span().end() >= m.end())) {
                continue;
            }
            Sentence s = found.get();
            Assertion assertion = conditionRightAfter(a, s, m.end()) ? Assertion.REQUESTED
                    : context.assertion(a, s, m.start(), m.end());
            if (assertion == Assertion.AFFIRMED || assertion == Assertion.HISTORICAL) {
                if (A_VISIT_ABOUT_IT.matcher(a.text).region(m.end(), s.end()).lookingAt()) {
                    continue; // "a spine surgery consult was suggested on 8/2/16": a visit, no operation done
                }
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
            Optional<String> reckoned = Optional.empty();
            if (assertion == Assertion.HISTORICAL) {
                Optional<Dates.Mention> d = dateOf(a, s, terms, m);
                Optional<PostoperativeInterval.Reading> since = intervalNaming(a, intervals, terms, m);
                // only the visit's own date gives way to the reckoned one: a date or year stated with the operation
                // ("after a 2014 R knee arthroscopy") is its date
                if (d.isPresent() && (since.isEmpty() || d.get().start() != since.get().quoteStart())) {
                    date = Optional.of(d.get().date());
                    start = Math.min(start, d.get().start());
                    end = Math.max(end, d.get().end());
                } else if (since.isPresent() && since.get().day().isPresent()) {
                    // "5/10/16: 3 wks s/p R knee scope": the date before is the visit's, the operation's is reckoned
                    date = Optional.of(StatedDate.day(since.get().day().get()));
                    reckoned = Optional.of(since.get().basis());
                    start = Math.min(start, since.get().quoteStart());
                    placed.add(since.get());
                }
            }
            facts.surgeries.add(new Surgery(m.value().kind(), region, date, assertion, a.span(start, end), reckoned));
        }
        for (PostoperativeInterval.Reading r : intervals) {
            if (r.day().isPresent() && !placed.contains(r) && namesNoOperation(r, terms)) {
                facts.surgeries.add(operationOf(a, r, facts.surgeries));
            }
        }
    }

    /** How far after "s/p", "after" or "from" the operation's name may start ("s/p R knee arthroscopic partial"). */
    private static final int NAME_REACH = 45;

    /**
     * Words that may stand between "s/p", "post-op" or "after" and the operation it names: an article, a side, a
     * part's words once the part itself is set aside, and words of the operation's kind ("arthroscopic partial").
     */
    private static final Pattern NAMING_WORDS = Pattern.compile("(?i)^(?:\\s|,|(?<![\\p{L}])(?:a|an|the|his|her|"
            + "right|left|R|L|rt|lt|bilateral|arthroscopic|open|partial|total|medial|lateral|revision|repeat|"
            + "minimally\\s+invasive)(?![\\p{L}]))*$");

    /**
     * The interval whose words name this operation right after them ("3 wks s/p R knee scope"), not a mere surgery:
     * only a side and a part (and words of the operation's kind) between, never another event ("6 weeks after
     * returning to full duty after a 2014 R knee arthroscopy").
     */
    private static Optional<PostoperativeInterval.Reading> intervalNaming(Analysis a,
            List<PostoperativeInterval.Reading> intervals, List<Match<Lexicon.SurgeryTerm>> terms,
            Match<Lexicon.SurgeryTerm> m) {
        return intervals.stream().filter(r -> r.operationAt() >= 0)
                .filter(r -> firstTermAfter(r, terms).filter(t -> t == m).isPresent())
                .filter(r -> namesRightAfter(a, r.operationAt(), m.start()))
                .filter(r -> m.value().kind() != Surgery.Kind.UNSPECIFIED).findFirst();
    }

    private static boolean namesRightAfter(Analysis a, int from, int to) {
        StringBuilder between = new StringBuilder(a.text.substring(from, to));
        for (Match<BodyRegion> b : a.bodyParts()) {
            if (b.start() >= from && b.end() <= to) {
                for (int i = b.start(); i < b.end(); i++) {
                    between.setCharAt(i - from, ' ');
                }
            }
        }
        return NAMING_WORDS.matcher(between).matches();
    }

    /** The first operation named after the interval's words, within reach and in its clause. */
    private static Optional<Match<Lexicon.SurgeryTerm>> firstTermAfter(PostoperativeInterval.Reading r,
            List<Match<Lexicon.SurgeryTerm>> terms) {
        return terms.stream().filter(t -> t.start() >= r.operationAt() && t.start() - r.operationAt() <= NAME_REACH)
                .findFirst();
    }

    /**
     * "3 weeks post-op", "POD #21", "10 days after surgery": words that name no operation (or name only a surgery).
     * Words that name something else after "s/p" or "after" ("2 weeks after lifting a box") are no interval.
     */
    private static boolean namesNoOperation(PostoperativeInterval.Reading r, List<Match<Lexicon.SurgeryTerm>> terms) {
        return r.operationAt() < 0 || firstTermAfter(r, terms).map(t -> t.value().kind() == Surgery.Kind.UNSPECIFIED
                && t.start() == r.operationAt()).orElse(false);
    }

    private static List<Surgery> undatedOperations(Analysis a, List<Surgery> found, Assertion assertion) {
        return found.stream().filter(x -> x.span().documentId().equals(a.document.id())
                && x.assertion() == assertion && x.date().isEmpty() && x.kind() != Surgery.Kind.UNSPECIFIED).toList();
    }

    /**
     * The operation an interval that names none is counted from: the one operation the document states done without a
     * date (one kind, one part), else the one it states planned or certified, else a surgery unnamed, of the part named beside the interval if any.
     */
    private static Surgery operationOf(Analysis a, PostoperativeInterval.Reading r, List<Surgery> found) {
        List<Surgery> done = undatedOperations(a, found, Assertion.HISTORICAL);
        // none done: the interval shows the one operation planned or certified has been done ("UR certified the R
        // shoulder arthroscopy ... She is 2 weeks out from surgery")
        List<Surgery> undated = done.isEmpty() ? undatedOperations(a, found, Assertion.REQUESTED) : done;
        Optional<BodySite> beside = a.sentenceAt(r.start())
                .flatMap(s -> a.regionNear(s, r.start(), r.end(), 30, 30)).map(Match::value);
        boolean one = !undated.isEmpty() && undated.stream().allMatch(x -> x.kind() == undated.get(0).kind()
                && x.region().map(BodySite::region).equals(undated.get(0).region().map(BodySite::region)))
                && (beside.isEmpty() || undated.get(0).region().map(BodySite::region)
                        .equals(beside.map(BodySite::region)));
        Surgery.Kind kind = one ? undated.get(0).kind() : Surgery.Kind.UNSPECIFIED;
        Optional<BodySite> region = one ? undated.get(0).region() : beside;
        return new Surgery(kind, region, r.day().map(StatedDate::day), Assertion.HISTORICAL,
                a.span(r.quoteStart(), r.end()), Optional.of(r.basis()));
    }

    /** A time between a date and the operation ("2 weeks out from", "10 days after"): the date is not the operation's. */
    private static final Pattern TIME_BETWEEN = Pattern.compile("(?i)(?<![\\p{L}])(?:\\d{1,3}|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|several)\\s*-?\\s*(?:days?|weeks?|wks?|months?|mos?)\\s+(?:out\\s+)?(?:from|after|"
            + "following|s/p|status\\s+post|post-?op|before|prior\\s+to|until|to)(?![\\p{L}])");

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
            if (!after && TIME_BETWEEN.matcher(a.text).region(from, to).find()) {
                continue; // "5/10/16: he is 2 weeks out from surgery": the visit's date, a time from it to the operation
            }
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
