package org.openimr.library;

import org.openimr.shared.RequestCategory;
import java.time.Instant;
import java.util.List;

import org.openimr.letters.FinalDeterminationLetter;

/**
 * A letter as the library holds it: the letter, how the library names it ({@code reference}: the case number, or
 * for a letter without one a prefix of its content hash), the category of each item in letter order, and where it
 * came from.
 */
public record StoredLetter(String reference, FinalDeterminationLetter letter, List<RequestCategory> categories,
        String sourceName, Instant ingestedAt) {

    public StoredLetter {
        categories = List.copyOf(categories);
        if (categories.size() != letter.items().size()) {
            throw new IllegalArgumentException("one category per item: " + categories.size() + " for "
                    + letter.items().size() + " items");
        }
    }
}
