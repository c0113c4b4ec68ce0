package org.openimr.cases;

/** How a document (the UR decision) was served on the employee. Service by mail adds 5 days (CCP 1013(a)). */
public enum ServiceMethod {
    MAIL("by mail"),
    ELECTRONIC("electronically"),
    PERSONAL("in person");

    private final String words;

    ServiceMethod(String words) {
        this.words = words;
    }

    /** "by mail", "electronically", "in person". */
    public String words() {
        return words;
    }
}
