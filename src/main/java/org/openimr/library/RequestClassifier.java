package org.openimr.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Classifies a disputed request into the DWC request categories. The rules are data
 * ({@value #RULES}): an ordered list, the first rule that matches decides. Nothing matching gives
 * {@link RequestCategory#UNCLASSIFIED}.
 */
@Component
public final class RequestClassifier {

    static final String RULES = "library/request-categories.yaml";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

    private final List<Rule> rules;

    /** The classifier with the rules of {@value #RULES} on the class path. */
    public RequestClassifier() {
        this(loadRules(RULES));
    }

    RequestClassifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The category of a request text, e.g. "MRI of the lumbar spine" → Diagnostic Testing / Imaging. */
    public RequestCategory classify(String request) {
        return explain(request).category();
    }

    /** The category of a request and the id of the rule that decided it (null when unclassified). */
    public Classification explain(String request) {
        String text = request == null ? "" : request.strip().replaceAll("\\s+", " ");
        for (Rule rule : rules) {
            if (rule.matches(text)) {
                return new Classification(rule.category(), rule.id());
            }
        }
        return new Classification(RequestCategory.UNCLASSIFIED, null);
    }

    /** Every category a rule can give, in rule order, without repeats. */
    public List<RequestCategory> categories() {
        return rules.stream().map(Rule::category).distinct().toList();
    }

    /** A request's category and the rule that gave it. */
    public record Classification(RequestCategory category, String ruleId) {
    }

    /**
     * One rule: matches when one of {@code any} is found, all of {@code all}, and none of {@code none}.
     * An empty {@code any} means the rule needs only {@code all}.
     */
    record Rule(String id, RequestCategory category, List<Pattern> any, List<Pattern> all, List<Pattern> none) {

        boolean matches(String text) {
            return (any.isEmpty() || any.stream().anyMatch(p -> p.matcher(text).find()))
                    && all.stream().allMatch(p -> p.matcher(text).find())
                    && none.stream().noneMatch(p -> p.matcher(text).find());
        }
    }

    static List<Rule> loadRules(String resource) {
        try (InputStream in = RequestClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("request category rules not found on the class path: " + resource);
            }
            return parseRules(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    static List<Rule> parseRules(InputStream yaml, String where) {
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
            Set<Object> known = Set.of("id", "category", "subcategory", "any", "all", "none", "drugs");
            for (Object key : r.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(context + ": unknown key '" + key + "'; known: " + known);
                }
            }
            RequestCategory category = new RequestCategory(string(r, "category", context),
                    r.get("subcategory") == null ? null : r.get("subcategory").toString());
            List<Pattern> any = new ArrayList<>(patterns(r, "any", context));
            List<String> drugs = strings(r, "drugs", context);
            if (!drugs.isEmpty()) {
                any.add(drugNames(drugs));
            }
            List<Pattern> all = patterns(r, "all", context);
            if (any.isEmpty() && all.isEmpty()) {
                throw new IllegalArgumentException(context + ": needs 'any', 'drugs' or 'all'");
            }
            rules.add(new Rule(id, category, List.copyOf(any), all, patterns(r, "none", context)));
        }
        return rules;
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
