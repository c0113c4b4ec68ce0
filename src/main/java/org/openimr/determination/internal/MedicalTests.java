package org.openimr.determination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openimr.guidelines.RequestKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The diagnostic tests no MTUS or fallback guideline addresses ({@value #RESOURCE}), by test group: the words of a
 * request that name the test and the record words that give it a clinical indication. The rule that decides them is
 * the engine's reading of Labor Code 4610.5(c)(2)(E) (guidelines {@code generally-accepted-standards.yaml}); these
 * words are its data.
 */
public final class MedicalTests {

    public static final String RESOURCE = "determination/medical-tests.yaml";

    /** What the vocabulary fact of a group's indication is called: its modality code with this suffix. */
    private static final String INDICATION = "_indication";

    /** How many of a group's indications a rationale names as the words looked for. */
    private static final int WORDS_NAMED = 8;

    /** One test group. */
    public record TestGroup(String modality, String system, String section, RequestKind kind, String subcategory,
            List<String> requestWords, List<String> none, List<String> indications) {

        /** The vocabulary fact a documented indication of this test is. */
        public String indicationFact() {
            return modality + INDICATION;
        }

        /**
         * The indication in words, for a rationale and the documentation that would change the answer: "a symptom,
         * finding, diagnosis or monitored medicine of the heart and circulation (such as chest pain, palpitations...)".
         */
        public String describeIndication() {
            return "a symptom, finding, diagnosis or monitored medicine of " + system + " that the test would answer"
                    + " (looked for: " + String.join(", ", indications.subList(0,
                            Math.min(WORDS_NAMED, indications.size()))) + (indications.size() > WORDS_NAMED
                            ? "...)" : ")");
        }
    }

    private static final MedicalTests STANDARD = read(RESOURCE);

    private final List<TestGroup> groups;

    private MedicalTests(List<TestGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public static MedicalTests standard() {
        return STANDARD;
    }

    /** The groups in file order: the first whose words a request names classifies it. */
    public List<TestGroup> groups() {
        return groups;
    }

    /** The group whose indication is this vocabulary fact, if any. */
    public Optional<TestGroup> byIndicationFact(String fact) {
        return groups.stream().filter(g -> g.indicationFact().equals(fact)).findFirst();
    }

    /** Reads a tests file from the class path; every failure names the file, the group and the reason. */
    public static MedicalTests read(String resource) {
        try (InputStream in = MedicalTests.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("medical tests not found on the class path: " + resource);
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("tests") instanceof List<?> list)) {
                throw new IllegalStateException(resource + ": expected a top-level 'tests' list");
            }
            Map<String, List<String>> conditions = conditions(map.get("conditions"), resource);
            List<TestGroup> groups = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> g) || g.get("modality") == null) {
                    throw new IllegalStateException(resource + ": every test group is a mapping with a 'modality'");
                }
                String modality = g.get("modality").toString().strip();
                String where = resource + ": test group '" + modality + "'";
                Set<Object> known = Set.of("modality", "system", "section", "kind", "subcategory", "requestWords",
                        "none", "indications", "conditions");
                for (Object key : g.keySet()) {
                    if (!known.contains(key)) {
                        throw new IllegalStateException(where + ": unknown key '" + key + "'; known: " + known);
                    }
                }
                if (!seen.add(modality)) {
                    throw new IllegalStateException(where + " appears twice");
                }
                RequestKind kind;
                try {
                    kind = RequestKind.valueOf(text(g, "kind", where).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ": unknown kind '" + g.get("kind") + "'", e);
                }
                List<String> words = strings(g, "requestWords", where);
                Set<String> indications = new LinkedHashSet<>(strings(g, "indications", where));
                for (String condition : strings(g, "conditions", where)) {
                    List<String> implied = conditions.get(condition);
                    if (implied == null) {
                        throw new IllegalStateException(where + ": unknown condition '" + condition + "'; known: "
                                + conditions.keySet());
                    }
                    indications.addAll(implied);
                }
                if (words.isEmpty() || indications.isEmpty()) {
                    throw new IllegalStateException(where + ": needs 'requestWords' and 'indications'");
                }
                groups.add(new TestGroup(modality, text(g, "system", where), text(g, "section", where), kind,
                        text(g, "subcategory", where), words, strings(g, "none", where), List.copyOf(indications)));
            }
            return new MedicalTests(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** The shared word sets by condition name: the words, abbreviations and medicines that document it. */
    private static Map<String, List<String>> conditions(Object value, String resource) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(resource + ": 'conditions' must map a condition name to its words");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Object name : map.keySet()) {
            List<String> words = strings(map, name.toString(), resource + ": condition '" + name + "'");
            if (words.isEmpty()) {
                throw new IllegalStateException(resource + ": condition '" + name + "' has no words");
            }
            out.put(name.toString(), words);
        }
        return out;
    }

    private static String text(Map<?, ?> g, String key, String where) {
        Object v = g.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalStateException(where + " has no '" + key + "'");
        }
        return v.toString().strip().replaceAll("\\s+", " ");
    }

    /** A list of strings, each with its runs of white space folded (YAML folded scalars keep line breaks). */
    private static List<String> strings(Map<?, ?> g, String key, String where) {
        return CategoryRules.strings(g, key, where).stream().map(t -> t.strip().replaceAll("\\s+", " ")).toList();
    }
}
