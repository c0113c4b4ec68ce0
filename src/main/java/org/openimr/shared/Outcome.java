package org.openimr.shared;

/** The outcome of one disputed item: the UR denial is upheld, or it is overturned. */
public enum Outcome {
    UPHELD("Upheld"),
    OVERTURNED("Overturned");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The word a letter prints: "Upheld" or "Overturned". */
    public String label() {
        return label;
    }

    public static Outcome fromLabel(String word) {
        for (Outcome o : values()) {
            if (o.label.equalsIgnoreCase(word.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("not an outcome: " + word);
    }
}
