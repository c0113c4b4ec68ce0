package org.openimr.casefile.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * Neurological findings. A term that states the finding ("weakness", "decreased sensation", "numbness") is read in
 * context ("denies numbness" is negated). A neutral term ("straight leg raise", "sensation", "motor strength",
 * "reflexes", "Spurling's") takes its result from the nearest cue: positive, decreased, diminished, absent, 4/5, 5-/5
 * make it positive; negative, intact, normal, symmetric, 5/5, 2+ make it negative; a positive cue that is itself
 * negated ("no deficit") makes it negative; "nl" is normal; an equivocal word between the term and its cue leaves it
 * no finding ("SLR equivocal ... positive"). A sign written on the term ("+SLR", "-SLR B", "+Spurling") is
 * its result, before any cue near it. A neutral term with no cue near it is not a finding. The region is
 * the one of the root level or limb word nearest the finding in its clause, or the one the test examines.
 */
final class NeurologicalFindingExtractor implements Extractor {

    private static final Pattern NEGATIVE_CUE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:negative|neg|intact|grossly\\s+"
            + "intact|normal|nl|symmetric(?:al)?|unremarkable|within\\s+normal\\s+limits|WNL|5\\s*(?:/|out\\s+of)\\s*5(?!\\s*-)"
            + "|5\\s+of\\s+5|2\\+|2\\s*/\\s*2|2\\s*/\\s*4)(?![\\p{L}\\d+-])");
    private static final Pattern POSITIVE_CUE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:positive|pos|decreased|"
            + "diminished|reduced|absent|abnormal|impaired|altered|weak|deficits?|loss|hypo\\w*|hyper\\w*|"
            + "(?:[0-4](?:\\+|-)?|5-|5\\s*minus)\\s*(?:/|out\\s+of|of)\\s*5|1\\+|0\\s*/\\s*4|1\\s*/\\s*4|trace)(?![\\p{L}\\d])");
    /** "no deficit", "without decreased": a positive cue negated right before it. */
    private static final Pattern NEGATED_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:no|not|" + Shorthand.WITHOUT + "|negative\\s+for|denies|denied)\\s+(?:[\\p{L}]+\\s+)?$");
    private static final Pattern LEVEL = Pattern.compile(
            "(?<![\\p{L}\\d])([CTL]\\d{1,2}(?:\\s*[-/]\\s*[CTLS]?\\d{1,2})?|S1)(?![\\p{L}\\d])");
    /** Where a limb word before a finding stops being about it: "weakness in the hand and decreased sensation ...". */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("(?i)[,;]|(?<![\\p{L}])(?:and|with|but)(?![\\p{L}])");
    private static final Pattern SIDE_AFTER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:on\\s+the\\s+)?(left|right|bilateral(?:ly)?)(?![\\p{L}])");

    /** A result written as neither: "SLR equivocal", "questionable Spurling's". */
    private static final Pattern EQUIVOCAL = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:equivocal|questionable|questionably|borderline|indeterminate)(?![\\p{L}])");

    private final ContextRules context;

    NeurologicalFindingExtractor(ContextRules context) {
        this.context = context;
    }

    private record Cue(int start, int end, boolean positive) {
    }

    /** A result sign written on the term: "+SLR", "-SLR B" (not the hyphen of a word or a level, "L4-5"). */
    private static final Pattern SIGN = Pattern.compile("(?<![\\p{L}\\d+/-])([+-])$");

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<Lexicon.NeuroTerm> m : a.matches(a.lexicon.neurological)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            Assertion assertion;
            int start = m.start();
            int end = m.end();
            if (m.value().positive()) {
                assertion = context.assertion(a, s, m.start(), m.end());
            } else {
                Optional<Cue> cue = signOn(a, s, m).or(() -> nearestCue(a, s, m));
                if (cue.isEmpty()) {
                    continue;
                }
                Cue c = cue.get();
                if (EQUIVOCAL.matcher(a.text).region(Math.min(m.end(), c.end()), Math.max(m.start(), c.start()))
                        .find()) {
                    continue; // "SLR equivocal on the R. On 05/03 a positive ...": the cue is another test's
                }
                ContextRules.Reading reading = context.read(a, s, m.start(), m.end());
                Assertion onTerm = reading.assertion();
                boolean notDocumented = onTerm == Assertion.NEGATED && reading.documentationOnly();
                boolean positive = c.positive() && !notDocumented && !NEGATED_CUE.matcher(a.text)
                        .region(Math.max(s.start(), c.start() - 20), c.start()).find();
                assertion = onTerm == Assertion.REQUESTED || onTerm == Assertion.HISTORICAL ? onTerm
                        : positive ? Assertion.AFFIRMED : Assertion.NEGATED;
                start = Math.min(start, c.start());
                end = Math.max(end, c.end());
            }
            if (assertion == Assertion.REQUESTED) {
                continue;
            }
            facts.neurologicalFindings.add(new NeurologicalFinding(m.value().test(), assertion, side(a, s, m),
                    level(a, s, m), region(a, s, m.value().test(), start, end), a.span(start, end)));
        }
    }

    private static Optional<Cue> signOn(Analysis a, Sentence s, Match<Lexicon.NeuroTerm> m) {
        Matcher sign = SIGN.matcher(a.text).region(Math.max(s.start(), m.start() - 2), m.start());
        sign.useTransparentBounds(true);
        if (!sign.find()) {
            return Optional.empty();
        }
        int lineStart = Math.max(s.start(), a.text.lastIndexOf('\n', sign.start(1)) + 1);
        if (sign.group(1).equals("-") && a.text.substring(lineStart, sign.start(1)).isBlank()
                && nearestCue(a, s, m).isPresent()) {
            // a dash that opens a line or a sentence may be a bullet: a cue word near the term decides
            // ("-Reflexes absent at the left ankle"); with none, it is the result ("-SLR B")
            return Optional.empty();
        }
        return Optional.of(new Cue(sign.start(1), sign.end(1), sign.group(1).equals("+")));
    }

    /** The nearest result cue: up to 30 characters before the term or 60 after it, not past a ';'. */
    private static Optional<Cue> nearestCue(Analysis a, Sentence s, Match<Lexicon.NeuroTerm> m) {
        int from = Math.max(s.start(), m.start() - 30);
        int to = Math.min(s.end(), m.end() + 60);
        int semicolonBefore = a.text.lastIndexOf(';', m.start());
        if (semicolonBefore >= from) {
            from = semicolonBefore + 1;
        }
        int semicolonAfter = a.text.indexOf(';', m.end());
        if (semicolonAfter >= 0 && semicolonAfter < to) {
            to = semicolonAfter;
        }
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {NEGATIVE_CUE, POSITIVE_CUE}) {
            Matcher c = p.matcher(a.text).region(from, to);
            while (c.find()) {
                if (c.start() < m.end() && c.end() > m.start() || withinAnotherFinding(a, m, c.start(), c.end())) {
                    continue;
                }
                if (c.end() <= m.start() && a.text.substring(c.end(), m.start()).contains(",")) {
                    continue; // "strength is 4/5, reflexes are 2+": a cue before a comma belongs to the clause before
                }
                int distance = c.end() <= m.start() ? m.start() - c.end() : c.start() - m.end();
                if (distance < bestDistance) {
                    best = new Cue(c.start(), c.end(), p == POSITIVE_CUE);
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a cue after a finding opens another finding that states itself ("muscle strength, diminished
     * sensation"): the "diminished" of the sensory deficit is not the result of the strength before it. A cue before
     * the finding is shared ("decreased strength and sensation", "diminished sensation and strength").
     */
    private static boolean withinAnotherFinding(Analysis a, Match<Lexicon.NeuroTerm> m, int start, int end) {
        return a.matches(a.lexicon.neurological).stream().anyMatch(o -> o != m && o.value().positive()
                && o.start() >= m.end() && o.start() <= start && o.end() >= end);
    }

    private static Optional<Side> side(Analysis a, Sentence s, Match<?> m) {
        Optional<Side> side = a.sideOf(s, m.start(), m.end());
        if (side.isPresent()) {
            return side;
        }
        Matcher after = SIDE_AFTER.matcher(a.text).region(m.end(), Math.min(s.end(), m.end() + 45));
        if (after.find()) {
            String w = after.group(1).toLowerCase(java.util.Locale.ROOT);
            return Optional.of(w.startsWith("bilateral") ? Side.BILATERAL : w.equals("left") ? Side.LEFT : Side.RIGHT);
        }
        return Optional.empty();
    }

    private static Optional<String> level(Analysis a, Sentence s, Match<?> m) {
        Matcher l = LEVEL.matcher(a.text).region(Math.max(s.start(), m.start() - 30), Math.min(s.end(), m.end() + 60));
        l.useTransparentBounds(true);
        return l.find() ? Optional.of(l.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    /**
     * The part of the body the finding at {@code [start, end)} is of: straight leg raise and Spurling's test name it;
     * otherwise the root level or limb word nearest the finding, up to 30 characters before it and 60 after it in its
     * clause (not past a ',' or ';', nor back past "and" or "with"); Tinel's and Phalen's signs with no such word are
     * of the wrist. Empty when the text does not say.
     */
    private static Optional<BodyRegion> region(Analysis a, Sentence s, NeurologicalFinding.Test test, int start,
            int end) {
        if (test == NeurologicalFinding.Test.STRAIGHT_LEG_RAISE) {
            return Optional.of(BodyRegion.LUMBAR_SPINE);
        }
        if (test == NeurologicalFinding.Test.SPURLING) {
            return Optional.of(BodyRegion.CERVICAL_SPINE);
        }
        int from = Math.max(s.start(), start - 30);
        Matcher before = CLAUSE_BEFORE.matcher(a.text).region(from, start).useTransparentBounds(true);
        while (before.find()) {
            from = before.end();
        }
        int to = Math.min(s.end(), end + 60);
        for (char stop : new char[] {',', ';'}) {
            int at = a.text.indexOf(stop, end);
            if (at >= 0 && at < to) {
                to = at;
            }
        }
        BodyRegion nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Match<BodyRegion> w : a.matchesIn(a.lexicon.neurologicalRegions, from, to)) {
            int distance = distance(w.start(), w.end(), start, end);
            if (distance < nearestDistance) {
                nearest = w.value();
                nearestDistance = distance;
            }
        }
        Matcher l = LEVEL.matcher(a.text).region(from, to).useTransparentBounds(true);
        while (l.find()) {
            int distance = distance(l.start(), l.end(), start, end);
            if (distance < nearestDistance) {
                nearest = switch (l.group(1).charAt(0)) {
                    case 'C' -> BodyRegion.CERVICAL_SPINE;
                    case 'T' -> BodyRegion.THORACIC_SPINE;
                    default -> BodyRegion.LUMBAR_SPINE;
                };
                nearestDistance = distance;
            }
        }
        if (nearest == null && (test == NeurologicalFinding.Test.TINEL || test == NeurologicalFinding.Test.PHALEN)) {
            return Optional.of(BodyRegion.FOREARM_WRIST_AND_HAND);
        }
        return Optional.ofNullable(nearest);
    }

    private static int distance(int wordStart, int wordEnd, int start, int end) {
        return wordEnd <= start ? start - wordEnd : wordStart >= end ? wordStart - end : 0;
    }
}
