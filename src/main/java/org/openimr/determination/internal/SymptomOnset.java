package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.determination.Evidence;
import org.openimr.shared.BodyRegion;

/**
 * An onset of symptoms the record states as a duration ("has been experiencing pain for 10 months", "for 10 mos",
 * "symptoms for two years"), counted back from the request date, or as a date ("low back pain since 01/2016", "since January
 * 2016", "since 2015"), taken at the last day of the period stated so the time since never exceeds what the record
 * says. Used when it is earlier than the date of injury (or the record gives none): chronic pain is pain lasting
 * three months from its onset (8 CCR 9792.20, 2016). Pain the record says is gone ("no pain since", "pain free
 * since", "pain resolved since", "since 2012, which resolved") gives no onset. A "since" date counts only when the record
 * gives no date of injury: beside one it is as likely the history of another part or of pain since gone. A duration
 * counts only for the part it names ("neck pain for 7 years" is no onset for a knee).
 */
public final class SymptomOnset {

    /** The onset and the statement it was read from. */
    public record Onset(LocalDate date, Evidence evidence) {
    }

    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:pain|symptoms?|complaints?)\\b[^.;]{0,40}?"
            + "\\b(?:for|x|over)\\s+(?:the\\s+(?:past|last)\\s+|about\\s+|approximately\\s+|over\\s+)?"
            + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\\s+"
            + "(weeks?|wks?|months?|mos?|years?|yrs?)\\b");

    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:pain|symptoms?|complaints?)\\b[^.;]{0,40}?"
            + "\\bsince\\s+((?:\\d{1,2}/){1,2}\\d{2,4}|[A-Za-z]{3,9}\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4}|(?:19|20)\\d{2})"
            + "(?![\\d/])");

    /** Words that say the pain is gone, just before or inside the statement of its onset. */
    private static final Pattern GONE = Pattern.compile("(?i)\\b(?:no|not|denies|denied|without|free|resolved|"
            + "stopped|ceased)\\b");

    /** Words after the date that say the pain is gone or no part of the claim ("which resolved", "now absent"). */
    private static final Pattern GONE_AFTER = Pattern.compile("(?i)\\b(?:resolved|absent|gone|free|stopped|ceased|"
            + "not\\s+part\\s+of)\\b");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private SymptomOnset() {
    }

    /** The onset, reading a "since" date only when the record gives no date of injury ({@code injury} empty). */
    public static Optional<Onset> read(CaseDocument record, LocalDate requestDate, Optional<LocalDate> injury) {
        return read(record, requestDate, injury, List.of(), List.of());
    }

    /**
     * The onset for a request for {@code requested} regions, reading a "since" date only when the record gives no date
     * of injury, and a duration whose statement names parts of the body ({@code parts}, the record's) only when one of
     * them is a part the request is for, or, for a request that names none, when the record gives no date of injury:
     * "neck pain for 7 years" makes no new knee injury chronic.
     */
    public static Optional<Onset> read(CaseDocument record, LocalDate requestDate, Optional<LocalDate> injury,
            List<BodyPartMention> parts, List<BodyRegion> requested) {
        if (requestDate == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(record.text());
        Onset earliest = null;
        while (m.find()) {
            if (ofAnotherPart(record.text(), m.start(), m.end(), parts, requested, injury)) {
                continue;
            }
            Integer n = m.group(1).equalsIgnoreCase("several") ? 2 : QuantityReader.number(m.group(1));
            if (n == null) {
                continue;
            }
            String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
            LocalDate onset = unit.startsWith("w") ? requestDate.minusWeeks(n)
                    : unit.startsWith("m") ? requestDate.minusMonths(n) : requestDate.minusYears(n);
            if (earliest == null || onset.isBefore(earliest.date())) {
                earliest = new Onset(onset, new Evidence("the record states symptoms of " + n + " " + unit
                        + " (an onset about " + onset + ")", Span.of(record, m.start(), m.end())));
            }
        }
        Matcher since = SINCE.matcher(record.text());
        while (injury.isEmpty() && since.find()) {
            Optional<StatedDate> stated = stated(since.group(1));
            String around = record.text().substring(Math.max(0, since.start() - 15), since.start(1));
            if (stated.isEmpty() || GONE.matcher(around).find() || goneAfter(record.text(), since.end())
                    || stated.get().lastDay().isAfter(requestDate)) {
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

    /**
     * The statement from {@code from} to {@code to}, with the words of its clause before it (after the last comma,
     * semicolon or sentence end), names parts of the body and none the request is for; or names some while the
     * request names none and the record gives a date of injury.
     */
    private static boolean ofAnotherPart(String text, int from, int to, List<BodyPartMention> parts,
            List<BodyRegion> requested, Optional<LocalDate> injury) {
        int start = from;
        while (start > 0 && ".;,\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int clause = start;
        List<BodyRegion> named = parts.stream().filter(p -> p.span().start() >= clause && p.span().end() <= to)
                .map(p -> p.region().region()).toList();
        if (named.isEmpty()) {
            return false;
        }
        if (requested.isEmpty()) {
            return injury.isPresent();
        }
        return named.stream().noneMatch(n -> requested.stream().anyMatch(r -> FactResolver.sameLimb(r, n)));
    }

    /** Words after the date, in its clause, that say the pain is gone: "since 2012, which resolved in 2013". */
    private static boolean goneAfter(String text, int from) {
        int to = from;
        while (to < text.length() && ".;".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return GONE_AFTER.matcher(text).region(from, to).find();
    }

    private static Optional<StatedDate> stated(String date) {
        return YEAR.matcher(date).matches() ? Optional.of(StatedDate.year(Integer.parseInt(date)))
                : StatedDate.parse(date);
    }
}
