package org.openimr.cases;

/** The employer named on the application. */
public record Employer(String name) {

    public Employer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("employer name is missing");
        }
        name = name.strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
