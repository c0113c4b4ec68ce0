package org.openimr.library.web;

/** No letter in the library has the reference asked for. */
class LetterNotFoundException extends RuntimeException {

    private final String reference;

    LetterNotFoundException(String reference) {
        super("There is no letter " + reference + " in the library.");
        this.reference = reference;
    }

    String reference() {
        return reference;
    }
}
