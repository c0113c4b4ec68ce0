package org.openimr.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.openimr.letters.DisputedRequest.UrModification;

/**
 * What the HTML and the plain-text renderings print, worded once: header fields, the item header of a disputed
 * request, a documents-reviewed entry, paragraphs of free text.
 */
final class LetterContent {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    /** Between the description, the author and the date of a documents-reviewed entry. */
    static final String DOCUMENT_SEPARATOR = " \u2014 ";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    /** A labelled value of the header or parties block; {@code iso} is the machine-readable date, if a date. */
    record Field(String label, String value, String iso) {
    }

    private LetterContent() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String title(FinalDeterminationLetter letter) {
        return letter.caseNumber() == null ? LetterWording.TITLE
                : LetterWording.TITLE + ", case " + letter.caseNumber().value();
    }

    /** The header block in rows of one or two fields: case number; assigned/injury; decision/UR denial; priority/application. */
    static List<List<Field>> headerRows(FinalDeterminationLetter letter) {
        LetterDates d = letter.dates();
        List<List<Field>> rows = new ArrayList<>();
        addRow(rows, letter.caseNumber() == null ? null : new Field("Case Number:", letter.caseNumber().value(), null));
        addRow(rows, dateField("Date Assigned:", d.dateAssigned()), dateField("Date of Injury:", d.dateOfInjury()));
        addRow(rows, dateField("Decision Date:", d.decisionDate()), dateField("UR Denial Date:", d.urDenialDate()));
        addRow(rows, letter.priority() == null ? null : new Field("Priority:", letter.priority().label(), null),
                dateField("Application Received:", d.applicationReceived()));
        return rows;
    }

    /** The parties of an addressed letter, one field per row (the address takes two lines). */
    static List<Field> partiesFields(LetterParties p) {
        List<String> address = p.employeeAddress().lines();
        List<Field> fields = new ArrayList<>(List.of(
                new Field("Employee:", p.employee().full(), null),
                new Field("Address:", String.join("\n", address), null),
                dateField("Date of Birth:", p.employeeDateOfBirth()),
                new Field("Claim Number:", p.claimNumber().value(), null),
                new Field("Employer:", p.employer(), null),
                new Field("Claims Administrator:", p.claimsAdministrator(), null),
                new Field("Requesting Physician:", p.requestingPhysician().full(), null)));
        p.representative().ifPresent(r -> fields.add(new Field("Employee's Representative:",
                r.addressee() + "\n" + String.join("\n", r.address().lines()), null)));
        return List.copyOf(fields);
    }

    private static Field dateField(String label, LocalDate date) {
        return date == null ? null : new Field(label, date(date), date.toString());
    }

    private static void addRow(List<List<Field>> rows, Field... fields) {
        List<Field> row = new ArrayList<>(2);
        for (Field f : fields) {
            if (f != null) {
                row.add(f);
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
    }

    /**
     * The item header before ": Upheld". A request UR modified is told in full: "X was the original request. The
     * Claims Administrator authorized Y. The remaining IMR eligible portion of the original request, Z is"; where the
     * whole original request stays disputed, "... authorized Y, leaving the original request IMR eligible. The
     * original request, X is".
     */
    static String requestHeader(DisputedRequest request) {
        if (request.modification().isEmpty()) {
            return collapse(request.text());
        }
        UrModification m = request.modification().get();
        String original = collapse(m.originalRequest());
        String authorized = collapse(m.authorized());
        String disputed = collapse(request.text());
        if (disputed.equals(original)) {
            return original + " was the original request. The Claims Administrator authorized " + authorized
                    + ", leaving the original request IMR eligible. The original request, " + original + " is";
        }
        return original + " was the original request. The Claims Administrator authorized " + authorized
                + ". The remaining IMR eligible portion of the original request, " + disputed + " is";
    }

    /** "Progress report — José Núñez, MD — 10/31/2016"; a part the entry lacks is left out. */
    static String documentEntry(DocumentReviewed document) {
        String entry = documentWithoutDate(document);
        return document.date() == null ? entry : entry + DOCUMENT_SEPARATOR + date(document.date());
    }

    /** "Progress report — José Núñez, MD": the entry up to its date. */
    static String documentWithoutDate(DocumentReviewed document) {
        String description = collapse(document.description());
        return document.author() == null ? description
                : description + DOCUMENT_SEPARATOR + collapse(document.author());
    }

    /** The paragraphs of free text: split at blank lines, white space collapsed, empty ones dropped. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String p : BLANK_LINE.split(text.replace("\r\n", "\n"))) {
            String c = collapse(p);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static String collapse(String s) {
        return WHITE.matcher(s).replaceAll(" ").strip();
    }
}
