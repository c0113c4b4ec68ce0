package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A diagnosis as the record names it.
 *
 * @param kind   the group the guidelines key on (radiculopathy, sprain/strain, CRPS, ...); OTHER when the record names
 *               a diagnosis the lexicon has no group for
 * @param text   the diagnosis as written (one item of a list of diagnoses, or the term found in running text)
 * @param region the body region named with it, where there is one
 */
public record Diagnosis(Kind kind, String text, Optional<BodySite> region, Assertion assertion, Span span)
        implements ClinicalFact {

    public enum Kind {
        RADICULOPATHY, NEUROPATHY, CARPAL_TUNNEL_SYNDROME, CUBITAL_TUNNEL_SYNDROME, SPRAIN_STRAIN, DISC_DISPLACEMENT,
        DEGENERATIVE_DISC_DISEASE, OSTEOARTHRITIS, FACET_SYNDROME, SPINAL_STENOSIS, SPONDYLOLISTHESIS, FRACTURE, CRPS,
        DEPRESSION, ANXIETY, INSOMNIA, MYOFASCIAL_PAIN, ROTATOR_CUFF_TEAR, IMPINGEMENT, MENISCAL_TEAR, LABRAL_TEAR,
        TENDINITIS, EPICONDYLITIS, ADHESIVE_CAPSULITIS, TRIGGER_FINGER, DE_QUERVAIN, PLANTAR_FASCIITIS,
        INTERNAL_DERANGEMENT, CONTUSION, CONCUSSION, HEADACHE, CHRONIC_PAIN, FAILED_BACK_SURGERY_SYNDROME,
        OPIOID_DEPENDENCE, DIABETIC_NEUROPATHY, KNEE_INSTABILITY, CERVICAL_DYSTONIA,
        /** Chronic soft tissue inflammation, the H-wave indication of the CPMTG (no single ICD code). */
        CHRONIC_SOFT_TISSUE_INFLAMMATION,
        /** Pain of a site named as a diagnosis (cervicalgia, lumbago, "pain in left shoulder"). */
        PAIN,
        OTHER
    }

    public Diagnosis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
