package org.openimr.guidelines.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.TimeSpan;
import org.openimr.guidelines.Vocabulary;
import org.openimr.guidelines.Vocabulary.Category;

/**
 * Reads a criterion of the predicate vocabulary from YAML ({@code {documented: homebound}},
 * {@code {failedConservativeCare: {atLeast: 4 weeks}}}, ...), checking every code against the vocabulary.
 */
final class CriterionReader {

    private final Vocabulary vocabulary;
    private final Map<String, Function<YamlNode, Criterion>> readers;

    /** A fact a criterion requires absent: the vocabulary must say how to deny it, for the rationale's words. */
    private String deniable(YamlNode n) {
        String fact = code(n, Category.FACTS);
        if (vocabulary.term(Category.FACTS, fact).orElseThrow().negated().isBlank()) {
            throw n.fail("fact '" + fact + "' is required absent here: give it a 'negated' clause in vocabulary.yaml"
                    + " (e.g. negated: radiculopathy is absent)");
        }
        return fact;
    }

    CriterionReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.readers = Map.ofEntries(
                Map.entry("documented", n -> new Criterion.Documented(code(n, Category.FACTS))),
                Map.entry("absent", n -> new Criterion.Absent(deniable(n))),
                Map.entry("allOf", n -> new Criterion.AllOf(many(n))),
                Map.entry("anyOf", n -> new Criterion.AnyOf(many(n))),
                Map.entry("not", n -> new Criterion.Not(read(n))),
                Map.entry("diagnosis", n -> new Criterion.Diagnosis(codes(n, Category.DIAGNOSIS_GROUPS))),
                Map.entry("functionalImprovement", this::functionalImprovement),
                Map.entry("failedConservativeCare", this::failedConservativeCare),
                Map.entry("failedTreatment", this::failedTreatment),
                Map.entry("redFlag", n -> new Criterion.RedFlag(
                        n.isNull() || (n.isList() && n.items().isEmpty()) || (!n.isList() && n.text().equals("any"))
                                ? List.of() : codes(n, Category.RED_FLAGS))),
                Map.entry("neurologicDeficit", n -> {
                    if (n.isNull()) {
                        return new Criterion.NeurologicDeficit(false);
                    }
                    n.onlyKeys("unequivocal");
                    return new Criterion.NeurologicDeficit(n.opt("unequivocal").map(YamlNode::bool).orElse(false));
                }),
                Map.entry("radiculopathyCorroborated", n -> {
                    n.onlyKeys("by");
                    return new Criterion.RadiculopathyCorroborated(codes(n.req("by"), Category.CORROBORATIONS));
                }),
                Map.entry("symptomDuration", n -> {
                    n.onlyKeys("atLeast", "atMost");
                    TimeSpan[] b = bounds(n);
                    return new Criterion.SymptomDuration(b[0], b[1]);
                }),
                Map.entry("timeSince", n -> {
                    n.onlyKeys("event", "atLeast", "atMost");
                    TimeSpan[] b = bounds(n);
                    return new Criterion.TimeSince(code(n.req("event"), Category.EVENTS), b[0], b[1]);
                }),
                Map.entry("age", this::age),
                Map.entry("medAtMost", n -> {
                    BigDecimal mg = n.decimal();
                    if (mg.signum() <= 0) {
                        throw n.fail("medAtMost must be a positive number of mg a day");
                    }
                    return new Criterion.MorphineEquivalentDose(mg);
                }),
                Map.entry("currentlyTaking", n -> {
                    if (!n.isMap()) {
                        return new Criterion.CurrentlyTaking(codes(n, Category.DRUGS, Category.DRUG_CLASSES));
                    }
                    n.onlyKeys("drugs", "otherThanRequested");
                    return new Criterion.CurrentlyTaking(codes(n.req("drugs"), Category.DRUGS, Category.DRUG_CLASSES),
                            n.opt("otherThanRequested").map(YamlNode::bool).orElse(false));
                }),
                Map.entry("opioidMonitoring", n -> new Criterion.OpioidMonitoring(
                        codes(n, Category.MONITORING_DOMAINS))),
                Map.entry("painRelief", this::painRelief),
                Map.entry("priorStudy", n -> {
                    n.onlyKeys("study", "within", "sinceInjury");
                    return new Criterion.PriorStudy(code(n.req("study"), Category.STUDIES),
                            n.opt("within").map(YamlNode::span).orElse(null),
                            n.opt("sinceInjury").map(YamlNode::bool).orElse(false));
                }),
                Map.entry("noIngredientIn", n -> new Criterion.NoIngredientIn(codes(n, Category.INGREDIENTS))),
                Map.entry("successfulTrial", n -> {
                    n.onlyKeys("treatment", "atLeast", "atLeastPercent");
                    return new Criterion.SuccessfulTrial(code(n.req("treatment"), TREATMENT_LIKE),
                            n.opt("atLeast").map(YamlNode::span).orElse(null),
                            n.opt("atLeastPercent").map(YamlNode::integer).orElse(null));
                }));
    }

    private static final Category[] TREATMENT_LIKE = {Category.TREATMENTS, Category.MODALITIES, Category.DRUGS,
        Category.DRUG_CLASSES};

    /** The predicate names this reader knows, sorted. */
    Set<String> predicates() {
        return readers.keySet().stream().sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    List<Criterion> readAll(YamlNode list) {
        return list.items().stream().map(this::read).toList();
    }

    Criterion read(YamlNode n) {
        if (!n.isMap()) {
            throw n.fail("a criterion is a mapping with one predicate, e.g. {documented: homebound}");
        }
        Map<String, YamlNode> e = n.entries();
        if (e.size() != 1) {
            throw n.fail("a criterion names exactly one predicate, found " + e.keySet()
                    + "; combine several with allOf or anyOf");
        }
        Map.Entry<String, YamlNode> only = e.entrySet().iterator().next();
        Function<YamlNode, Criterion> reader = readers.get(only.getKey());
        if (reader == null) {
            throw n.fail("unknown predicate '" + only.getKey() + "'" + suggestion(only.getKey(), readers.keySet())
                    + "; known predicates: " + String.join(", ", predicates()));
        }
        return reader.apply(only.getValue());
    }

    private List<Criterion> many(YamlNode n) {
        List<Criterion> list = readAll(n);
        if (list.size() < 2) {
            throw n.fail("allOf/anyOf needs at least two criteria");
        }
        return list;
    }

    private Criterion functionalImprovement(YamlNode n) {
        if (n.isNull()) {
            return new Criterion.FunctionalImprovement(null);
        }
        n.onlyKeys("from");
        return new Criterion.FunctionalImprovement(n.opt("from").map(f -> code(f, TREATMENT_LIKE)).orElse(null));
    }

    private Criterion failedConservativeCare(YamlNode n) {
        if (n.isNull()) {
            return new Criterion.FailedConservativeCare(null, List.of());
        }
        n.onlyKeys("atLeast", "including");
        return new Criterion.FailedConservativeCare(n.opt("atLeast").map(YamlNode::span).orElse(null),
                n.opt("including").map(i -> codes(i, TREATMENT_LIKE)).orElse(List.of()));
    }

    private Criterion failedTreatment(YamlNode n) {
        n.onlyKeys("anyOf", "allOf");
        boolean any = n.opt("anyOf").isPresent();
        boolean all = n.opt("allOf").isPresent();
        if (any == all) {
            throw n.fail("failedTreatment takes exactly one of anyOf or allOf");
        }
        return new Criterion.FailedTreatment(codes(n.req(all ? "allOf" : "anyOf"), TREATMENT_LIKE), all);
    }

    private Criterion age(YamlNode n) {
        n.onlyKeys("min", "max");
        Integer min = n.opt("min").map(YamlNode::integer).orElse(null);
        Integer max = n.opt("max").map(YamlNode::integer).orElse(null);
        if (min == null && max == null) {
            throw n.fail("age needs min or max");
        }
        if (min != null && max != null && min > max) {
            throw n.fail("age min " + min + " is above max " + max);
        }
        return new Criterion.AgeRange(min, max);
    }

    private Criterion painRelief(YamlNode n) {
        n.onlyKeys("atLeastPercent", "lasting", "withReducedMedication");
        YamlNode pct = n.req("atLeastPercent");
        int percent = pct.integer();
        if (percent < 1 || percent > 100) {
            throw pct.fail("atLeastPercent must be between 1 and 100");
        }
        return new Criterion.PainRelief(percent, n.opt("lasting").map(YamlNode::span).orElse(null),
                n.opt("withReducedMedication").map(YamlNode::bool).orElse(false));
    }

    private static TimeSpan[] bounds(YamlNode n) {
        TimeSpan atLeast = n.opt("atLeast").map(YamlNode::span).orElse(null);
        TimeSpan atMost = n.opt("atMost").map(YamlNode::span).orElse(null);
        if (atLeast == null && atMost == null) {
            throw n.fail("needs atLeast or atMost");
        }
        if (atLeast != null && atMost != null && atLeast.compareTo(atMost) > 0) {
            throw n.fail("atLeast " + atLeast + " is longer than atMost " + atMost);
        }
        return new TimeSpan[] {atLeast, atMost};
    }

    String code(YamlNode n, Category... categories) {
        String code = n.text();
        for (Category c : categories) {
            if (vocabulary.contains(c, code)) {
                return code;
            }
        }
        List<String> known = Stream.of(categories).flatMap(c -> vocabulary.terms(c).keySet().stream()).toList();
        throw n.fail("unknown " + Stream.of(categories).map(CriterionReader::word).collect(Collectors.joining(" or "))
                + " '" + code + "'" + suggestion(code, known) + " (declare it in vocabulary.yaml under "
                + Stream.of(categories).map(CriterionReader::yamlKey).collect(Collectors.joining(" or ")) + ")");
    }

    List<String> codes(YamlNode n, Category... categories) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.itemsOrOne()) {
            out.add(code(item, categories));
        }
        if (out.isEmpty()) {
            throw n.fail("the list is empty");
        }
        return out;
    }

    static String word(Category c) {
        String w = c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                : w.endsWith("sses") ? w.substring(0, w.length() - 2)
                : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    static String yamlKey(Category c) {
        String[] parts = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return s.toString();
    }

    /** ", did you mean 'x'?" for the closest known word within a small edit distance, else "". */
    static String suggestion(String word, java.util.Collection<String> known) {
        return known.stream()
                .map(k -> Map.entry(k, distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(2, word.length() / 4))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> " (did you mean '" + e.getKey() + "'?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
