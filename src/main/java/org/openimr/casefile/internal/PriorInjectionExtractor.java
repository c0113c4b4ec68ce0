package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.PhraseAlternation;
import org.openimr.casefile.PriorInjections;
import org.openimr.casefile.PriorInjections.Kind;
import org.openimr.casefile.StatedDate;
import org.openimr.shared.BodyRegion;

/**
 * Injections already given (casefile/prior-injections.tsv): a count before the term ("three prior lumbar ESIs", "an
 * ESI"), after it ("TPIs x 4 sessions", "on two occasions"), and the dates that follow it ("in 2016 (03/2016 and
 * 08/2016)", "on 05/10/2016 and another on 08/02/2016"), whose number is a count too, and the body region named
 * nearby. A negated mention is none; a requested one is left out.
 */
final class PriorInjectionExtractor implements Extractor {

    private static final String RESOURCE = "casefile/prior-injections.tsv";
    private static final String MODIFIER = "modifier";
    /** Characters before a mention where the body region injected is looked for ("lumbar ESI"). */
    private static final int REGION_BEFORE = 20;
    /** Characters after a mention where the body region injected is looked for ("ESI at L5-S1", "... to the right shoulder"). */
    private static final int REGION_AFTER = 40;
    private static final String LEVEL = "[CTLS]\\d{1,2}(?:\\s*-\\s*[CTLS]?\\d{1,2})?";
    /**
     * A wish or a plan before an injection in its sentence ("Plan: lumbar ESI", "she would like to try an ESI"): the
     * injection is not yet given. Read here, not as general context triggers, because the same words before a drug
     * ("Plan: continue Norco") or therapy state what the patient is already taking.
     */
    private static final Pattern WISHED_OR_PLANNED = Pattern.compile("(?i)(?<![\\p{L}])(?:plan:|would\\s+like|"
            + "wish(?:es)?\\s+to|wants?\\s+to|hopes?\\s+to)(?![\\p{L}])");

    private static final Pattern COUNT_AFTER = Pattern.compile("(?i)^\\s*(?:sessions?\\s*)?"
            + "(?:[x×]\\s*(\\d{1,2})(?!\\d)"
            + "(?:\\s+sessions?)?|,?\\s*(?:on\\s+)?(" + Numbers.COUNT + ")\\s+(?:occasions|times|sessions))");
    private static final Pattern FIRST_DATE = Pattern.compile(
            "(?i)^[^.;]{0,25}?(?<![\\p{L}])(?:on|in|dated|from)\\s*$");
    private static final Pattern NEXT_DATE = Pattern.compile("(?i)^[\\s,()&]*(?:and|&)?[\\s(]*(?:(?:another|again|"
            + "a\\s+second|a\\s+third)(?:\\s+one)?\\s+)?(?:(?:on|in)\\s+)?$");

    private final ContextRules context;
    private final Map<String, Kind> kinds;
    private final Pattern term;
    private final Pattern countBefore;

    PriorInjectionExtractor(ContextRules context) {
        this.context = context;
        Map<String, Kind> terms = new HashMap<>();
        List<String> modifiers = new ArrayList<>();
        for (String[] row : Tsv.read(RESOURCE)) {
            String word = Tsv.column(row, 0).toLowerCase(Locale.ROOT);
            String kind = Tsv.column(row, 1);
            if (MODIFIER.equals(kind)) {
                modifiers.add(word);
            } else {
                terms.put(word, Kind.valueOf(kind));
            }
        }
        this.kinds = Map.copyOf(terms);
        this.term = Pattern.compile("(?i)(?<![\\p{L}])(" + PhraseAlternation.longestFirst(terms.keySet()) + ")s?(?![\\p{L}])");
        // not a digit after '-': "left L4-5 transforaminal epidural steroid injection" names a level, not 5 injections
        this.countBefore = Pattern.compile("(?i)(?<![\\p{L}-])(" + Numbers.COUNT + "|an?|another)\\s+(?:(?:"
                + PhraseAlternation.longestFirst(modifiers) + "|" + LEVEL + ")[\\s,]+)*$");
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        Matcher m = term.matcher(a.text);
        List<Mention> mentions = new ArrayList<>();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            mentions.add(new Mention(m.start(), m.end(), kinds.get(word)));
        }
        for (int i = 0; i < mentions.size(); i++) {
            int start = mentions.get(i).start();
            int end = mentions.get(i).end();
            Optional<Sentence> found = a.sentenceAt(start);
            if (found.isEmpty() || found.get().section().excludes(false) || end > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            int next = i + 1 < mentions.size() ? Math.min(s.end(), mentions.get(i + 1).start()) : s.end();
            int previous = Math.max(s.start(), i > 0 ? mentions.get(i - 1).end() : 0);
            read(a, s, mentions.get(i), previous, next, facts);
        }
    }

    private record Mention(int start, int end, Kind kind) {
    }

    private void read(Analysis a, Sentence s, Mention mention, int windowStart, int windowEnd, FactsBuilder facts) {
        int termStart = mention.start();
        int termEnd = mention.end();
        Assertion assertion = context.assertion(a, s, termStart, termEnd);
        if (assertion == Assertion.REQUESTED
                || WISHED_OR_PLANNED.matcher(a.text).region(s.start(), termStart).find()) {
            return;
        }
        int start = termStart;
        int end = termEnd;
        OptionalInt count = OptionalInt.empty();
        Matcher before = countBefore.matcher(a.text).region(Math.max(windowStart, termStart - 60), termStart);
        before.useTransparentBounds(true);
        if (before.find()) {
            String word = before.group(1).toLowerCase(Locale.ROOT);
            count = Numbers.parseOrArticle(word);
            start = before.start();
        }
        Matcher after = COUNT_AFTER.matcher(a.text).region(termEnd, windowEnd);
        if (after.lookingAt()) {
            OptionalInt stated = Numbers.parse(after.group(1) != null ? after.group(1) : after.group(2));
            if (stated.isPresent()) {
                count = stated;
                end = after.end();
            }
        }
        List<StatedDate> dates = new ArrayList<>();
        int from = end;
        for (Dates.Mention d : a.datesIn(end, Math.min(windowEnd, end + 80))) {
            Pattern gap = dates.isEmpty() ? FIRST_DATE : NEXT_DATE;
            if (!gap.matcher(a.text.substring(from, d.start())).matches()) {
                break;
            }
            dates.add(d.date());
            from = d.end();
        }
        if (!dates.isEmpty()) {
            end = from;
        }
        dates = StatedDate.finest(dates);
        if (assertion == Assertion.NEGATED) {
            count = OptionalInt.of(0);
        } else if (dates.size() > count.orElse(0)) {
            count = OptionalInt.of(dates.size());
        }
        Optional<BodyRegion> region = a.regionNear(s, start, end, REGION_BEFORE, REGION_AFTER)
                .map(r -> r.value().region());
        facts.priorInjections.add(new PriorInjections(mention.kind(), count, dates, region, assertion,
                a.span(start, end)));
    }
}
