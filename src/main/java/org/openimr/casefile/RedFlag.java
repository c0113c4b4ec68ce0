package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A red flag of the ACOEM spine chapters (cauda equina, progressive neurological deficit, fracture, infection,
 * tumor): stated present, or stated absent ("without red flags", "x-rays revealed no fracture"). Besides a fracture
 * itself, the low back chapter's Table 12-1 names what makes one likely: major trauma ("fell from a ladder") and
 * minor trauma in a potentially osteoporotic patient ("h/o osteoporosis").
 */
public record RedFlag(Kind kind, Optional<BodySite> region, Assertion assertion, Span span)
        implements ClinicalFact {

    public enum Kind {
        CAUDA_EQUINA, PROGRESSIVE_NEUROLOGICAL_DEFICIT, FRACTURE, INFECTION, TUMOR,
        /** A mechanism of major trauma, a red flag for a fracture of the spine: a fall from a height. */
        MAJOR_TRAUMA,
        /** A potentially osteoporotic patient, in whom minor trauma (the injury of the claim) is a red flag for fracture. */
        OSTEOPOROSIS,
        /** "red flags" in general ("no red flags", "without red flag conditions"). */
        UNSPECIFIED
    }

    public RedFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
