package org.openimr.library;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openimr.shared.Outcome;

/**
 * A search of the library: words (PostgreSQL web-search syntax: quoted phrases, {@code or}, {@code -word}),
 * facet filters, and the page wanted.
 *
 * @param text    the words searched for; null searches everything
 * @param filters the values chosen per facet (OR within a facet, AND across facets)
 * @param page    the page of results, from 1
 * @param size    results per page
 */
public record DecisionQuery(String text, Map<Facet, Set<String>> filters, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Results beyond this many are not paged to; narrow the search instead. */
    public static final int MAX_RESULTS_PAGED = 10_000;
    static final int MAX_TEXT = 500;
    static final int MAX_VALUES = 50;

    /** The parameters {@link #parse} knows, besides the facets. */
    public static final List<String> PARAMETERS = List.of("q", "page", "size");

    public DecisionQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1, size from 1 to " + MAX_SIZE);
        }
    }

    /** Everything, newest first, first page. */
    public static DecisionQuery all() {
        return new DecisionQuery(null, Map.of(), 1, DEFAULT_SIZE);
    }

    public static DecisionQuery text(String text) {
        return new DecisionQuery(text, Map.of(), 1, DEFAULT_SIZE);
    }

    public DecisionQuery with(Facet facet, String... values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, new LinkedHashSet<>(List.of(values)));
        return new DecisionQuery(text, copy, 1, size);
    }

    public DecisionQuery withPage(int newPage) {
        return new DecisionQuery(text, filters, newPage, size);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /**
     * Reads a search from query parameters ({@code q}, the facet names, {@code page}, {@code size}); a parameter
     * may repeat for several values. Empty values are ignored, as a form submits them.
     *
     * @throws InvalidQueryException naming the parameter and what is wrong with it
     */
    public static DecisionQuery parse(Map<String, List<String>> parameters) {
        String text = null;
        int page = 1;
        int size = DEFAULT_SIZE;
        EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            switch (name) {
                case "q" -> {
                    if (values.size() > 1) {
                        throw new InvalidQueryException(name, "give the search words in one 'q' parameter");
                    }
                    text = values.isEmpty() ? null : values.get(0);
                    if (text != null && text.length() > MAX_TEXT) {
                        throw new InvalidQueryException(name, "the search words are too long: " + text.length()
                                + " characters, at most " + MAX_TEXT);
                    }
                }
                case "page" -> page = number(name, values, 1, 1, MAX_RESULTS_PAGED);
                case "size" -> size = number(name, values, DEFAULT_SIZE, 1, MAX_SIZE);
                default -> {
                    Facet facet = Facet.byParameter(name).orElseThrow(() -> new InvalidQueryException(name,
                            "unknown parameter '" + name + "'; known: " + String.join(", ", known())));
                    if (values.size() > MAX_VALUES) {
                        throw new InvalidQueryException(name, "at most " + MAX_VALUES + " values of '" + name + "'");
                    }
                    Set<String> checked = new LinkedHashSet<>();
                    for (String value : values) {
                        checked.add(checkValue(facet, value));
                    }
                    if (!checked.isEmpty()) {
                        filters.put(facet, checked);
                    }
                }
            }
        }
        if ((long) page * size > MAX_RESULTS_PAGED + size - 1) {
            throw new InvalidQueryException("page", "page " + page + " of " + size + " results reaches beyond the first "
                    + MAX_RESULTS_PAGED + " results; narrow the search with words or filters instead");
        }
        return new DecisionQuery(text, filters, page, size);
    }

    private static List<String> known() {
        List<String> names = new java.util.ArrayList<>(PARAMETERS);
        for (Facet f : Facet.values()) {
            names.add(f.parameter());
        }
        return names;
    }

    private static String checkValue(Facet facet, String value) {
        if (value.length() > 200) {
            throw new InvalidQueryException(facet.parameter(), "a value of '" + facet.parameter()
                    + "' is too long (at most 200 characters)");
        }
        return switch (facet) {
            case OUTCOME -> {
                try {
                    yield Outcome.valueOf(value.toUpperCase(Locale.ROOT)).name();
                } catch (IllegalArgumentException e) {
                    throw new InvalidQueryException(facet.parameter(), "outcome must be UPHELD or OVERTURNED, not '"
                            + value + "'");
                }
            }
            case YEAR -> {
                if (!value.matches("(19|20)\\d\\d")) {
                    throw new InvalidQueryException(facet.parameter(), "year must be a four-digit year such as 2017, not '"
                            + value + "'");
                }
                yield value;
            }
            default -> value;
        };
    }

    private static int number(String name, List<String> values, int absent, int min, int max) {
        if (values.isEmpty()) {
            return absent;
        }
        if (values.size() > 1) {
            throw new InvalidQueryException(name, "give '" + name + "' once");
        }
        String value = values.get(0);
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQueryException(name, "'" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    /** The query as URL parameters, e.g. for links to other pages of the same search ({@code page} left out). */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (text != null) {
            parameters.put("q", List.of(text));
        }
        filters.forEach((facet, values) -> parameters.put(facet.parameter(), List.copyOf(values)));
        if (size != DEFAULT_SIZE) {
            parameters.put("size", List.of(Integer.toString(size)));
        }
        return parameters;
    }

    /** The filter values in a stable order, for cache keys and logs. */
    String canonical() {
        StringBuilder sb = new StringBuilder(text == null ? "" : text).append('\u0000');
        filters.forEach((facet, values) -> sb.append(facet).append('=').append(new TreeSet<>(values)).append(';'));
        return sb.toString();
    }
}
