package org.openimr.cases;

/** How a notice (the NOARFI) was sent. The records clock depends on it (8 CCR 9792.10.5). */
public enum NoticeMethod {
    MAIL("by mail"),
    ELECTRONIC("electronically");

    private final String words;

    NoticeMethod(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
