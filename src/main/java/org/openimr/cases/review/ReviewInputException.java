package org.openimr.cases.review;

import java.util.Map;
import java.util.stream.Collectors;

/** Input the review cannot take as given (HTTP 400): one message per form field. Nothing was stored. */
public class ReviewInputException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public ReviewInputException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
