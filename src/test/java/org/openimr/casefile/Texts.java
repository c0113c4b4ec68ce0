package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the synthetic texts of the tests. */
final class Texts {

    private Texts() {
    }

    static final ClinicalFactExtractor EXTRACTOR = ClinicalFactExtractor.standard();

    static ClinicalFacts extract(String text) {
        return EXTRACTOR.extract(text);
    }

    /** Asserts the span quotes exactly {@code quote}, found once in {@code text}, at its offsets. */
    static void assertSpan(Span span, String text, String quote) {
        int at = text.indexOf(quote);
        assertThat(at).as("test text holds %s", quote).isNotNegative();
        assertThat(text.indexOf(quote, at + 1)).as("%s occurs once in the test text", quote).isNegative();
        assertThat(span.quote()).isEqualTo(quote);
        assertThat(span.start()).isEqualTo(at);
        assertThat(span.end()).isEqualTo(at + quote.length());
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.quote());
    }
}
