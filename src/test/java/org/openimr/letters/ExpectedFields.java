package org.openimr.letters;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Compares the fields an expected.jsonl line holds with a parsed letter in the schema of {@link LetterJson}: each
 * scalar, or list of scalars, is one field; request texts compare with white space collapsed and case ignored.
 */
final class ExpectedFields {

    private final Set<String> textFields;
    int fields;
    int exact;
    final List<String> mismatches = new ArrayList<>();

    /** @param textFields field names compared like requests (white space collapsed, case ignored) */
    ExpectedFields(Set<String> textFields) {
        this.textFields = textFields;
    }

    void compare(String source, JsonNode expected, JsonNode actual) {
        compare(source, "", expected, actual);
    }

    private void compare(String source, String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> f : expected.properties()) {
                if (f.getKey().equals("source")) {
                    continue;
                }
                compare(source, path + "/" + f.getKey(), f.getValue(), actual == null ? null : actual.get(f.getKey()));
            }
        } else if (expected.isArray() && !expected.isEmpty() && expected.get(0).isObject()) {
            if (actual == null || actual.size() != expected.size()) {
                mismatches.add(source + path + ": " + expected.size() + " entries expected, "
                        + (actual == null ? 0 : actual.size()) + " parsed");
            }
            Iterator<JsonNode> it = expected.iterator();
            for (int i = 0; it.hasNext(); i++) {
                compare(source, path + "/" + i, it.next(), actual == null ? null : actual.get(i));
            }
        } else {
            fields++;
            String name = path.substring(path.lastIndexOf('/') + 1);
            JsonNode a = actual == null ? NullNode.getInstance() : actual;
            boolean same = textFields.contains(name) && expected.isString() && a.isString()
                    ? normal(expected.asString()).equals(normal(a.asString()))
                    : expected.equals(a);
            if (same) {
                exact++;
            } else {
                mismatches.add(source + path + ": expected " + expected + ", parsed " + a);
            }
        }
    }

    static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    double percent() {
        return fields == 0 ? 100.0 : 100.0 * exact / fields;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d / %d (%.2f%%)", exact, fields, percent());
    }
}
