package org.openimr.letters;

/** One entry of the documents-reviewed list, as the letter prints it. */
public record DocumentReviewed(String description) {
}
