package org.openimr.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every problem found in a piece of input, each with the path of its field ("employee.dateOfBirth",
 * "disputedItems[2].diagnosis.icd10") and a plain-language message. Validation collects them all rather than stopping
 * at the first, so one request for information can ask for everything at once.
 */
public final class ValidationProblems {

    /** One problem: the field it is about and what is wrong with it. */
    public record Problem(String field, String message) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private static final ValidationProblems NONE = new ValidationProblems(List.of());

    private final List<Problem> problems;

    private ValidationProblems(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    public static ValidationProblems none() {
        return NONE;
    }

    public static ValidationProblems of(List<Problem> problems) {
        return problems.isEmpty() ? NONE : new ValidationProblems(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** All problems, in the order the form lists its fields. */
    public List<Problem> all() {
        return problems;
    }

    /** The problems of one field. */
    public List<Problem> of(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** The paths of the fields that have a problem, each once. */
    public List<String> fields() {
        return problems.stream().map(Problem::field).distinct().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationProblems other && problems.equals(other.problems);
    }

    @Override
    public int hashCode() {
        return problems.hashCode();
    }

    @Override
    public String toString() {
        return problems.isEmpty() ? "no problems"
                : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Collects problems while a form is checked. */
    static final class Collector {
        private final List<Problem> found = new ArrayList<>();

        void add(String field, String message) {
            found.add(new Problem(field, message));
        }

        /** Records "is missing" and returns false when the text is null or blank. */
        boolean required(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "is missing");
                return false;
            }
            return true;
        }

        /** Records "is missing" and returns false when the value is null. */
        boolean required(String field, Object value) {
            if (value == null) {
                add(field, "is missing");
                return false;
            }
            return true;
        }

        ValidationProblems problems() {
            return ValidationProblems.of(found);
        }
    }
}
