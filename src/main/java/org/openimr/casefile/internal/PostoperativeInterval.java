package org.openimr.casefile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.StatedDate;

/**
 * The time since an operation, stated at a dated visit: "3 weeks post-op", "POD #21", "6 wks s/p L knee scope", "10
 * days after surgery". The operation's day is the visit's day less the interval, reckoned only when the visit's date
 * opens the phrase's sentence ("5/10/16: 3 wks s/p ...", "At the visit of 5/10/16 he is 3 weeks post-op") or the
 * nearest dated sentence before it in its paragraph ("Post-op check 5/10/16. POD #21."); a date elsewhere in the
 * sentence (the injury's) is no visit. Days and weeks only: "4 months post-op" is too coarse to date a period by.
 * A planned duration ("PT for 6 weeks post-op", "the first 2 weeks post-op PT") is no interval. An interval without
 * such a visit is still read (without a day): a date before "3 weeks post-op from a R knee scope" is not the operation's.
 * "Out from" or "out of" ("2 weeks out from surgery") counts from an operation done, as "after" does (s14-ops).
 * A bare "from" ("2 weeks from surgery") counts to an operation to come, and a sentence that plans an operation or
 * states a date after the visit's speaks of one to come: neither is an interval.
 */
final class PostoperativeInterval {

    /**
     * An interval stated at a visit.
     *
     * @param start       where the interval's words start
     * @param end         where they end
     * @param quoteStart  where a quote of it starts (the visit's date, when in the same sentence)
     * @param operationAt where the operation's name may start: right after "s/p", "after", "post-op from" (else -1: the words
     *                    name no operation, as "3 weeks post-op" alone)
     * @param day         the operation's day reckoned (none when no visit's date is stated for the interval)
     * @param basis       how it was reckoned: "21 days before the visit of 2016-05-10"
     */
    record Reading(int start, int end, int quoteStart, int operationAt, Optional<LocalDate> day, String basis) {
    }

    private static final String N = Numbers.COUNT;
    private static final String UNIT = "(days?|d|weeks?|wks?)";
    /** "3 weeks post-op", "3 wks s/p", "10 days after": the interval, then post-op or a word that names the operation. */
    private static final Pattern INTERVAL = Pattern.compile("(?i)(" + N + ")\\s*-?\\s*" + UNIT
            + "\\s+(?:(post-?op(?:erative(?:ly)?)?|postop|post-?surgical(?:ly)?)(?:\\s+(?:from|after|s/p)\\s+)?"
            + "|(?:s/p|status\\s+post|after|following|out\\s+(?:from|of))\\s+)");
    /** "POD #21", "POD 21", "post-op day 21", "postoperative day #10". */
    private static final Pattern DAY_AFTER = Pattern.compile("(?:POD|(?i:post-?op(?:erative)?\\s+day))\\s*#?\\s*(\\d{1,3})"
            + "(?![\\d/])(?:[\\s,]+(?i:s/p|status\\s+post|after|following)\\s+)?");
    /** A duration before the interval ("for 6 weeks post-op", "the first 2 weeks", "x 6 weeks"): a plan, no interval. */
    private static final Pattern DURATION_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:for|of|x|over|within|up\\s+to|"
            + "next|first|last|until|than|about|approximately|approx\\.?|~)\\s*$");
    /** Therapy or its sessions after the interval ("6 weeks post-op PT"): a duration of care, no interval. */
    private static final Pattern CARE_AFTER = Pattern.compile("(?i)^(?:PT|OT|physical|occupational|therapy|rehab\\w*|"
            + "visits?|sessions?|course|program|protocol|care|restrictions?|brace)(?![\\p{L}])");
    /** Words that may stand before a visit's date at the opening of its sentence: "At the post-op visit of 5/10/16". */
    private static final Pattern VISIT_LABEL = Pattern.compile("(?i)^[\\s\\W]*(?:(?:on|at|in|the|a|his|her|this|of|"
            + "visit|office|clinic|follow-?up|f/u|progress|note|report|PR-?2|exam|examination|seen|dated|evaluation|"
            + "re-?evaluation|re-?check|check|post-?op|postoperative|orthopedic|ortho|surgeon's|surgical|today|dos)"
            + "[\\s:,#-]*)*$");
    /**
     * An operation planned in the interval's sentence ("R knee arthroscopy is scheduled for 5/24/16; he is 2 weeks
     * from surgery"): the interval counts to it, not from it.
     */
    private static final Pattern PLANNED_OPERATION = Pattern.compile("(?i)(?<![\\p{L}])(?:scheduled|planned|pending|"
            + "upcoming|awaiting|awaits|will\\s+(?:undergo|have)|is\\s+to\\s+(?:undergo|have)|pre-?op(?:erative)?)"
            + "(?![\\p{L}])");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    /** How many sentences before the interval's the visit's date may stand in. */
    private static final int VISIT_REACH = 3;

    private PostoperativeInterval() {
    }

    static List<Reading> find(Analysis a) {
        List<Reading> out = new ArrayList<>();
        Matcher m = INTERVAL.matcher(a.text);
        while (m.find()) {
            OptionalInt n = Numbers.parse(m.group(1));
            if (n.isPresent()) {
                long days = m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("d") ? n.getAsInt()
                        : 7L * n.getAsInt();
                String words = n.getAsInt() + (days == n.getAsInt() ? " days" : " weeks");
                boolean named = m.group(3) == null || m.end() > m.end(3) + 1;
                read(a, m.start(), m.end(), named ? m.end() : -1, days, words).ifPresent(out::add);
            }
        }
        Matcher d = DAY_AFTER.matcher(a.text);
        while (d.find()) {
            int days = Integer.parseInt(d.group(1));
            boolean named = d.end() > d.end(1) && !a.text.substring(d.end(1), d.end()).isBlank();
            read(a, d.start(), d.end(), named ? d.end() : -1, days, days + " days").ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Reading> read(Analysis a, int start, int end, int operationAt, long days, String words) {
        Optional<Sentence> found = a.sentenceAt(start);
        if (found.isEmpty() || days <= 0 || days > 730) {
            return Optional.empty();
        }
        Sentence s = found.get();
        String after = a.text.substring(Math.min(end, s.end()), s.end()).stripLeading();
        if (DURATION_BEFORE.matcher(a.text).region(s.start(), start).find() || CARE_AFTER.matcher(after).lookingAt()) {
            return Optional.empty();
        }
        if (PLANNED_OPERATION.matcher(a.text).region(s.start(), s.end()).find()) {
            return Optional.empty();
        }
        Optional<Dates.Mention> visit = openingDate(a, s, start);
        int quoteStart = visit.map(Dates.Mention::start).orElse(start);
        if (visit.isEmpty()) {
            visit = earlierVisit(a, s);
        }
        if (visit.isPresent() && laterDateIn(a, s, visit.get())) {
            return Optional.empty();
        }
        return Optional.of(new Reading(start, end, quoteStart, operationAt,
                visit.map(v -> v.date().firstDay().minusDays(days)),
                words + visit.map(v -> " before the visit of " + v.date()).orElse(" after it, at a visit not dated")));
    }

    /** A date of the sentence after the visit's: the sentence speaks of a time to come ("scheduled for 5/24/16"). */
    private static boolean laterDateIn(Analysis a, Sentence s, Dates.Mention visit) {
        return a.datesIn(s.start(), s.end()).stream()
                .anyMatch(d -> d.date().firstDay().isAfter(visit.date().lastDay()));
    }

    /** The day-precise date that opens the sentence before {@code before}, after label words only. */
    private static Optional<Dates.Mention> openingDate(Analysis a, Sentence s, int before) {
        for (Dates.Mention d : a.datesIn(s.start(), before)) {
            return d.date().precision() == StatedDate.Precision.DAY
                    && VISIT_LABEL.matcher(a.text).region(s.start(), d.start()).matches() ? Optional.of(d)
                            : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The visit of an undated sentence: the nearest earlier sentence of its paragraph that states a date, when that date
     * opens it (a date inside it, as an injury's, dates no visit; nothing is guessed past it).
     */
    private static Optional<Dates.Mention> earlierVisit(Analysis a, Sentence s) {
        if (!a.datesIn(s.start(), s.end()).isEmpty()) {
            return Optional.empty(); // the sentence states a date that opens nothing: it is not the visit's
        }
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - VISIT_REACH; i--) {
            Sentence earlier = a.sentences.get(i);
            if (BLANK_LINE.matcher(a.text).region(earlier.end(), s.start()).find()) {
                return Optional.empty();
            }
            if (!a.datesIn(earlier.start(), earlier.end()).isEmpty()) {
                return openingDate(a, earlier, earlier.end());
            }
        }
        return Optional.empty();
    }
}
