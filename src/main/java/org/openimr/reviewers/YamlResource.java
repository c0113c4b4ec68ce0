package org.openimr.reviewers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A YAML data file of this module, read with SnakeYAML's safe constructor, with a fingerprint of its bytes. */
record YamlResource(String name, Map<String, Object> root, String sha256) {

    static YamlResource classpath(String name) {
        try (InputStream in = YamlResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the class path: " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static YamlResource parse(String name, String text) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + ": expected a mapping at the top");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) map;
        return new YamlResource(name, root, sha256(text));
    }

    /** The first 12 hex digits of the SHA-256 of the text, so an edited file is told apart even at the same version. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw problem("missing '" + key + "' in " + map);
        }
        return String.valueOf(value);
    }

    String optionalString(Map<String, Object> map, String key, String otherwise) {
        Object value = map.get(key);
        return value == null ? otherwise : String.valueOf(value);
    }

    double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Number n)) {
            throw problem("'" + key + "' must be a number, was " + value);
        }
        return n.doubleValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapping(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw problem("'" + key + "' must be a mapping, was " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof List<?>)) {
            throw problem("'" + key + "' must be a list, was " + value);
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMapping(Object value) {
        return (Map<String, Object>) value;
    }

    IllegalArgumentException problem(String message) {
        return new IllegalArgumentException(name + ": " + message);
    }
}
