package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * Whether a sign the record states belongs to its latest neurological examination and to the side that matters. The
 * ACOEM low back chapter sends electrodiagnosis to the "less clear" examination (2004 p. 303); a sign an older visit
 * left equivocal, or an equivocal sign of the other leg, does not make today's clear findings of the diagnosed side
 * less clear. The hard findings are the affirmed sensory, reflex, motor and straight leg raise findings of the region
 * requested, not written with doubt ({@link HedgedFinding}).
 */
final class LatestExamination {

    private static final Set<NeurologicalFinding.Test> HARD = EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT,
            NeurologicalFinding.Test.REFLEX_CHANGE, NeurologicalFinding.Test.MOTOR_WEAKNESS,
            NeurologicalFinding.Test.STRAIGHT_LEG_RAISE);

    /** Words before a sign in its sentence that place it at an earlier visit ("at an earlier visit", "initially"). */
    private static final Pattern EARLIER = Pattern.compile("(?i)(?<![\\p{L}])(?:earlier|previous(?:ly)?|prior|"
            + "initial(?:ly)?|at\\s+first|first\\s+(?:visit|exam\\w*|evaluation)|in\\s+the\\s+past|formerly|"
            + "last\\s+(?:year|month)|\\d{1,2}\\s+(?:months?|weeks?)\\s+ago)(?![\\p{L}])");

    /** A side written beside a sign: "L SLR", "SLR equivocal on the R", "left", "bilaterally", "-SLR B". */
    private static final Pattern SIDE = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:(" + org.openimr.casefile.BodySite
            .LEFT_AS_A_SIDE + "|lt))|(?i:(right|rt))|(L)|(R)|(?i:(bilateral(?:ly)?|both))|(B))(?![\\p{L}\\d])");

    private static final Pattern DATE = Pattern.compile(FactResolver.DATE);

    private final String text;
    private final List<NeurologicalFinding> hard;
    private final Optional<Side> requested;
    /** No examination is dated after the request: a later date is a visit to come ("will follow up on 11/7/16"). */
    private final LocalDate requestDate;

    /**
     * @param bearsOnRequest whether a finding's region bears on the request
     * @param saidByTheReviewer whether the words of a finding are a reviewer's (a UR decision's sentence): the
     *                          reviewer reports an examination, it does not make one
     */
    LatestExamination(CaseRecord c, Predicate<Optional<BodyRegion>> bearsOnRequest,
            Predicate<NeurologicalFinding> saidByTheReviewer) {
        this.text = c.record().text();
        this.requestDate = c.requestDate();
        this.hard = c.facts().neurologicalFindings().stream()
                .filter(f -> HARD.contains(f.test()) && f.assertion() == Assertion.AFFIRMED
                        && bearsOnRequest.test(f.region()) && f.span().end() <= text.length()
                        && !HedgedFinding.of(f, text) && !saidByTheReviewer.test(f))
                .toList();
        this.requested = c.request().side().filter(s -> s != Side.BILATERAL);
    }

    /**
     * A sign from {@code from} to {@code to} is of an older examination when a hard finding is dated later than it
     * (each by the date its own sentence states, else the last date stated before it), or when words before it in its
     * sentence place it at an earlier visit and a hard finding stands in another sentence.
     */
    boolean older(int from, int to) {
        Sentences sentence = Sentences.around(text, from, to);
        Optional<LocalDate> when = dateOf(from, to);
        boolean laterFinding = when.isPresent() && hard.stream().map(f -> dateOf(f.span().start(), f.span().end()))
                .anyMatch(d -> d.isPresent() && d.get().isAfter(when.get()));
        boolean saidEarlier = EARLIER.matcher(text).region(sentence.start(), from).find()
                && hard.stream().anyMatch(f -> !sentence.contains(f.span().start(), f.span().start()));
        return laterFinding || saidEarlier;
    }

    /**
     * A sign whose clause names one side only, and not the side that matters: the request's side, else the one side
     * the hard findings name, or their clauses name ("absent R ankle reflex"; those naming none do not count).
     */
    boolean ofAnotherSide(int from, int to) {
        Optional<Side> matters = requested.or(this::sideOfTheFindings);
        Optional<Side> named = sideOfClause(from, to);
        return matters.isPresent() && named.isPresent() && named.get() != Side.BILATERAL && named.get() != matters.get();
    }

    /** The deficits among the hard findings: the sign of a straight leg raise is not one. */
    private static final Set<NeurologicalFinding.Test> DEFICITS = EnumSet.of(
            NeurologicalFinding.Test.SENSORY_DEFICIT, NeurologicalFinding.Test.REFLEX_CHANGE,
            NeurologicalFinding.Test.MOTOR_WEAKNESS);

    /**
     * Whether the latest examination affirms a hard deficit (sensory, reflex or motor, not written with doubt) of the
     * side a doubtful finding is of: "absent left Achilles reflex ... and possibly decreased sensation in the left S1
     * dermatome" is a clear examination of the left leg, not an equivocal one. Sides count as the same when either
     * names none or both.
     */
    boolean affirmsADeficitOfTheSideOf(NeurologicalFinding doubtful) {
        Optional<Side> side = doubtful.side().or(() -> sideOfClause(doubtful.span().start(), doubtful.span().end()));
        return hard.stream().filter(f -> DEFICITS.contains(f.test()) && !older(f.span().start(), f.span().end()))
                .map(f -> f.side().or(() -> sideOfClause(f.span().start(), f.span().end())))
                .anyMatch(s -> side.isEmpty() || s.isEmpty() || s.get() == side.get() || s.get() == Side.BILATERAL
                        || side.get() == Side.BILATERAL);
    }

    private Optional<Side> sideOfTheFindings() {
        List<Side> sides = hard.stream().flatMap(f -> f.side().or(() -> sideOfClause(f.span().start(), f.span().end()))
                .stream()).distinct().toList();
        return sides.size() == 1 && sides.get(0) != Side.BILATERAL ? Optional.of(sides.get(0)) : Optional.empty();
    }

    /** The one side the sign's clause (between semicolons and commas of its sentence) names, both when it names two. */
    private Optional<Side> sideOfClause(int from, int to) {
        Sentences clause = Sentences.clauseAround(text, from, to, Clauses.LIST);
        Side found = null;
        Matcher m = SIDE.matcher(text).region(clause.start(), clause.end());
        while (m.find()) {
            Side side = m.group(1) != null || m.group(3) != null ? Side.LEFT
                    : m.group(2) != null || m.group(4) != null ? Side.RIGHT : Side.BILATERAL;
            found = found == null || found == side ? side : Side.BILATERAL;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The date a span is of: the nearest date before it in its sentence, else a date after it in its clause ("at the
     * visit of 02/20/2016"), else the last date the text states before its sentence.
     */
    private Optional<LocalDate> dateOf(int from, int to) {
        Sentences sentence = Sentences.around(text, from, to);
        Optional<LocalDate> before = lastDate(sentence.start(), from);
        if (before.isPresent()) {
            return before;
        }
        Matcher after = DATE.matcher(text).region(to, Clauses.LIST.end(text, to, sentence.end()));
        if (after.find()) {
            Optional<LocalDate> date = FactResolver.parseDate(after.group(1)).filter(d -> !d.isAfter(requestDate));
            if (date.isPresent()) {
                return date;
            }
        }
        return lastDate(0, sentence.start());
    }

    private Optional<LocalDate> lastDate(int from, int to) {
        Matcher m = DATE.matcher(text).region(from, to);
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            Optional<LocalDate> d = FactResolver.parseDate(m.group(1)).filter(date -> !date.isAfter(requestDate));
            last = d.isPresent() ? d : last;
        }
        return last;
    }
}
