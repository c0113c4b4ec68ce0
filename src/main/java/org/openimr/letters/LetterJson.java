package org.openimr.letters;

import java.time.LocalDate;
import java.util.List;

import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stable JSON form of a parsed letter, one object per letter: the lines {@code openimr letters parse} prints and
 * the schema docs/letter-schema.md describes. Field names are camelCase; every field is always present, null (or an
 * empty list) where the letter does not state it; dates are ISO (2016-12-07); enums are upper case (UPHELD,
 * HEADER_2016); pages are strings ("98-99", "46"). Characters outside ASCII are written as \\u escapes, so a line is
 * the same bytes whatever the console's encoding.
 */
public final class LetterJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private LetterJson() {
    }

    /** The letter as one line of JSON (no line break inside). */
    public static String toJsonLine(String source, FinalDeterminationLetter letter) {
        return MAPPER.writeValueAsString(toJson(source, letter));
    }

    /** The letter as a JSON tree, fields in schema order. */
    public static ObjectNode toJson(String source, FinalDeterminationLetter letter) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", source);
        root.put("layout", letter.layout().name());
        root.put("caseNumber", letter.caseNumber() == null ? null : letter.caseNumber().value());
        LetterDates d = letter.dates();
        putDate(root, "dateAssigned", d.dateAssigned());
        putDate(root, "dateOfInjury", d.dateOfInjury());
        putDate(root, "decisionDate", d.decisionDate());
        putDate(root, "urDenialDate", d.urDenialDate());
        putDate(root, "applicationReceived", d.applicationReceived());
        root.put("priority", letter.priority() == null ? null : letter.priority().name());
        ObjectNode reviewer = root.putObject("reviewer");
        strings(reviewer.putArray("licensureStates"), letter.reviewer().licensureStates());
        strings(reviewer.putArray("certifications"), letter.reviewer().certifications());
        strings(reviewer.putArray("subspecialties"), letter.reviewer().subspecialties());
        reviewer.put("qualifications", letter.reviewer().qualifications());
        ObjectNode patient = root.putObject("patient");
        patient.put("age", letter.patient().age());
        patient.put("sex", letter.patient().sex() == null ? null : letter.patient().sex().name());
        root.put("clinicalCaseSummary", letter.clinicalCaseSummary());
        ArrayNode documents = root.putArray("documentsReviewed");
        for (DocumentReviewed doc : letter.documentsReviewed()) {
            // the entry as the letter prints it: an entry read into description, author and date keeps all three
            documents.add(LetterContent.documentEntry(doc));
        }
        ArrayNode items = root.putArray("items");
        for (ItemDetermination item : letter.items()) {
            ObjectNode i = items.addObject();
            i.put("request", item.request().text());
            i.put("originalRequest", item.request().modification().map(m -> m.originalRequest()).orElse(null));
            i.put("authorized", item.request().modification().map(m -> m.authorized()).orElse(null));
            i.put("outcome", item.outcome().name());
            citation(i, "claimsAdministratorGuideline", item.claimsAdministratorGuideline());
            citation(i, "reviewerGuideline", item.reviewerGuideline());
            i.put("rationale", item.rationale());
        }
        return root;
    }

    private static void citation(ObjectNode parent, String name, GuidelineCitation c) {
        if (c == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode o = parent.putObject(name);
        o.put("basis", c.basis().name());
        o.put("guideline", c.guideline());
        o.put("edition", c.edition());
        strings(o.putArray("sections"), c.sections());
        ArrayNode pages = o.putArray("pages");
        for (PageRange p : c.pages()) {
            pages.add(p.toString());
        }
        strings(o.putArray("otherSources"), c.otherSources());
        o.put("text", c.text());
    }

    private static void putDate(ObjectNode node, String name, LocalDate date) {
        node.put(name, date == null ? null : date.toString());
    }

    private static void strings(ArrayNode array, List<String> values) {
        for (String v : values) {
            array.add(v);
        }
    }
}
