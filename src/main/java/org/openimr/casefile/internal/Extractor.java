package org.openimr.casefile.internal;

/** Reads one type of fact from an analysed document into the builder. */
interface Extractor {

    void extract(Analysis analysis, FactsBuilder facts);
}
