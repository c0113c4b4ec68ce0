package org.openimr.reviewers;

/**
 * The reviewer's profession. IMR reviewers are mostly physicians; the DWC's reviewer-specialty values also include
 * chiropractors, psychologists, podiatrists, dentists, acupuncturists (oriental medicine) and registered nurses.
 */
public enum Profession {
    PHYSICIAN("physician"),
    CHIROPRACTOR("chiropractor"),
    PSYCHOLOGIST("psychologist"),
    PODIATRIST("podiatrist"),
    DENTIST("dentist"),
    ACUPUNCTURIST("acupuncturist"),
    REGISTERED_NURSE("registered nurse");

    private final String noun;

    Profession(String noun) {
        this.noun = noun;
    }

    /** The word a letter uses: "physician", "chiropractor". */
    public String noun() {
        return noun;
    }
}
