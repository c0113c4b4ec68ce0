package org.openimr.casefile.internal;

import java.util.Map;
import java.util.stream.Collectors;

/** How far, in days, the case file's readings reach in time (casefile/reaches.tsv), each with its reason there. */
final class Reaches {

    private static final String RESOURCE = "casefile/reaches.tsv";
    private static final Map<String, Integer> DAYS = Tsv.read(RESOURCE).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0].strip(), row -> Integer.parseInt(row[1].strip())));

    private Reaches() {
    }

    /** The days of the named reach; a name the file does not hold is an error of the program. */
    static int days(String reach) {
        Integer days = DAYS.get(reach);
        if (days == null) {
            throw new IllegalStateException(RESOURCE + ": no reach '" + reach + "'");
        }
        return days;
    }
}
