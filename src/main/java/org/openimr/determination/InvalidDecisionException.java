package org.openimr.determination;

import java.util.Map;
import java.util.stream.Collectors;

/** A reviewer's decision that cannot be recorded as given: one message per field ("outcome", "rationale", ...). */
public class InvalidDecisionException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidDecisionException(int item, Map<String, String> problems) {
        super("Item " + (item + 1) + " is not decided: " + problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    /** Field name to message. */
    public Map<String, String> problems() {
        return problems;
    }
}
