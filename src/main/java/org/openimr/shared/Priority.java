package org.openimr.shared;

/** The review type: standard, or expedited when there is an imminent and serious threat to health. */
public enum Priority {
    STANDARD("Standard"),
    EXPEDITED("Expedited");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Priority fromLabel(String word) {
        for (Priority p : values()) {
            if (p.label.equalsIgnoreCase(word.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a priority: " + word);
    }
}
