package org.openimr.cases;

/** Whom a reminder is for. */
public enum ReminderRecipient {
    CLAIMS_ADMINISTRATOR("the claims administrator"),
    REVIEWER("the reviewer"),
    INTAKE_STAFF("intake staff");

    private final String words;

    ReminderRecipient(String words) {
        this.words = words;
    }

    /** "the claims administrator", "the reviewer", "intake staff". */
    public String words() {
        return words;
    }
}
