package org.openimr.letters.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.LetterDates;
import org.openimr.letters.LetterParseException;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * The labelled fields of a letter's header block ("Date Assigned: 12/07/2016"), read from the header's lines joined
 * into one text. Joining makes the two-column layout and its reading order irrelevant, and lets a label that wraps
 * keep its value wherever the extractor put it: "Application Received:" prints as "Application 11/29/2016 Received:"
 * in pdftotext's layout and as "Application Received: 11/29/2016" in PDFBox's reading order; both are understood.
 */
public final class HeaderFields {

    static final String DATE = "(\\d{1,2}/\\d{1,2}/\\d{2,4})";
    private static final Pattern CASE_NUMBER =
            Pattern.compile("(?i)\\b(?:IMR\\s+)?Case\\s+(?:Number|No\\.?)\\s*:?\\s*(CM\\d{2}-\\d{7})\\b");
    private static final Pattern DATE_ASSIGNED = Pattern.compile("(?i)\\bDate\\s+Assigned\\s*:\\s*" + DATE);
    private static final Pattern DATE_OF_INJURY = Pattern.compile("(?i)\\bDate\\s+of\\s+Injury\\s*:\\s*" + DATE);
    private static final Pattern DECISION_DATE = Pattern.compile("(?i)\\b(?:Decision\\s+Date|Dated)\\s*:\\s*" + DATE);
    private static final Pattern UR_DENIAL_DATE =
            Pattern.compile("(?i)\\b(?:UR\\s+Denial\\s+Date|Date\\s+of\\s+UR\\s+(?:Decision|Denial))\\s*:\\s*" + DATE);
    private static final Pattern APPLICATION_RECEIVED =
            Pattern.compile("(?i)\\bApplication\\s+(?:" + DATE + "\\s+)?Received\\s*:\\s*(?:" + DATE + ")?");
    private static final Pattern PRIORITY =
            Pattern.compile("(?i)\\b(?:Priority|Review\\s+Type)\\s*:\\s*(Standard|Expedited|Regular)\\b");
    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");

    private final String text;

    public HeaderFields(String headerText) {
        this.text = Texts.collapse(headerText);
    }

    /** The five dates of the header; null where the header does not carry one. */
    public LetterDates dates() throws LetterParseException {
        return new LetterDates(dateAssigned(), dateOfInjury(), decisionDate(), urDenialDate(), applicationReceived());
    }

    public CaseNumber caseNumber() {
        Matcher m = CASE_NUMBER.matcher(text);
        return m.find() ? CaseNumber.of(m.group(1)) : null;
    }

    public LocalDate dateAssigned() throws LetterParseException {
        return date(DATE_ASSIGNED, "Date Assigned");
    }

    public LocalDate dateOfInjury() throws LetterParseException {
        return date(DATE_OF_INJURY, "Date of Injury");
    }

    public LocalDate decisionDate() throws LetterParseException {
        return date(DECISION_DATE, "Decision Date");
    }

    public LocalDate urDenialDate() throws LetterParseException {
        return date(UR_DENIAL_DATE, "UR Denial Date");
    }

    public LocalDate applicationReceived() throws LetterParseException {
        Matcher m = APPLICATION_RECEIVED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        return value == null ? null : parseDate(value, "Application Received");
    }

    public Priority priority() {
        Matcher m = PRIORITY.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1).equalsIgnoreCase("Regular") ? Priority.STANDARD : Priority.fromLabel(m.group(1));
    }

    private LocalDate date(Pattern p, String label) throws LetterParseException {
        Matcher m = p.matcher(text);
        return m.find() ? parseDate(m.group(1), label) : null;
    }

    /** A US date as letters print it: 12/07/2016, 9/26/2013, 9/26/13. */
    public static LocalDate parseDate(String value, String what) throws LetterParseException {
        Matcher m = DATE_PARTS.matcher(value.strip());
        if (!m.matches()) {
            throw new LetterParseException(what + " is not a date: " + value);
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000;
        } else if (m.group(3).length() == 3) {
            throw new LetterParseException(what + " is not a date: " + value);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new LetterParseException(what + " is not a valid date: " + value);
        }
    }
}
