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

    private final List<Rule> rules;
    private final List<ModalityPattern> modalities;
    private final List<ModalityPattern> surgeries;

    private CategoryRules(List<Rule> rules, List<ModalityPattern> modalities, List<ModalityPattern> surgeries) {
        this.rules = List.copyOf(rules);
        this.modalities = List.copyOf(modalities);
        this.surgeries = List.copyOf(surgeries);
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
    public List<ModalityPattern> surgeries() {
        return surgeries;
    }

    /** The first rule that matches, if any. */
    public Optional<Rule> classify(String text, Collection<String> requestDrugClasses) {
        return rules.stream().filter(r -> r.matches(text, requestDrugClasses)).findFirst();
    }

    public static CategoryRules parse(InputStream yaml, String where) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected a top-level 'rules' list");
        }
        List<Rule> rules = new ArrayList<>();
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
        return new CategoryRules(rules, codePatterns(map, "modalities", where), codePatterns(map, "surgeries", where));
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

    /** Drug names as one pattern of whole words; a space in a name matches any white space. */
    private static Pattern drugNames(List<String> names) {
        String alternatives = names.stream()
                .map(n -> Pattern.quote(n.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", FLAGS);
    }

    private static List<Pattern> patterns(Map<?, ?> rule, String key, String context) {
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : strings(rule, key, context)) {
            try {
                patterns.add(Pattern.compile(expression, FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(context + ": bad expression in '" + key + "': " + e.getDescription()
                        + " in " + expression, e);
            }
        }
        return List.copyOf(patterns);
    }

    private static List<String> strings(Map<?, ?> rule, String key, String context) {
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
