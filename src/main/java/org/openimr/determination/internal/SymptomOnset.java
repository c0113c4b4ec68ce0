package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.determination.Evidence;

/**
 * An onset of symptoms the record states as a duration ("has been experiencing pain for 10 months", "symptoms for
 * two years"), counted back from the request date, or as a date ("low back pain since 01/2016", "since January
 * 2016", "since 2015"), taken at the last day of the period stated so the time since never exceeds what the record
 * says. Used when it is earlier than the date of injury (or the record gives none): chronic pain is pain lasting
 * three months from its onset (8 CCR 9792.20, 2016). Pain the record says is gone ("no pain since", "pain free
 * since", "pain resolved since") gives no onset.
 */
public final class SymptomOnset {

    /** The onset and the statement it was read from. */
    public record Onset(LocalDate date, Evidence evidence) {
    }

    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:pain|symptoms?|complaints?)\\b[^.;]{0,40}?"
            + "\\b(?:for|x|over)\\s+(?:the\\s+(?:past|last)\\s+|about\\s+|approximately\\s+|over\\s+)?"
            + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\\s+"
            + "(weeks?|months?|years?)\\b");

    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:pain|symptoms?|complaints?)\\b[^.;]{0,40}?"
            + "\\bsince\\s+((?:\\d{1,2}/){1,2}\\d{2,4}|[A-Za-z]{3,9}\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4}|(?:19|20)\\d{2})"
            + "(?![\\d/])");

    /** Words that say the pain is gone, just before or inside the statement of its onset. */
    private static final Pattern GONE = Pattern.compile("(?i)\\b(?:no|not|denies|denied|without|free|resolved|"
            + "stopped|ceased)\\b");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

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
        Matcher since = SINCE.matcher(record.text());
        while (since.find()) {
            Optional<StatedDate> stated = stated(since.group(1));
            String around = record.text().substring(Math.max(0, since.start() - 15), since.start(1));
            if (stated.isEmpty() || GONE.matcher(around).find() || stated.get().lastDay().isAfter(requestDate)) {
                continue;
            }
            LocalDate onset = stated.get().lastDay();
            if (earliest == null || onset.isBefore(earliest.date())) {
                earliest = new Onset(onset, new Evidence("the record states symptoms since " + stated.get()
                        + " (an onset by " + onset + ")", Span.of(record, since.start(), since.end())));
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static Optional<StatedDate> stated(String date) {
        return YEAR.matcher(date).matches() ? Optional.of(StatedDate.year(Integer.parseInt(date)))
                : StatedDate.parse(date);
    }
}
