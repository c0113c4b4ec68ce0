package org.openimr.casefile.internal;

/** A NegEx/ConText trigger of {@code casefile/context-triggers.tsv}. */
record Trigger(Category category, Direction direction) {

    enum Category {
        NEGATION, DOCUMENTATION_NEGATION, PSEUDO, HISTORICAL, REQUEST, TERMINATION,
        /**
         * A done verb joined to the mention's own verb, with its date ("was approved by UR and performed on
         * 02/10/2016"): the mention was done, whatever authorization or request word stands beside it.
         */
        DONE,
        /** ", and", ", with": one more item of a list, or a new clause when an {@link #AFFIRMING} cue follows. */
        CLAUSE_JOIN,
        /** A verb or cue that opens a clause stating something ("reports", "has", "positive"). */
        AFFIRMING
    }

    enum Direction {
        FORWARD, BACKWARD, BOTH;

        boolean forward() {
            return this != BACKWARD;
        }

        boolean backward() {
            return this != FORWARD;
        }
    }

    /** The same phrase listed once per direction ("in the past") acts in both. */
    Trigger combine(Trigger other) {
        if (other.category != category) {
            throw new IllegalStateException("a trigger phrase with two categories: " + category + ", " + other.category);
        }
        return other.direction == direction ? this : new Trigger(category, Direction.BOTH);
    }
}
