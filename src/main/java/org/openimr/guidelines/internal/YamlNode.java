package org.openimr.guidelines.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openimr.guidelines.GuidelineDataException;
import org.openimr.guidelines.TimeSpan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that knows where it is (file, entry, path, line), so that every error in the guideline data names
 * the file, the entry and the line. Reads the composed node tree of SnakeYAML: values stay text until a reader
 * asks for a type, so "2004" is never silently a number nor 2009-07-18 a java.util.Date.
 */
final class YamlNode {

    private final Node node;
    private final String file;
    private final String entry;
    private final String path;

    private YamlNode(Node node, String file, String entry, String path) {
        this.node = node;
        this.file = file;
        this.entry = entry;
        this.path = path;
    }

    static YamlNode parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new GuidelineDataException(file, "", line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new GuidelineDataException(file, "", 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new GuidelineDataException(file, "", 0, "the file is empty");
        }
        return new YamlNode(root, file, "", "");
    }

    String file() {
        return file;
    }

    String entry() {
        return entry;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The same node, reported as the given entry (e.g. "entry 'cpmtg-2009.physical-medicine'"). */
    YamlNode asEntry(String entryName) {
        return new YamlNode(node, file, entryName, "");
    }

    GuidelineDataException fail(String problem) {
        String where = path.isEmpty() ? "" : path + ": ";
        return new GuidelineDataException(file, entry, line(), where + problem);
    }

    private String kind() {
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a value";
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    private YamlNode child(Node n, String step) {
        String p = path.isEmpty() ? step : step.startsWith("[") ? path + step : path + "." + step;
        return new YamlNode(n, file, entry, p);
    }

    /** The entries of a mapping in file order; duplicate keys are an error. */
    Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode m)) {
            throw fail("expected a mapping (key: value), found " + kind());
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw fail("a key must be a plain word");
            }
            if (out.containsKey(k.getValue())) {
                throw child(t.getKeyNode(), k.getValue()).fail("key '" + k.getValue() + "' appears twice");
            }
            out.put(k.getValue(), child(t.getValueNode(), k.getValue()));
        }
        return out;
    }

    /** Fails on any key not in {@code allowed}: a misspelt key must not be silently ignored. */
    YamlNode onlyKeys(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw e.getValue().fail("unknown key '" + e.getKey() + "'; allowed here: "
                        + new TreeSet<>(Arrays.asList(allowed)).stream().collect(Collectors.joining(", ")));
            }
        }
        return this;
    }

    Optional<YamlNode> opt(String key) {
        YamlNode v = entries().get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    YamlNode req(String key) {
        return opt(key).orElseThrow(() -> fail("missing '" + key + "'"));
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode s)) {
            throw fail("expected a list, found " + kind());
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            out.add(child(s.getValue().get(i), "[" + i + "]"));
        }
        return out;
    }

    /** A list, or a single value read as a list of one. */
    List<YamlNode> itemsOrOne() {
        return isList() ? items() : List.of(this);
    }

    List<String> texts() {
        return itemsOrOne().stream().map(YamlNode::text).toList();
    }

    String text() {
        if (!(node instanceof ScalarNode s)) {
            throw fail("expected a value, found " + kind());
        }
        return s.getValue().strip();
    }

    int integer() {
        try {
            return Integer.parseInt(text());
        } catch (NumberFormatException e) {
            throw fail("expected a whole number, found '" + text() + "'");
        }
    }

    BigDecimal decimal() {
        try {
            return new BigDecimal(text());
        } catch (NumberFormatException e) {
            throw fail("expected a number, found '" + text() + "'");
        }
    }

    boolean bool() {
        return switch (text().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw fail("expected true or false, found '" + text() + "'");
        };
    }

    LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw fail("expected a date like 2016-07-29, found '" + text() + "'");
        }
    }

    TimeSpan span() {
        try {
            return TimeSpan.parse(text());
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String v = text().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw fail("unknown " + readable(type.getSimpleName()) + " '" + text() + "'; known: "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }

    <E extends Enum<E>> List<E> enumValues(Class<E> type) {
        return itemsOrOne().stream().map(n -> n.enumValue(type)).toList();
    }

    private static String readable(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
