package org.openimr.casefile;

/** A fact read from the text of a case document; {@link #span()} says where. */
public interface ClinicalFact {

    /** The text the fact was read from. */
    Span span();
}
