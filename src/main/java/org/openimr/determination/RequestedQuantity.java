package org.openimr.determination;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How much of a treatment a request asks for, as its text states it: "3 x 4" is 3 a week for 4 weeks (12 sessions),
 * "2 times a week for 6 weeks" 12, "x12" and "twelve sessions" 12, "#90" 90 units, "7-10 days" 10 days.
 *
 * @param count    sessions, visits, treatments, injections or units asked for, when the text gives or implies a number
 * @param perWeek  times a week, when stated
 * @param weeks    weeks, when stated
 * @param days     days (a stay, a supply, a rental), when stated
 * @param hoursAWeek hours of care a week (home care): from a daily or weekly rate, hours a visit times the visits a
 *                 week, or hours in all over the weeks stated; hours with neither a rate nor a span are read as a
 *                 week's (the span of the 35-hour limit)
 * @param asWritten the words the quantity was read from
 */
public record RequestedQuantity(OptionalInt count, OptionalInt perWeek, OptionalInt weeks, OptionalInt days,
        OptionalInt hoursAWeek, String asWritten) {

    public RequestedQuantity {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(perWeek, "per week");
        Objects.requireNonNull(weeks, "weeks");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(hoursAWeek, "hours a week");
        Objects.requireNonNull(asWritten, "as written");
    }

    public static RequestedQuantity none() {
        return new RequestedQuantity(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), "");
    }

    public boolean isStated() {
        return count.isPresent() || perWeek.isPresent() || weeks.isPresent() || days.isPresent() || hoursAWeek.isPresent();
    }

    /** "12 (3 a week for 4 weeks)", "90", "10 days", "20 hours a week for 6 weeks". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        count.ifPresent(s::append);
        if (perWeek.isPresent() && weeks.isPresent()) {
            s.append(s.isEmpty() ? "" : " (").append(perWeek.getAsInt()).append(" a week for ")
                    .append(weeks.getAsInt()).append(weeks.getAsInt() == 1 ? " week" : " weeks")
                    .append(count.isPresent() ? ")" : "");
        }
        days.ifPresent(d -> s.append(s.isEmpty() ? "" : ", ").append(d).append(d == 1 ? " day" : " days"));
        hoursAWeek.ifPresent(h -> s.append(s.isEmpty() ? "" : ", ").append(h).append(h == 1 ? " hour" : " hours")
                .append(" a week"));
        if (weeks.isPresent() && perWeek.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append("for ").append(weeks.getAsInt())
                    .append(weeks.getAsInt() == 1 ? " week" : " weeks");
        }
        return s.toString();
    }
}
