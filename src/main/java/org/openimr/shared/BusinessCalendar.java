package org.openimr.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.openimr.shared.HolidayRule.WeekendHoliday;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A California business-day calendar: Saturdays, Sundays and holidays are closed days, every other day is a business
 * day. The holidays are data ({@code shared/california-holidays.yaml}: rule, from-year, to-year, source), computed for
 * any year.
 *
 * <p>{@link #california()} is the calendar of state offices (the CalHR list of state holidays), which Labor Code
 * 4600.4(b) names for the "normal business day" of the IMR article; use it for IMR deadlines.
 * {@link #californiaCourts()} is the calendar of judicial holidays (CCP 135), for periods that court rules govern.
 *
 * <p>Counting follows the California rule (CCP 12): the day of the event is excluded, the last day included.
 * Instances are immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The resource that holds the holiday rules. */
    public static final String RESOURCE = "/shared/california-holidays.yaml";

    /** The IMR office's day is California's, wherever the server runs: every "today" of a case is read in this zone. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("America/Los_Angeles");

    /** What a period counted in calendar days does when its last day is a closed day. */
    public enum LastDay {
        /** The period ends on its last day whatever that day is. */
        AS_COUNTED,
        /**
         * A last day that is a Saturday, Sunday or holiday is extended to the next business day (CCP 12a; Gov. Code
         * 6707 for filings with a state agency).
         */
        EXTENDED_TO_BUSINESS_DAY
    }

    private static final Map<String, BusinessCalendar> BUILT_IN = load(BusinessCalendar.class, RESOURCE);

    private final String id;
    private final String name;
    private final String source;
    private final WeekendHoliday saturdayHoliday;
    private final WeekendHoliday sundayHoliday;
    private final List<HolidayRule> rules;
    private final ConcurrentMap<Integer, Map<LocalDate, ObservedHoliday>> byYear = new ConcurrentHashMap<>();

    private BusinessCalendar(String id, String name, String source, WeekendHoliday saturdayHoliday,
            WeekendHoliday sundayHoliday, List<HolidayRule> rules) {
        this.id = id;
        this.name = name;
        this.source = source;
        this.saturdayHoliday = saturdayHoliday;
        this.sundayHoliday = sundayHoliday;
        this.rules = List.copyOf(rules);
    }

    /** The calendar of California state offices: the one IMR deadlines are counted on. */
    public static BusinessCalendar california() {
        return BUILT_IN.get("STATE_OFFICES");
    }

    /** The calendar of California courts: judicial holidays of CCP 135. */
    public static BusinessCalendar californiaCourts() {
        return BUILT_IN.get("COURTS");
    }

    /** A calendar of the holiday file by its id ("STATE_OFFICES", "COURTS"). */
    public static BusinessCalendar byId(String id) {
        BusinessCalendar calendar = BUILT_IN.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("no calendar " + id + " in " + RESOURCE + "; known: " + BUILT_IN.keySet());
        }
        return calendar;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /** True unless the day is a Saturday, a Sunday or a holiday as this calendar observes it. */
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
    }

    /** The holiday observed on this day, if any (a Sunday holiday is found on the Monday that replaces it). */
    public Optional<ObservedHoliday> holidayOn(LocalDate date) {
        return Optional.ofNullable(observedIn(date.getYear()).get(date));
    }

    /** Every holiday whose closed day falls in {@code year}, in date order. */
    public List<ObservedHoliday> holidays(int year) {
        return List.copyOf(observedIn(year).values());
    }

    /**
     * The {@code days}-th business day after {@code from} ({@code from} itself not counted); before it for a negative
     * number; {@code from} itself for zero.
     */
    public LocalDate plusBusinessDays(LocalDate from, int days) {
        int step = days >= 0 ? 1 : -1;
        LocalDate date = from;
        for (int left = Math.abs(days); left > 0; ) {
            date = date.plusDays(step);
            if (isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** {@code days} calendar days after {@code from}, the last day extended or not as {@code lastDay} says. */
    public LocalDate plusCalendarDays(LocalDate from, int days, LastDay lastDay) {
        LocalDate last = from.plusDays(days);
        return lastDay == LastDay.EXTENDED_TO_BUSINESS_DAY ? businessDayOnOrAfter(last) : last;
    }

    /** The day itself when it is a business day, otherwise the next business day. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The number of business days after {@code from} up to and including {@code to}. When {@code to} is before
     * {@code from}, minus the number of business days from {@code to} included up to {@code from} excluded. Either
     * way the inverse of {@link #plusBusinessDays}: {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}.
     */
    public long businessDaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        if (to.isBefore(from)) {
            for (LocalDate day = to; day.isBefore(from); day = day.plusDays(1)) {
                count -= isBusinessDay(day) ? 1 : 0;
            }
            return count;
        }
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += isBusinessDay(day) ? 1 : 0;
        }
        return count;
    }

    private Map<LocalDate, ObservedHoliday> observedIn(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, ObservedHoliday> compute(int year) {
        List<ObservedHoliday> found = new ArrayList<>();
        // A holiday of the next year can be observed on the last day of this one (January 1 on a Saturday).
        for (int y = year - 1; y <= year + 1; y++) {
            for (HolidayRule rule : rules) {
                rule.observedIn(y, saturdayHoliday, sundayHoliday)
                        .filter(h -> h.observedOn().getYear() == year)
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(ObservedHoliday::observedOn));
        Map<LocalDate, ObservedHoliday> map = new LinkedHashMap<>();
        for (ObservedHoliday holiday : found) {
            map.putIfAbsent(holiday.observedOn(), holiday);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id + ": " + name + "]";
    }

    // --- loading the holiday file ---

    static Map<String, BusinessCalendar> load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("holiday file not on the class path: " + resource);
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, BusinessCalendar> parse(InputStream in, String origin) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalStateException(origin + ": expected a map with 'calendars' and 'holidays'");
        }
        List<Map<String, Object>> calendars = (List<Map<String, Object>>) required(top, "calendars", origin);
        List<Map<String, Object>> holidays = (List<Map<String, Object>>) required(top, "holidays", origin);

        Map<String, List<HolidayRule>> rulesByCalendar = new LinkedHashMap<>();
        for (Map<String, Object> c : calendars) {
            rulesByCalendar.put(text(c, "id", origin), new ArrayList<>());
        }
        for (Map<String, Object> h : holidays) {
            String name = text(h, "name", origin);
            String where = origin + ", holiday \"" + name + "\"";
            HolidayRule.DateRule dateRule;
            try {
                dateRule = HolidayRule.DateRule.parse(text(h, "rule", where));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
            Object saturday = h.get("saturday-holiday");
            HolidayRule rule = new HolidayRule(name, text(h, "rule", where), dateRule, (Integer) h.get("from-year"),
                    (Integer) h.get("to-year"), saturday == null ? null : WeekendHoliday.valueOf(saturday.toString()),
                    Objects.toString(h.get("source"), ""));
            for (Object calendarId : (List<Object>) required(h, "calendars", where)) {
                List<HolidayRule> list = rulesByCalendar.get(calendarId.toString());
                if (list == null) {
                    throw new IllegalStateException(where + ": unknown calendar " + calendarId);
                }
                list.add(rule);
            }
        }
        Map<String, BusinessCalendar> result = new LinkedHashMap<>();
        for (Map<String, Object> c : calendars) {
            String id = text(c, "id", origin);
            result.put(id, new BusinessCalendar(id, text(c, "name", origin), Objects.toString(c.get("source"), ""),
                    WeekendHoliday.valueOf(text(c, "saturday-holiday", origin)),
                    WeekendHoliday.valueOf(text(c, "sunday-holiday", origin)), rulesByCalendar.get(id)));
        }
        return Map.copyOf(result);
    }

    private static Object required(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException(where + ": missing '" + key + "'");
        }
        return value;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        return required(map, key, where).toString().strip();
    }
}
