package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.Modality;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.TherapySessions;
import org.openimr.casefile.TherapySessions.Schedule;
import org.openimr.casefile.TherapySessions.SessionCount;

/**
 * Sessions of a therapy. A count before the modality ("completed 12 sessions of physical therapy", "34 PT sessions",
 * "twelve (12) physical therapy sessions", "8-10 visits of", "1 out of 12 physical therapy sessions") or after it
 * ("physical therapy x 12", "chiropractic for a total of 6 visits"); a schedule ("PT 3x4", "2 times a week for 3
 * weeks"), which is a request unless a completion verb says it took place; and "since Jan. 2013".
 */
final class TherapySessionExtractor implements Extractor {

    private static final String N = Numbers.COUNT;
    private static final String SESSIONS = "(?:sessions?|visits?|treatments?|appointments?)";
    /** "postoperative" and its short forms, before a therapy or its sessions ("6 sessions of post-op PT"). */
    private static final String POSTOPERATIVE = "postoperative|post-operative|post-op|postop|postsurgical|post-surgical";
    /** Where the therapy was given, before it or its sessions ("8 sessions of outpatient physical therapy"). */
    private static final String SETTING = "outpatient|home\\s+health|in-home|formal";
    /**
     * "6 out of 12" or "6/12" sessions: the first number is the sessions given (not a date's part: "3/2/16", nor a date
     * without its year: "on 6/12").
     */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)(" + N
            + "|(?<![\\d/])(?<!(?:on|in|since|from|until|by)\\s)\\d{1,2}(?=/\\d{1,2}(?![\\d/])))(?:\\s*(?:-|to|–)\\s*("
            + N + "))?(?:\\s+out\\s+of\\s+(" + N + ")|/(\\d{1,2})(?![\\d/]))?\\s+(?:(?:additional|more|prior|"
            + "previous|total|further|initial|completed|authorized|approved|separate|supervised|" + POSTOPERATIVE + "|"
            + SETTING + ")\\s+)*(?:"
            + "(" + SESSIONS + ")\\s+of\\s+(?:(?:the|prior|previous|additional|supervised|" + POSTOPERATIVE + "|" + SETTING
            + ")\\s+)*)?(?:(?:left|right|bilateral|both)\\s+)?$");
    /**
     * Words right before "6/12" that make it sessions given ("completed 6/12 PT"): without them, or a sessions word, the
     * numbers can be a date without its year ("started 3/15 post-op PT").
     */
    private static final Pattern GIVEN_BEFORE_A_FRACTION = Pattern.compile("(?i)(?<![\\p{L}])(?:completed|attended|"
            + "finished|had|underwent|received)\\s+$");
    private static final Pattern COUNT_AFTER = Pattern.compile("(?i)^\\s*(?:therapy\\s+)?(?:" + SESSIONS + "\\s*)?"
            + "(?:,\\s*)?(?:[x×#]\\s*(\\d{1,3})(?!\\s*[x×]\\s*\\d)(?![\\d/])|(?:for\\s+)?(?:a\\s+total\\s+of\\s+)?(" + N
            + ")(?:\\s*(?:-|to)\\s*(" + N + "))?\\s+" + SESSIONS + ")");
    private static final Pattern SESSION_WORD_AFTER = Pattern.compile("(?i)^\\s*(?:therapy\\s+)?" + SESSIONS
            + "(?![\\p{L}])");
    private static final Pattern SCHEDULE_SHORT = Pattern.compile(
            "(?i)(?<![\\d/.])(\\d{1,2})\\s*[x×]\\s*(\\d{1,2})(?![\\d/.])(?!\\s*(?:mg|cm|mm|ml))");
    private static final String TIMES = "(?:once|twice|thrice|" + N + ")";
    private static final Pattern SCHEDULE_LONG = Pattern.compile("(?i)(" + TIMES + ")\\s*(?:times\\s*|x\\s*)?"
            + "(?:a|per|each|/)\\s*(?:week|wk)\\s*(?:,\\s*)?(?:for|x|×)\\s*(?:the\\s+next\\s+|a\\s+total\\s+of\\s+)?("
            + N + ")\\s*(?:weeks?|wks?)");
    private static final Pattern COMPLETED = Pattern.compile("(?i)(?<![\\p{L}])(?:completed|attended|had|has\\s+had|"
            + "received|underwent|finished|participated\\s+in|went\\s+to|tried)(?![\\p{L}])");
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:no|not|never|without|denies|"
            + "denied)(?![\\p{L}])[^.;]*$");
    private static final Pattern ADDITIONAL = Pattern.compile("(?i)(?<![\\p{L}])(?:additional|more|further)(?![\\p{L}])");
    /**
     * A plan or request right before the count or the therapy: "Plan: massage therapy 6 sessions", "Request PT x 6",
     * "the PTP asks for chiropractic x 2", "is asking for PT x 6", "ordered PT x 6": sessions asked for, not given.
     */
    private static final Pattern PLANNED = Pattern.compile("(?i)(?<![\\p{L}])(?:plan|request(?:ed|s|ing)?|"
            + "recommend(?:ed|s|ing)?|prescribe[ds]?|ask(?:s|ed|ing)?\\s+for|order(?:s|ed)?)"
            + "\\W*(?:(?:for|an?|the)\\s+)*\\W*$");
    /**
     * The sentence goes on to say the sessions took place ("Prescribed 12 PT sessions in March; all 12 were attended",
     * "ordered chiropractic x 16, which he completed by 9/20/16", "asked for PT x 12 in 2015 and completed it").
     */
    private static final Pattern DONE_LATER = Pattern.compile("(?i)(?<![\\p{L}])(?:were|was|have\\s+been|has\\s+been)\\s+"
            + "(?:all\\s+)?(?:attended|completed|done|given|finished)(?![\\p{L}])|(?<![\\p{L}])(?:attended|completed|finished)"
            + "\\s+(?:all|them|it|by|on)(?![\\p{L}])|(?<![\\p{L}])(?:which|that|and)\\s+(?:(?:he|she|they|the\\s+patient)\\s+)?"
            + "(?:has\\s+|had\\s+|then\\s+)?(?:completed|attended|finished)(?![\\p{L}])");
    /**
     * After an approval the sentence says the approved sessions were then given: "PT x 12 was approved in 03/2016, and
     * she completed it", "were certified by UR and she attended all of them", "was approved in 2015 and completed".
     */
    private static final Pattern GIVEN_AFTER_APPROVAL = Pattern.compile("(?i)(?<![\\p{L}])(?:was\\s+|were\\s+)?"
            + "(?:approved|certified|authorized)(?![\\p{L}])[^.;]*?(?<![\\p{L}])(?:(?:completed|attended|finished|"
            + "underwent)\\s+(?:it|them|all|each|every|the\\s+(?:course|sessions|visits|treatments))(?![\\p{L}])|and\\s+"
            + "(?:was\\s+|were\\s+)?(?:completed|attended|finished)(?![\\p{L}]))");
    /** A denial between the count and its completion: "was approved but she never attended them". */
    private static final Pattern DENIED_LATER = Pattern.compile("(?i)(?<![\\p{L}])(?:not|never|no|neither|nor|"
            + "didn't|did\\s+not|has\\s+not|hasn't|yet\\s+to)(?![\\p{L}])");
    /** An order or ask in the past tense ("ordered", "asked for"): a plan only when stated at the latest visit. */
    private static final Pattern PAST_ORDER = Pattern.compile("(?i)(?<![\\p{L}])(?:ordered|asked\\s+for)(?![\\p{L}])");
    /**
     * How long before the latest date the document states a past order may be dated and still be the request now
     * ("On 9/27/16 the PTP ordered chiropractic x 2. UR 10/5/16 ..."); an order dated earlier ("On 8/1/16", "in 2015")
     * was a past course, its sessions given (casefile/reaches.tsv {@code past-order}, with its reason).
     */
    private static final int ORDER_REACH_DAYS = Reaches.days("past-order");
    private static final Pattern SINCE = Pattern.compile("(?i)^[^.;]{0,30}?(?<![\\p{L}])since\\s+(?:at\\s+least\\s+)?$");
    /** Right after the counted sessions, the time they were given in: "x 12 in 2014", "6 visits during March 2015". */
    private static final Pattern GIVEN_IN = Pattern.compile("(?i)^\\s*,?\\s*(?:back\\s+)?(?:in|during)\\s+"
            + "(?:early\\s+|late\\s+|mid-?\\s*)?$");

    private final ContextRules context;

    TherapySessionExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        List<Match<Modality>> all = a.matches(a.lexicon.modalities);
        for (int i = 0; i < all.size(); i++) {
            Match<Modality> m = all.get(i);
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            int prevEnd = Math.max(s.start(), i > 0 ? all.get(i - 1).end() : 0);
            int nextStart = Math.min(s.end(), i + 1 < all.size() ? all.get(i + 1).start() : s.end());
            read(a, s, m, Math.max(prevEnd, m.start() - 80), Math.min(nextStart, m.end() + 80), facts);
        }
    }

    /**
     * Whether "n/m" before a therapy counts sessions: a sessions word names them ("6/12 sessions of PT", "6/12 PT
     * visits") or a word of their being given comes right before ("has had 6/12 PT"), and m is a plausible course.
     */
    private static boolean givenAsAFraction(Analysis a, Matcher before, Match<Modality> m, int windowEnd) {
        OptionalInt course = Numbers.parse(before.group(4));
        if (course.isEmpty() || course.getAsInt() < 2 || course.getAsInt() > 36) {
            return false;
        }
        return before.group(5) != null || SESSION_WORD_AFTER.matcher(a.text).region(m.end(), windowEnd).lookingAt()
                || GIVEN_BEFORE_A_FRACTION.matcher(a.text).region(Math.max(0, before.start() - 30), before.start())
                        .find();
    }

    private void read(Analysis a, Sentence s, Match<Modality> m, int windowStart, int windowEnd, FactsBuilder facts) {
        int start = m.start();
        int end = m.end();
        Optional<SessionCount> count = Optional.empty();
        Optional<Schedule> schedule = Optional.empty();

        Matcher before = COUNT_BEFORE.matcher(a.text).region(windowStart, partBefore(a, m, windowStart));
        before.useTransparentBounds(true);
        if (before.find() && (before.group(4) == null || givenAsAFraction(a, before, m, windowEnd))) {
            OptionalInt first = Numbers.parse(before.group(1));
            OptionalInt second = before.group(2) != null ? Numbers.parse(before.group(2)) : OptionalInt.empty();
            if (first.isPresent()) {
                int min = first.getAsInt();
                int max = second.orElse(min);
                if (max >= min) {
                    count = Optional.of(new SessionCount(min, max));
                    start = before.start();
                    Matcher word = SESSION_WORD_AFTER.matcher(a.text).region(m.end(), windowEnd);
                    if (word.lookingAt()) {
                        end = word.end();
                    }
                }
            }
        }
        if (count.isEmpty()) {
            Matcher after = COUNT_AFTER.matcher(a.text).region(m.end(), windowEnd);
            if (after.lookingAt()) {
                OptionalInt first = Numbers.parse(after.group(1) != null ? after.group(1) : after.group(2));
                OptionalInt second = after.group(3) != null ? Numbers.parse(after.group(3)) : OptionalInt.empty();
                if (first.isPresent() && second.orElse(first.getAsInt()) >= first.getAsInt()) {
                    count = Optional.of(new SessionCount(first.getAsInt(), second.orElse(first.getAsInt())));
                    end = after.end();
                }
            }
        }
        if (count.isEmpty()) {
            Optional<int[]> found = schedule(a.text, m.end(), Math.min(windowEnd, m.end() + 50));
            if (found.isEmpty()) {
                found = schedule(a.text, Math.max(windowStart, m.start() - 25), m.start());
            }
            if (found.isPresent()) {
                int[] f = found.get();
                schedule = Optional.of(new Schedule(f[0], f[1]));
                count = Optional.of(SessionCount.exactly(f[0] * f[1]));
                start = Math.min(start, f[2]);
                end = Math.max(end, f[3]);
            }
        }
        Optional<StatedDate> since = Optional.empty();
        Optional<StatedDate> during = Optional.empty();
        for (Dates.Mention d : a.datesIn(end, windowEnd)) {
            if (SINCE.matcher(a.text).region(end, d.start()).matches()) {
                since = Optional.of(d.date());
                end = d.end();
            } else if (count.isPresent() && GIVEN_IN.matcher(a.text).region(end, d.start()).matches()) {
                during = Optional.of(d.date());
            }
            break;
        }
        if (count.isEmpty() && since.isEmpty()) {
            return;
        }
        // the triggers are read around the modality, so that "4 additional aquatic sessions" reads "additional"
        Assertion assertion = context.assertion(a, s, m.start(), m.end());
        // "completed 24 sessions of PT", and "24 completed sessions of PT" with the word inside the count
        boolean completedVerb = COMPLETED.matcher(a.text).region(Math.max(s.start(), start - 40), Math.max(start,
                m.start())).find();
        if (givenAfterApproval(a, end, windowEnd) && !requestWordNear(a, start)) {
            // the approval dates the authorization; the sentence goes on to say the sessions were given
            assertion = Assertion.AFFIRMED;
        } else if (schedule.isPresent() && !completedVerb) {
            assertion = Assertion.REQUESTED;
        } else if (completedVerb && assertion == Assertion.REQUESTED && !requestWordNear(a, start)
                && !ADDITIONAL.matcher(a.text).region(start, m.start()).find()) {
            assertion = Assertion.AFFIRMED;
        } else if (assertion == Assertion.NEGATED && start < m.start()
                && COMPLETED.matcher(a.text).region(start, m.start()).find()
                && !DENIED_BEFORE.matcher(a.text).region(Math.max(s.start(), start - 15), start).find()) {
            // "After 24 completed sessions of PT, further therapy was denied": the word inside the count says they were
            // given; the denial is of what follows (a "not" or "no" right before the count still negates them)
            assertion = Assertion.AFFIRMED;
        } else if (!completedVerb && assertion.isPresentOrPast() && plannedBefore(a, s, start, during)
                && !DONE_LATER.matcher(a.text).region(end, s.end()).find()) {
            // "Plan: massage therapy 6 sessions", "Request PT x 6": the sessions asked for, not sessions given
            assertion = Assertion.REQUESTED;
        }
        facts.therapySessions.add(new TherapySessions(m.value(), count, schedule, since, during, assertion,
                a.span(start, end)));
    }

    /**
     * Whether, right after the sessions and before the next therapy, the sentence says they were approved and then given,
     * with no denial in between ("was approved but she never attended them").
     */
    private static boolean givenAfterApproval(Analysis a, int end, int windowEnd) {
        if (windowEnd <= end) {
            return false;
        }
        Matcher given = GIVEN_AFTER_APPROVAL.matcher(a.text).region(end, windowEnd);
        return given.find() && !DENIED_LATER.matcher(a.text).region(end, given.end()).find();
    }

    /**
     * A plan or request right before the count ("Request PT x 6", "the PTP asks for chiropractic x 2"); a past order
     * dated well before the latest date of the document ("On 8/1/16 the PTP ordered chiropractic x 16", "asked for PT x
     * 12 in 2015") is a course of the past, not the request.
     */
    private static boolean plannedBefore(Analysis a, Sentence s, int start, Optional<StatedDate> during) {
        Matcher planned = PLANNED.matcher(a.text).region(Math.max(s.start(), start - 25), start);
        if (!planned.find()) {
            return false;
        }
        if (!PAST_ORDER.matcher(a.text).region(planned.start(), start).find()) {
            return true;
        }
        Optional<StatedDate> dated = a.datesIn(s.start(), planned.start()).stream().map(Dates.Mention::date)
                .reduce((first, second) -> second).or(() -> during);
        Optional<java.time.LocalDate> latest = a.datesIn(0, a.text.length()).stream()
                .map(d -> d.date().lastDay()).max(java.util.Comparator.naturalOrder());
        return dated.isEmpty() || latest.isEmpty()
                || !dated.get().lastDay().plusDays(ORDER_REACH_DAYS).isBefore(latest.get());
    }

    /**
     * Where the words before the therapy end: at the part of the body named right before it, when one is ("24 sessions
     * of lumbar physical therapy", "12 visits of right knee PT"), so that the count before the part is read.
     */
    private static int partBefore(Analysis a, Match<Modality> m, int windowStart) {
        return a.bodyParts().stream().filter(b -> b.start() >= windowStart && b.end() <= m.start()
                && a.text.substring(b.end(), m.start()).isBlank()).mapToInt(Match::start).findFirst().orElse(m.start());
    }

    /** "additional", "more", "request" right before the count: still a request despite a completion verb nearby. */
    private static boolean requestWordNear(Analysis a, int start) {
        String before = a.text.substring(Math.max(0, start - 25), start).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*(?:request(?:ed|s)?|additional|recommend(?:ed|s)?|authoriz(?:ed|ation)|approved|"
                + "modified|plan)\\W*(?:for\\s+)?(?:an?\\s+)?(?:the\\s+)?\\W*$");
    }

    /** times a week, weeks, start, end. */
    private static Optional<int[]> schedule(String text, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        Matcher shortForm = SCHEDULE_SHORT.matcher(text).region(from, to);
        Matcher longForm = SCHEDULE_LONG.matcher(text).region(from, to);
        boolean hasShort = shortForm.find();
        boolean hasLong = longForm.find();
        if (hasLong && (!hasShort || longForm.start() <= shortForm.start())) {
            OptionalInt times = times(longForm.group(1));
            OptionalInt weeks = Numbers.parse(longForm.group(2));
            if (times.isPresent() && weeks.isPresent()) {
                return Optional.of(new int[] {times.getAsInt(), weeks.getAsInt(), longForm.start(), longForm.end()});
            }
        }
        if (hasShort) {
            return Optional.of(new int[] {Integer.parseInt(shortForm.group(1)), Integer.parseInt(shortForm.group(2)),
                shortForm.start(), shortForm.end()});
        }
        return Optional.empty();
    }

    private static OptionalInt times(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "once" -> OptionalInt.of(1);
            case "twice" -> OptionalInt.of(2);
            case "thrice" -> OptionalInt.of(3);
            default -> Numbers.parse(word);
        };
    }
}
