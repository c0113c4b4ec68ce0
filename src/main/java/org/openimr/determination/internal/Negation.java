package org.openimr.determination.internal;

import java.util.regex.Pattern;

/**
 * Words right before a phrase that negate it ("no relief", "without evidence of carpal tunnel", "has not resolved"):
 * the one form of the engine's readings of a negation before a phrase. Each reading adds its own negating words and
 * the words it lets stand between them and the phrase.
 */
final class Negation {

    /** The words every reading takes as negating what follows. */
    private static final String NEGATING = "no|not|without|never";

    private Negation() {
    }

    /**
     * A pattern found at the end of the text before a phrase when that text ends in a negating word ({@code more}
     * adds alternatives to the common ones), then at most the words {@code between} allows.
     */
    static Pattern before(String more, String between) {
        return Pattern.compile("(?i)\\b(?:" + NEGATING + (more.isEmpty() ? "" : "|" + more) + ")\\s+" + between + "$");
    }
}
