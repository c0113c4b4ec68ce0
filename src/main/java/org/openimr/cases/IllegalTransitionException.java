package org.openimr.cases;

/** An event that cannot happen to a case in its present state, e.g. records received on a withdrawn case. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
