package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.Span;
import org.openimr.determination.Evidence;

/**
 * An onset of symptoms the record states as a duration ("has been experiencing pain for 10 months", "symptoms for
 * two years"), counted back from the request date. Used when it is earlier than the date of injury: chronic pain is
 * pain lasting three months from its onset (8 CCR 9792.20, 2016).
 */
public final class SymptomOnset {

    /** The onset and the statement it was read from. */
    public record Onset(LocalDate date, Evidence evidence) {
    }

    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:pain|symptoms?|complaints?)\\b[^.;]{0,40}?"
            + "\\b(?:for|x|over)\\s+(?:the\\s+(?:past|last)\\s+|about\\s+|approximately\\s+|over\\s+)?"
            + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\\s+"
            + "(weeks?|months?|years?)\\b");

    private SymptomOnset() {
    }

    public static Optional<Onset> read(CaseDocument record, LocalDate requestDate) {
        if (requestDate == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(record.text());
        Onset earliest = null;
        while (m.find()) {
            Integer n = m.group(1).equalsIgnoreCase("several") ? 2 : QuantityReader.number(m.group(1));
            if (n == null) {
                continue;
            }
            String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
            LocalDate onset = unit.startsWith("week") ? requestDate.minusWeeks(n)
                    : unit.startsWith("month") ? requestDate.minusMonths(n) : requestDate.minusYears(n);
            if (earliest == null || onset.isBefore(earliest.date())) {
                earliest = new Onset(onset, new Evidence("the record states symptoms of " + n + " " + unit
                        + " (an onset about " + onset + ")", Span.of(record, m.start(), m.end())));
            }
        }
        return Optional.ofNullable(earliest);
    }
}
