package org.openimr.determination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.openimr.guidelines.RequestKind;
import org.openimr.shared.RequestCategory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The classification rules of {@value #RESOURCE}: an ordered list, the first rule that matches a request decides its
 * DWC category and the guidelines' request kind; and the modality patterns. Every failure to load names the rule and
 * the reason.
 */
public final class CategoryRules {

    public static final String RESOURCE = "determination/request-categories.yaml";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

    /** One rule: matches when one of {@code any} (or a drug class) is found, all of {@code all}, none of {@code none}. */
    public record Rule(String id, RequestCategory category, Optional<RequestKind> kind, Optional<String> modality,
            List<Pattern> any, Set<String> drugClasses, List<Pattern> all, List<Pattern> none) {

        public boolean matches(String text, Collection<String> requestDrugClasses) {
            boolean anyFound = (any.isEmpty() && drugClasses.isEmpty())
                    || any.stream().anyMatch(p -> p.matcher(text).find())
                    || requestDrugClasses.stream().anyMatch(drugClasses::contains);
            return anyFound && all.stream().allMatch(p -> p.matcher(text).find())
                    && none.stream().noneMatch(p -> p.matcher(text).find());
        }
    }

    /** A modality code and the patterns that name it. */
    public record ModalityPattern(String code, List<Pattern> any) {
        public boolean matches(String text) {
            return any.stream().anyMatch(p -> p.matcher(text).find());
        }
    }

    /**
     * The words of the file's {@code injections} section: what makes a request an injection procedure, whose drugs are
     * its injectate, and what makes a drug request one given by injection.
     */
    public record InjectionWords(List<Pattern> procedure, List<Pattern> route, List<Pattern> systemic,
            List<Pattern> site, List<Pattern> purpose, Set<String> keep) {

        static final InjectionWords NONE = new InjectionWords(List.of(), List.of(), List.of(), List.of(), List.of(),
                Set.of());

        /**
         * A body part named after these words ({@code purpose}: "for low back pain") is the complaint the drug is
         * for, not a site it is injected into.
         */
        public boolean namesSiteAfter(String textBefore) {
            return !found(purpose, textBefore);
        }

        /** The text gives a drug by injection: "injection", "IM", "intramuscular"... */
        public boolean namesRoute(String text) {
            return found(route, text);
        }

        /**
         * The text names an injection procedure: a procedure word ("TPI", "ESI", "block"), or an injection into a
         * site (a site word, or a body part the case file read) that is not into a muscle or vein.
         */
        public boolean namesProcedure(String text, boolean bodyPartNamed) {
            return found(procedure, text)
                    || namesRoute(text) && (bodyPartNamed || found(site, text)) && !found(systemic, text);
        }

        private static boolean found(List<Pattern> patterns, String text) {
            return patterns.stream().anyMatch(p -> p.matcher(text).find());
        }
    }

    /**
     * The words of the file's {@code servicesAboutDrugs} section: a service ("urine drug test", "consult", "detox")
     * named before any drug is what a request asks for, the drug only what the service is about; unless the drug is
     * named with a strength or count of its own ({@code dosed}: "urine drug screen and Norco 10/325 #90"), which makes
     * it a request of its own.
     */
    public record ServiceWords(List<Pattern> service, List<Pattern> dosed) {

        static final ServiceWords NONE = new ServiceWords(List.of(), List.of());

        /** One of the service words is found in the text before {@code end}, and the drug there is not dosed. */
        public boolean namedBefore(String text, int end) {
            int at = Math.max(0, Math.min(end, text.length()));
            String before = text.substring(0, at);
            String after = text.substring(at);
            return service.stream().anyMatch(p -> p.matcher(before).find())
                    && dosed.stream().noneMatch(p -> p.matcher(after).find());
        }
    }

    /** The category whose rules do not decide an injection procedure: the drugs it names are what is injected. */
    private static final String PHARMACEUTICALS = "Pharmaceuticals";

    private final List<Rule> rules;
    private final List<ModalityPattern> modalities;
    private final OperationNames operations;
    private final InjectionWords injections;
    private final ServiceWords servicesAboutDrugs;

    private CategoryRules(List<Rule> rules, List<ModalityPattern> modalities, OperationNames operations,
            InjectionWords injections, ServiceWords servicesAboutDrugs) {
        this.rules = List.copyOf(rules);
        this.modalities = List.copyOf(modalities);
        this.operations = operations;
        this.injections = injections;
        this.servicesAboutDrugs = servicesAboutDrugs;
    }

    public static CategoryRules standard() {
        try (InputStream in = CategoryRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("request category rules not found on the class path: " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<ModalityPattern> modalities() {
        return modalities;
    }

    /** The operations a request can name (codes of the vocabulary's surgeries), in order: the first match counts. */
    public OperationNames operations() {
        return operations;
    }

    public InjectionWords injections() {
        return injections;
    }

    public ServiceWords servicesAboutDrugs() {
        return servicesAboutDrugs;
    }

    /**
     * Where the first word a drug's rule matches (a Pharmaceuticals rule's {@code any}: a class word, a drug name, a
     * strength, "#60") starts in the text; the text's length when there is none.
     */
    public int firstDrugWord(String text) {
        int first = text.length();
        for (Rule r : rules) {
            if (isDrugRule(r)) {
                for (Pattern p : r.any()) {
                    Matcher m = p.matcher(text);
                    if (m.find()) {
                        first = Math.min(first, m.start());
                    }
                }
            }
        }
        return first;
    }

    private static boolean isDrugRule(Rule r) {
        return r.category().category().equals(PHARMACEUTICALS);
    }

    /** The first rule that matches, if any. */
    public Optional<Rule> classify(String text, Collection<String> requestDrugClasses) {
        return classify(text, requestDrugClasses, false);
    }

    /**
     * The first rule that matches, if any; for an injection procedure, the first that is not a drug's rule (but for
     * those the {@code injections} section keeps), since the drugs it names are what is injected.
     */
    public Optional<Rule> classify(String text, Collection<String> requestDrugClasses, boolean injectionProcedure) {
        return classify(text, requestDrugClasses, injectionProcedure, false);
    }

    /**
     * The first rule that matches, if any, as {@link #classify(String, Collection, boolean)}; for a service about a
     * drug ({@code aboutADrug}: "urine drug test to monitor Norco"), the first that is not a drug's rule at all.
     */
    public Optional<Rule> classify(String text, Collection<String> requestDrugClasses, boolean injectionProcedure,
            boolean aboutADrug) {
        return rules.stream()
                .filter(r -> !isDrugRule(r) || !aboutADrug && (!injectionProcedure || injections.keep().contains(r.id())))
                .filter(r -> r.matches(text, requestDrugClasses)).findFirst();
    }

    public static CategoryRules parse(InputStream yaml, String where) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected a top-level 'rules' list");
        }
        List<Rule> rules = new ArrayList<>();
        List<ModalityPattern> modalities = new ArrayList<>(codePatterns(map, "modalities", where));
        Set<String> ids = new HashSet<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> r)) {
                throw new IllegalArgumentException(where + ": every rule must be a mapping, found " + entry);
            }
            String id = string(r, "id", where + ": a rule");
            String context = where + ": rule '" + id + "'";
            if (!ids.add(id)) {
                throw new IllegalArgumentException(context + " appears twice");
            }
            if (r.get("include") != null) {
                if (r.size() != 2) {
                    throw new IllegalArgumentException(context + ": a rule with 'include' has only 'id' and 'include'");
                }
                includeTests(MedicalTests.read(r.get("include").toString()), id, rules, modalities, ids);
                continue;
            }
            Set<Object> known = Set.of("id", "category", "subcategory", "kind", "modality", "any", "all", "none",
                    "drugs", "drugClasses");
            for (Object key : r.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(context + ": unknown key '" + key + "'; known: " + known);
                }
            }
            RequestCategory category = new RequestCategory(string(r, "category", context),
                    r.get("subcategory") == null ? null : r.get("subcategory").toString());
            Optional<RequestKind> kind = Optional.empty();
            if (r.get("kind") != null) {
                try {
                    kind = Optional.of(RequestKind.valueOf(r.get("kind").toString().strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(context + ": unknown kind '" + r.get("kind") + "'", e);
                }
            }
            List<Pattern> any = new ArrayList<>(patterns(r, "any", context));
            List<String> drugs = strings(r, "drugs", context);
            if (!drugs.isEmpty()) {
                any.add(drugNames(drugs));
            }
            Set<String> drugClasses = new LinkedHashSet<>(strings(r, "drugClasses", context));
            List<Pattern> all = patterns(r, "all", context);
            if (any.isEmpty() && all.isEmpty() && drugClasses.isEmpty()) {
                throw new IllegalArgumentException(context + ": needs 'any', 'drugs', 'drugClasses' or 'all'");
            }
            rules.add(new Rule(id, category, kind, Optional.ofNullable(r.get("modality")).map(Object::toString),
                    List.copyOf(any), Set.copyOf(drugClasses), all, patterns(r, "none", context)));
        }
        return new CategoryRules(rules, modalities, operationNames(map, where), injectionWords(map, where, ids),
                serviceWords(map, where));
    }

    /**
     * The rules and modality patterns of the diagnostic tests file, in its order, where the including rule stands: a
     * request naming a test is Diagnostic Testing of the test's kind and modality.
     */
    private static void includeTests(MedicalTests tests, String id, List<Rule> rules, List<ModalityPattern> modalities,
            Set<String> ids) {
        for (MedicalTests.TestGroup g : tests.groups()) {
            String context = MedicalTests.RESOURCE + ": test group '" + g.modality() + "'";
            List<Pattern> words = compile(g.requestWords(), "requestWords", context);
            String ruleId = id + "." + g.modality();
            if (!ids.add(ruleId)) {
                throw new IllegalArgumentException(context + ": rule '" + ruleId + "' appears twice");
            }
            rules.add(new Rule(ruleId, new RequestCategory(DIAGNOSTIC_TESTING, g.subcategory()), Optional.of(g.kind()),
                    Optional.of(g.modality()), words, Set.of(), List.of(), compile(g.none(), "none", context)));
            modalities.add(new ModalityPattern(g.modality(), words));
        }
    }

    private static final String DIAGNOSTIC_TESTING = "Diagnostic Testing";

    private static InjectionWords injectionWords(Map<?, ?> map, String where, Set<String> ruleIds) {
        Object section = map.get("injections");
        if (section == null) {
            return InjectionWords.NONE;
        }
        if (!(section instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": 'injections' must be a mapping");
        }
        String context = where + ": injections";
        Set<Object> known = Set.of("procedure", "route", "systemic", "site", "purpose", "keep");
        for (Object key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(context + ": unknown key '" + key + "'; known: " + known);
            }
        }
        Set<String> keep = new LinkedHashSet<>(strings(m, "keep", context));
        for (String id : keep) {
            if (!ruleIds.contains(id)) {
                throw new IllegalArgumentException(context + ": 'keep' names no rule '" + id + "'");
            }
        }
        return new InjectionWords(patterns(m, "procedure", context), patterns(m, "route", context),
                patterns(m, "systemic", context), patterns(m, "site", context), patterns(m, "purpose", context),
                Set.copyOf(keep));
    }

    private static ServiceWords serviceWords(Map<?, ?> map, String where) {
        Object section = map.get("servicesAboutDrugs");
        if (section == null) {
            return ServiceWords.NONE;
        }
        if (!(section instanceof Map<?, ?> m)
                || m.keySet().stream().anyMatch(k -> !"service".equals(k) && !"dosed".equals(k))) {
            throw new IllegalArgumentException(where + ": 'servicesAboutDrugs' must be a mapping of 'service' and 'dosed'");
        }
        return new ServiceWords(patterns(m, "service", where + ": servicesAboutDrugs"),
                patterns(m, "dosed", where + ": servicesAboutDrugs"));
    }

    private static List<ModalityPattern> codePatterns(Map<?, ?> map, String key, String where) {
        List<ModalityPattern> out = new ArrayList<>();
        if (map.get(key) instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException(where + ": every entry of '" + key + "' must be a mapping, found "
                            + entry);
                }
                String code = string(m, "code", where + ": an entry of '" + key + "'");
                out.add(new ModalityPattern(code, patterns(m, "any", where + ": " + key + " '" + code + "'")));
            }
        }
        return out;
    }

    private static OperationNames operationNames(Map<?, ?> map, String where) {
        List<OperationNames.OperationPattern> out = new ArrayList<>();
        if (map.get("surgeries") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException(where + ": every entry of 'surgeries' must be a mapping, found "
                            + entry);
                }
                String code = string(m, "code", where + ": an entry of 'surgeries'");
                out.add(new OperationNames.OperationPattern(code, patterns(m, "any", where + ": surgeries '" + code
                        + "'"), Boolean.TRUE.equals(m.get("namesNoProcedure"))));
            }
        }
        return new OperationNames(out, compile(strings(map, "tentativeProcedures", where), "tentativeProcedures",
                where));
    }

    /** Drug names as one pattern of whole words; a space in a name matches any white space. */
    private static Pattern drugNames(List<String> names) {
        String alternatives = names.stream()
                .map(n -> Pattern.quote(n.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", FLAGS);
    }

    private static List<Pattern> patterns(Map<?, ?> rule, String key, String context) {
        return compile(strings(rule, key, context), key, context);
    }

    private static List<Pattern> compile(List<String> expressions, String key, String context) {
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : expressions) {
            try {
                patterns.add(Pattern.compile(expression, FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(context + ": bad expression in '" + key + "': " + e.getDescription()
                        + " in " + expression, e);
            }
        }
        return List.copyOf(patterns);
    }

    /** The strings of a YAML list under {@code key} (none when absent); a clear error when it is not a list. */
    static List<String> strings(Map<?, ?> rule, String key, String context) {
        Object value = rule.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(context + ": '" + key + "' must be a list");
        }
        return list.stream().map(o -> Objects.toString(o, "")).filter(s -> !s.isBlank()).toList();
    }

    private static String string(Map<?, ?> rule, String key, String context) {
        Object value = rule.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(context + " has no '" + key + "'");
        }
        return value.toString().strip();
    }
}
