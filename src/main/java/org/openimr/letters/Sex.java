package org.openimr.letters;

public enum Sex {
    MALE, FEMALE
}
