package org.openimr.determination.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.determination.RequestedQuantity;

/**
 * Reads how much a request asks for: "3 x 4" (3 a week for 4 weeks), "2 times a week for 6 weeks", "twice weekly x
 * 4 weeks", "x12", "#90", "twelve sessions", "Six sessions ... one time a week for six weeks", "7-10 days", "one
 * month supply", "4 hours a day". An explicit count wins over a schedule's product.
 */
public final class QuantityReader {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3), Map.entry("single", 1));

    private static final String NUM = "(\\d{1,3}|twenty-four|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|single)";
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String A_WEEK = "\\s*(?:a|per|/|each|every)\\s*(?:week|wk)\\b";
    /** Days a week, or days times weeks ("5 days x 4 wks": five days in each of four weeks). */
    private static final String A_WEEK_OR_TIMES_WEEKS = "(?:" + A_WEEK + "|\\s*[x\u00d7]\\s*\\d{1,2}\\s*(?:weeks?|wks?)\\b)";

    /**
     * "3 x 4", "2x6", "3 X 4 weeks" (times a week x weeks); not the digit of a spinal level ("L4-5 x 2", "L5-S1 x 2"
     * are two injections, not 5 or 1 a week).
     */
    private static final Pattern TIMES_BY_WEEKS = Pattern.compile(
            "(?<![\\w/.#]|\\d-)(\\d{1,2})\\s*[x×]\\s*(\\d{1,2})(?![\\d/.%]|\\s*(?:mg|mcg|ml|g|cm|mm|in)\\b)", F);
    /** "2 times a week for 6 weeks", "two times a week times six weeks", "twice weekly x 4 weeks". */
    private static final Pattern PER_WEEK = Pattern.compile(
            "\\b(?:" + NUM + "\\s*(?:times?|x|visits?|sessions?)?|(once|twice|thrice))\\s*(?:a|per|/|each|every)?\\s*"
                    + "(?:week|weekly|wk)\\b", F);
    private static final Pattern FOR_WEEKS = Pattern.compile(
            "\\b(?:for|x|times|over|×|during)\\s*(?:the\\s+next\\s+)?" + NUM + "(?:\\s*(?:-|to)\\s*" + NUM
                    + ")?\\s*(?:weeks?|wks?)\\b", F);
    private static final Pattern FOR_MONTHS = Pattern.compile(
            "\\b(?:for|x|times|over|×|during)?\\s*" + NUM + "\\s*(?:months?)\\b(?!\\s*(?:supply|rental))", F);
    /**
     * A word between a number and what it counts, never a span of time nor a unit of strength: "40 mg injection" is
     * one injection of a 40 mg dose, not 40 injections.
     */
    private static final String FILLER_WORD = "(?!(?:days?|weeks?|months?|mg|mcg|ml|cc|g|gm|grams?|IU|units?|mEq)\\b)\\w+\\s+";
    /**
     * A count of what a request asks for: "6 sessions", "two injections", "1 TENS unit". Units count only devices,
     * named between the number and the word ("1 TENS unit", "2 H-wave units"): units right after a number ("Botox 100
     * units") are a dose, not a count.
     */
    private static final Pattern COUNT = Pattern.compile("(?<![-/.])\\b" + NUM + "\\b\\s*(?:\\((?:\\d+|[a-z]+)\\)\\s*)?"
            + "(?:(?:additional\\s+|more\\s+|" + FILLER_WORD + ")?"
            + "(?:sessions?|visits?|treatments?|injections?|appointments?|trials?|blocks?|levels?)|" + FILLER_WORD
            + "units?)\\b", F);
    private static final Pattern TIMES_COUNT = Pattern.compile("(?:(?<![\\w#])[x×]\\s*(\\d{1,3})\\b"
            + "(?!(?:\\s*(?:-|to)\\s*\\d{1,3})?\\s*(?:weeks?|wks?|months?|days?|nights?|refills?)\\b)|\\(" + "(\\d{1,3})"
            + "\\s*(?:sessions?|visits?)\\))", F);
    private static final Pattern HASH = Pattern.compile("#\\s*(\\d{1,4})\\b");
    /** Days of a stay (its nights too: "x 4 nights"), a supply or a rental; not days of a week ("5 days a week", "5 days x 4 wks"), which say how often. */
    private static final Pattern DAYS = Pattern.compile(
            "\\b" + NUM + "(?:\\s*(?:-|to)\\s*" + NUM + ")?[\\s-]*(?:days?|nights?)\\b(?!" + A_WEEK_OR_TIMES_WEEKS + ")", F);
    /** "5 days a week", "3 days per week", "5 days/week". */
    private static final Pattern DAYS_A_WEEK = Pattern.compile("\\b" + NUM + "\\s*days?" + A_WEEK_OR_TIMES_WEEKS, F);
    private static final Pattern MONTH_SUPPLY = Pattern.compile("\\b" + NUM + "[\\s-]*months?(?:'s)?\\s+(?:supply|rental)\\b", F);
    private static final Pattern DAILY_FOR_WEEKS = Pattern.compile("\\bdaily\\b", F);
    /** "apply twice daily for 6 months", "rental for 3 months": a daily use or a rental that long. */
    private static final Pattern DAILY_FOR_MONTHS = Pattern.compile(
            "\\b(?:daily|rentals?|rent)\\b.*?\\bfor\\s+(?:the\\s+next\\s+)?" + NUM + "\\s*months?\\b(?!\\s*(?:supply|rental))", F);
    /** "monthly follow-up visits for 6 months", "once a month for three months": one a month. */
    private static final Pattern MONTHLY = Pattern.compile("\\b(?:monthly|(?:once\\s+)?(?:a|per|every)\\s+month)\\b", F);
    private static final Pattern HOURS = Pattern.compile("(?<!\\b(?:every|q)\\s{0,2}|\\b(?:every|q)\\s{0,2}\\d{1,2}\\s{0,2}"
            + "(?:-|to)\\s{0,2})\\b" + NUM + "\\s*(?:hours?|hrs?)\\b(?!\\s+(?:on|off)\\b)(?:\\s*(?:a|per|/)\\s*(day|week|wk)|\\s+(daily)"
            + "|(\\s*[x×]\\s*)(?=\\d{1,2}\\s*days?" + A_WEEK_OR_TIMES_WEEKS + "))?", F);

    /**
     * Injections counted in a request: "4 injections", "three trigger points", "x 4 sites", "x4", "two left C6-7
     * cervical epidural steroid injections", "2 ESIs"; not sessions, visits or levels ("x 6 sessions", "2 levels"),
     * which are not injections in one session, nor the digit of a level ("L4-5 epidural injections").
     */
    private static final Pattern INJECTION_COUNT = Pattern.compile("(?<![-/])\\b" + NUM + "\\s*(?:" + FILLER_WORD + ")?(?:injections?|sites?"
            + "|trigger\\s+points?)\\b|(?<![\\w#])[x×]\\s*(\\d{1,2})\\b(?!\\s*(?:sessions?|visits?|levels?|treatments?"
            + "|weeks?|wks?|months?|days?)\\b)|(?<![-/])\\b" + NUM + "\\s+(?:(?!levels?\\b|sessions?\\b)"
            + "[\\w-]+\\s+){0,4}(?:epidural\\s+(?:steroid\\s+)?injections|epidurals|ESIs)\\b", F);
    /** "x 4 sites, bilateral", "4 each side": a count of injections given for each of two sides. */
    private static final Pattern PER_SIDE = Pattern.compile("\\b(?:each|per)\\s+side\\b|\\bsites?\\b[^.;]{0,30}?"
            + "\\bbilateral(?:ly)?\\b|\\bbilateral(?:ly)?\\b[^.;]{0,30}?\\bsites?\\b", F);

    private static final String GRAMS = "(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:g|gm|gms|grams?)\\b";
    /** "q.i.d.", "QID", "four times daily", "twice a day", "2x/day", "every 6 hours", "daily". */
    private static final String APPLICATIONS = "(?:\\b(once|twice|thrice|one|two|three|four|five|six|[1-6])"
            + "\\s*(?:times?|x)?\\s*(?:a|per|/|each)?\\s*(?:day|daily)\\b|\\b(q\\.?i\\.?d|t\\.?i\\.?d|b\\.?i\\.?d|q\\.?d)\\b\\.?"
            + "|\\bevery\\s+(\\d{1,2})\\s*(?:hours?|hrs?)\\b|\\b(daily)\\b)";
    /**
     * Grams an application followed, in the same clause, by how often a day: "4 g four times daily", "4 g to each
     * knee QID". A tube's size ("100 g tube", "100 g, apply 2 g ...") is not an application: no frequency follows
     * it before another amount or the end of its clause.
     */
    private static final Pattern GRAMS_A_DAY = Pattern.compile(GRAMS + "(?!\\s*(?:tubes?|jars?|bottles?|containers?|"
            + "pumps?)\\b)((?:(?!\\d{1,3}(?:\\.\\d{1,2})?\\s*(?:g|gm|gms|grams?)\\b)[^,;])*?)" + APPLICATIONS
            + "([^,;]*)", F);
    /** "to each knee", "both hands", "bilateral": applied to two sites at once. */
    private static final Pattern TWO_SITES = Pattern.compile("\\b(?:each|both|per)\\s+(?:of\\s+the\\s+)?"
            + "(?:knees?|hands?|elbows?|wrists?|ankles?|feet|foot|shoulders?|hips?|sides?|legs?|arms?|joints?)\\b"
            + "|\\bbilateral(?:ly)?\\b", F);
    private static final Map<String, Integer> APPLICATIONS_A_DAY = Map.of("qid", 4, "tid", 3, "bid", 2, "qd", 1);

    /** Injections asked for in one session: a count for each of {@code sides} sides. */
    public record SessionInjections(int each, int sides) {
        public int total() {
            return each * sides;
        }
    }

    /** Grams of a gel or cream applied a day: grams an application, to so many sites, so many times a day. */
    public record DailyGrams(BigDecimal grams, int sites, BigDecimal timesPerDay) {
        public BigDecimal total() {
            return grams.multiply(BigDecimal.valueOf(sites)).multiply(timesPerDay).stripTrailingZeros();
        }

        /** "4 g 4 times a day", "4 g to each of 2 sites 4 times a day". */
        public String describe() {
            return grams.toPlainString() + " g" + (sites > 1 ? " to each of " + sites + " sites " : " ")
                    + timesPerDay.stripTrailingZeros().toPlainString() + " times a day";
        }
    }

    private QuantityReader() {
    }

    /**
     * The injections a request asks for in one session: its count ("x 6", "4 injections"), twice over when the count
     * is given for each side ("x 4 sites, bilateral upper trapezius", "4 each side"); empty when it states no count.
     */
    public static Optional<SessionInjections> injections(String text) {
        Matcher m = INJECTION_COUNT.matcher(text.replace('\u00a0', ' '));
        Integer count = m.find() ? number(firstGroup(m)) : null;
        if (count == null) {
            return Optional.empty();
        }
        return Optional.of(new SessionInjections(count, PER_SIDE.matcher(text).find() ? 2 : 1));
    }

    /**
     * The separate injections (sessions) a request asks for: its count ("ESI x 2", "two epidural steroid
     * injections"), not multiplied by the sides, and none when the count is of sites of one session ("x 2 sites",
     * "4 trigger points"); empty when it states no such count.
     */
    public static Optional<Integer> injectionSessions(String text) {
        String t = text.replace('\u00a0', ' ');
        Matcher m = INJECTION_COUNT.matcher(t);
        if (!m.find() || SITES.matcher(m.group()).find() || SITES_AFTER.matcher(t).region(m.end(), t.length())
                .lookingAt()) {
            return Optional.empty();
        }
        return Optional.ofNullable(number(firstGroup(m)));
    }

    private static final Pattern SITES = Pattern.compile("\\b(?:sites?|trigger\\s+points?)\\b", F);
    private static final Pattern SITES_AFTER = Pattern.compile("\\s*(?:sites?|trigger\\s+points?|sides?)\\b", F);

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /**
     * The grams of a topical product a request applies a day, from the grams of an application and how often a day
     * ("apply 4 g four times daily"), for each of two sites when it names them ("to each knee", "both knees"); empty
     * when the request gives only a tube's size or no frequency.
     */
    public static Optional<DailyGrams> dailyGrams(String text) {
        Matcher m = GRAMS_A_DAY.matcher(text.replace('\u00a0', ' '));
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal times;
        if (m.group(3) != null) {
            times = BigDecimal.valueOf(number(m.group(3)));
        } else if (m.group(4) != null) {
            times = BigDecimal.valueOf(APPLICATIONS_A_DAY.get(m.group(4).replace(".", "").toLowerCase(Locale.ROOT)));
        } else if (m.group(5) != null) {
            int hours = Integer.parseInt(m.group(5));
            if (hours < 1 || hours > 24) {
                return Optional.empty();
            }
            times = BigDecimal.valueOf(24 / hours);
        } else {
            times = BigDecimal.ONE;
        }
        String clause = m.group(2) + " " + m.group(7);
        int sites = TWO_SITES.matcher(clause).find() ? 2 : 1;
        return Optional.of(new DailyGrams(new BigDecimal(m.group(1)), sites, times));
    }

    public static RequestedQuantity read(String text) {
        String t = text.replace('\u00a0', ' ');
        Integer perWeek = null;
        Integer weeks = null;
        Integer count = null;
        Integer days = null;
        Integer hoursAWeek = null;
        StringBuilder asWritten = new StringBuilder();

        Matcher m = TIMES_BY_WEEKS.matcher(t);
        boolean timesByWeeks = false;
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a >= 1 && a <= 7 && b >= 1 && b <= 52) {
                perWeek = a;
                weeks = b;
                timesByWeeks = true;
                note(asWritten, m.group());
            }
        }
        if (perWeek == null) {
            m = PER_WEEK.matcher(t);
            if (m.find()) {
                Integer n = number(m.group(1) != null ? m.group(1) : m.group(2));
                if (n != null && n >= 1 && n <= 7) {
                    perWeek = n;
                    note(asWritten, m.group());
                }
            }
        }
        if (weeks == null) {
            m = FOR_WEEKS.matcher(t);
            if (m.find()) {
                weeks = number(m.group(2) != null ? m.group(2) : m.group(1));
                note(asWritten, m.group());
            } else {
                m = FOR_MONTHS.matcher(t);
                if (m.find() && perWeek != null) {
                    Integer months = number(m.group(1));
                    if (months != null) {
                        weeks = months * 4;
                        note(asWritten, m.group());
                    }
                }
            }
        }
        m = COUNT.matcher(t);
        if (m.find()) {
            count = number(m.group(1));
            note(asWritten, m.group());
        }
        if (count == null && !timesByWeeks) {
            m = TIMES_COUNT.matcher(t);
            if (m.find()) {
                count = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                note(asWritten, m.group());
            }
        }
        if (count == null) {
            m = HASH.matcher(t);
            if (m.find()) {
                count = Integer.parseInt(m.group(1));
                note(asWritten, m.group());
            }
        }
        if (count == null && perWeek == null && MONTHLY.matcher(t).find()) {
            m = FOR_MONTHS.matcher(t);
            if (m.find()) {
                count = number(m.group(1));
                note(asWritten, m.group());
            }
        }
        if (count == null && perWeek != null && weeks != null) {
            count = perWeek * weeks;
        }
        if (count != null && count == 0) {
            // "x 0", "0 sessions", "#0": no quantity a physician could certify; the request does not state one
            count = null;
        }
        m = DAYS.matcher(t);
        if (m.find()) {
            Integer first = number(m.group(1));
            Integer second = m.group(2) == null ? null : number(m.group(2));
            days = second != null ? second : first;
            note(asWritten, m.group());
        } else {
            m = MONTH_SUPPLY.matcher(t);
            if (m.find()) {
                Integer months = number(m.group(1));
                days = months == null ? null : months * 30;
                note(asWritten, m.group());
            } else if (weeks != null && perWeek == null && DAILY_FOR_WEEKS.matcher(t).find()) {
                days = weeks * 7;
            } else if (weeks == null && perWeek == null && (m = DAILY_FOR_MONTHS.matcher(t)).find()) {
                Integer months = number(m.group(1));
                days = months == null ? null : months * 30;
                note(asWritten, m.group());
            }
        }
        m = HOURS.matcher(t);
        if (m.find()) {
            Integer n = number(m.group(1));
            if (n != null) {
                // "6 hrs x 5 days/wk": hours a day, on the days a week that follow
                String rate = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                        : m.group(4) != null ? "day" : null;
                if (rate != null) {
                    hoursAWeek = "day".equalsIgnoreCase(rate) || "daily".equalsIgnoreCase(rate) ? n * daysAWeek(t) : n;
                } else if (perWeek != null) {
                    hoursAWeek = n * perWeek;       // "2 hours twice a week": hours a visit
                } else if (weeks != null) {
                    hoursAWeek = (n + weeks - 1) / weeks;   // "120 hours over 6 weeks": hours in all
                } else {
                    hoursAWeek = n;     // "home health 20 hours": read as a week's hours, the span of the 35-hour limit
                }
                note(asWritten, m.group());
            }
        }
        return new RequestedQuantity(opt(count), opt(perWeek), opt(weeks), opt(days), opt(hoursAWeek),
                asWritten.toString());
    }

    /**
     * A program requested in hours in all ("functional restoration program, 160 hours"), read as its full days and
     * weeks (hours a day and days a week from framework.yaml {@code programHours}): 160 hours are 20 days over 4 weeks.
     * Hours with a rate, or a request that states its days or weeks, keep their reading.
     */
    public static RequestedQuantity readProgram(String text, int hoursADay, int daysAWeek) {
        RequestedQuantity q = read(text);
        Matcher m = HOURS.matcher(text.replace('\u00a0', ' '));
        if (!m.find() || m.group(2) != null || m.group(3) != null || m.group(4) != null || q.perWeek().isPresent()
                || q.weeks().isPresent()
                || q.days().isPresent()) {
            return q;
        }
        Integer hours = number(m.group(1));
        if (hours == null || hours < 1) {
            return q;
        }
        int days = (hours + hoursADay - 1) / hoursADay;
        int weeks = (days + daysAWeek - 1) / daysAWeek;
        return new RequestedQuantity(q.count(), OptionalInt.empty(), OptionalInt.of(weeks), OptionalInt.of(days),
                OptionalInt.empty(), m.group() + " (" + days + (days == 1 ? " full day" : " full days") + " of "
                + hoursADay + " hours, " + weeks + (weeks == 1 ? " week" : " weeks") + " of " + daysAWeek + " days)");
    }

    /** The days a week a daily schedule runs ("4 hours a day 5 days a week"): every day when the request says none. */
    private static int daysAWeek(String text) {
        Matcher m = DAYS_A_WEEK.matcher(text);
        Integer days = m.find() ? number(m.group(1)) : null;
        return days != null && days >= 1 && days <= 7 ? days : 7;
    }

    private static void note(StringBuilder s, String part) {
        if (!s.isEmpty()) {
            s.append("; ");
        }
        s.append(part.strip());
    }

    static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return WORDS.get(w);
    }

    private static OptionalInt opt(Integer n) {
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }
}
