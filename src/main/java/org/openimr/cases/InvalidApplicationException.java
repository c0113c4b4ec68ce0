package org.openimr.cases;

/** Thrown when an application form with problems is taken as a valid application; carries every problem. */
public class InvalidApplicationException extends IllegalArgumentException {

    private final transient ValidationProblems problems;

    public InvalidApplicationException(ValidationProblems problems) {
        super("the application has " + problems.size() + " problem(s):\n" + problems);
        this.problems = problems;
    }

    public ValidationProblems problems() {
        return problems;
    }
}
