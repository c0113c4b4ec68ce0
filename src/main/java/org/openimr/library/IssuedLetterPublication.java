package org.openimr.library;

import org.openimr.letters.LetterIssued;
import org.openimr.letters.LetterRenderer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes every issued Final Determination Letter in the library: on {@link LetterIssued}, stores the letter's
 * public version through the {@link LetterStore} exactly as an ingested letter is stored (items classified,
 * searchable), under the name {@code issued/CASE_NUMBER} and the hash of its rendered text.
 *
 * <p>The listener runs in the issuing transaction (a plain {@code @EventListener}, called synchronously): the letter is
 * issued and published together or not at all, so an issued letter can never be missing from the library. See
 * docs/issue-and-publication.md for why the event publication registry of Spring Modulith is not used.
 */
@Component
class IssuedLetterPublication {

    static final String SOURCE_PREFIX = "issued/";

    private final LetterStore store;
    private final LetterRenderer renderer = new LetterRenderer();

    IssuedLetterPublication(LetterStore store) {
        this.store = store;
    }

    @EventListener
    void publish(LetterIssued issued) {
        String text = renderer.text(issued.publicLetter());
        store.store(issued.publicLetter(), LetterSource.ofText(SOURCE_PREFIX + issued.caseNumber().value(), text));
    }
}
