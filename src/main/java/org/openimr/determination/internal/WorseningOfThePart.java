package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.StatedDate;
import org.openimr.shared.BodyRegion;

/**
 * A worsening stated in general words ("worse since", "has been worse for", "acute on chronic"), read as a flare-up of
 * a part (fact-phrases.yaml {@code worsening}) only where the record says it of that part and of a recent time: its own
 * clause names the part (no fallback to the sentence: "his GERD is worse since he started naproxen; his back pain is
 * at baseline" is no flare-up of the back); no denial of a change before it ("neither better nor worse since"); the
 * time it runs from is not the injury or an accident ("worse since the industrial injury", "since the MVA"); and no
 * date in its sentence lies more than the data's months before the request ("In 2014 he was seen for acute on chronic
 * LBP", "worse since 4/2/2013", "worse for 2 years").
 */
final class WorseningOfThePart {

    /** "neither better nor", "no better and no", "not", "no", "nor" right before the words: no change is stated. */
    private static final Pattern NO_CHANGE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:neither|not|no)\\s+"
            + "(?:any\\s+)?better\\s+(?:or|nor|and)\\s+(?:no\\s+|any\\s+)?|no\\s+|not\\s+|nor\\s+|never\\s+)$");
    /** What the worsening runs from, when it is the injury or an accident, not a recent event. */
    private static final Pattern FROM_THE_INJURY = Pattern.compile("(?i)^\\W*(?:since\\s+)?(?:(?:the|his|her|this|"
            + "that|an?|original|initial|industrial|work|work-related|occupational|first|date\\s+of)\\s+)*"
            + "(?:injury|injuries|accident|MVA|MVC|motor\\s+vehicle\\s+(?:accident|collision)|DOI|fall|incident|"
            + "industrial|onset)(?![\\p{L}])");
    /** A date or a year a sentence states. */
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}/"
            + "\\d{4}|(?:19|20)\\d{2})(?![\\d/])");
    /** "for 2 years", "for 8 months": how long the worsening has lasted. */
    private static final Pattern LASTED = Pattern.compile("(?i)^\\W*(?:for\\s+)?(?:the\\s+(?:past|last)\\s+)?("
            + "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\\s+"
            + "(days?|weeks?|wks?|months?|mos?|years?|yrs?)(?![\\p{L}])");

    private final String text;
    private final LocalDate requestDate;
    private final List<BodyPartMention> parts;
    private final int withinMonths;

    WorseningOfThePart(String text, LocalDate requestDate, List<BodyPartMention> parts, int withinMonths) {
        this.text = text;
        this.requestDate = requestDate;
        this.parts = parts;
        this.withinMonths = withinMonths;
    }

    /**
     * Whether the words from {@code start} to {@code end}, in the sentence {@code sentenceStart}..{@code sentenceEnd},
     * state a recent worsening of {@code part}.
     */
    boolean statesARecentWorsening(int start, int end, int sentenceStart, int sentenceEnd, BodyRegion part) {
        int from = Math.max(sentenceStart, Math.max(text.lastIndexOf(';', start), text.lastIndexOf(',', start)) + 1);
        int to = clauseEnd(end, sentenceEnd);
        boolean named = parts.stream().anyMatch(b -> b.span().start() < to && from < b.span().end()
                && FactResolver.sameLimb(part, b.region().region()));
        if (!named || NO_CHANGE_BEFORE.matcher(text).region(from, start).find()) {
            return false;
        }
        String after = text.substring(end, to);
        return !FROM_THE_INJURY.matcher(after).lookingAt() && !lastedLong(after)
                && !datedLongBefore(sentenceStart, sentenceEnd);
    }

    private int clauseEnd(int end, int sentenceEnd) {
        int to = sentenceEnd;
        for (char stop : new char[] {';', ','}) {
            int i = text.indexOf(stop, end);
            if (i >= 0 && i < to) {
                to = i;
            }
        }
        return to;
    }

    private boolean lastedLong(String after) {
        Matcher m = LASTED.matcher(after);
        if (!m.lookingAt() || requestDate == null) {
            return false;
        }
        int count = count(m.group(1));
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        LocalDate since = unit.startsWith("y") ? requestDate.minusYears(count)
                : unit.startsWith("m") ? requestDate.minusMonths(count)
                : unit.startsWith("w") ? requestDate.minusWeeks(count) : requestDate.minusDays(count);
        return since.isBefore(requestDate.minusMonths(withinMonths));
    }

    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /** A count in digits or words; "several" or "many" as two. */
    private static int count(String word) {
        int i = WORDS.indexOf(word.toLowerCase(java.util.Locale.ROOT));
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : i >= 0 ? i + 1 : 2;
    }

    /** A date or year in the sentence whose period ended more than the data's months before the request. */
    private boolean datedLongBefore(int sentenceStart, int sentenceEnd) {
        if (requestDate == null) {
            return false;
        }
        Matcher d = DATE.matcher(text).region(sentenceStart, sentenceEnd);
        while (d.find()) {
            Optional<StatedDate> date = d.group().length() == 4 ? Optional.of(StatedDate.year(Integer.parseInt(d.group())))
                    : StatedDate.parse(d.group());
            if (date.isPresent() && date.get().lastDay().isBefore(requestDate.minusMonths(withinMonths))) {
                return true;
            }
        }
        return false;
    }
}
