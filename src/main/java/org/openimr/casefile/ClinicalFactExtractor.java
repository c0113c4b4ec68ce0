package org.openimr.casefile;

import java.util.List;
import java.util.Objects;

import org.openimr.casefile.internal.Pipeline;

/**
 * Reads typed clinical facts from the text of case documents: rule-based, deterministic, with a lexicon in data
 * files under {@code src/main/resources/casefile/}. Thread-safe; create one and reuse it.
 */
public final class ClinicalFactExtractor {

    private final Pipeline pipeline;

    private ClinicalFactExtractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The extractor with the lexicon and the opioid conversion table shipped with OpenIMR. */
    public static ClinicalFactExtractor standard() {
        return new ClinicalFactExtractor(Pipeline.standard());
    }

    /** Facts of a free text, as a document with the id "text". */
    public ClinicalFacts extract(String text) {
        return extract(CaseDocument.of("text", text));
    }

    public ClinicalFacts extract(CaseDocument document) {
        Objects.requireNonNull(document, "document");
        return pipeline.extract(List.of(document));
    }

    /** Facts of several documents together: lists concatenated in document order, single values from the first that states them. */
    public ClinicalFacts extract(List<CaseDocument> documents) {
        return pipeline.extract(documents);
    }
}
