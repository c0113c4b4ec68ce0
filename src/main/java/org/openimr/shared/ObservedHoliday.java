package org.openimr.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday as a calendar keeps it: the day offices are closed ({@code observedOn}), which differs from the holiday's
 * own date ({@code falls}) when that date is a Saturday or a Sunday.
 *
 * @param name       e.g. "Cesar Chavez Day"
 * @param observedOn the closed day, e.g. 2024-04-01
 * @param falls      the holiday's own date, e.g. 2024-03-31 (a Sunday)
 * @param source     the statute or list the rule comes from
 */
public record ObservedHoliday(String name, LocalDate observedOn, LocalDate falls, String source) {

    public ObservedHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(falls, "falls");
        source = source == null ? "" : source;
    }

    /** True when the closed day is not the holiday's own date (a weekend holiday kept on a Friday or a Monday). */
    public boolean isMoved() {
        return !observedOn.equals(falls);
    }

    @Override
    public String toString() {
        return name + " " + observedOn + (isMoved() ? " (observed; falls on " + falls + ")" : "");
    }
}
