package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.BodyRegion;

/**
 * A surgery: done ("status post L4-5 fusion on 11/14/12" reads {@link Assertion#HISTORICAL}), requested
 * ({@link Assertion#REQUESTED}) or denied to have happened ("no prior surgery", {@link Assertion#NEGATED}).
 *
 * @param kind   the procedure, as the Postsurgical Treatment Guidelines group them
 * @param region the region operated on (implied by the procedure or named beside it); a fusion's region tells a
 *               lumbar fusion from a cervical one
 * @param date   the date of the surgery, where stated, or reckoned from a visit's date and the time since the
 *               operation stated at it ("5/10/16: 3 wks s/p R knee scope")
 * @param reckoned how the date was reckoned, when the record states an interval rather than the date ("21 days before
 *               the visit of 2016-05-10")
 */
public record Surgery(Kind kind, Optional<BodySite> region, Optional<StatedDate> date, Assertion assertion,
        Span span, Optional<String> reckoned) implements ClinicalFact {

    public enum Kind {
        FUSION, DISCECTOMY, LAMINECTOMY, ARTHROSCOPY, MENISCECTOMY, ACL_RECONSTRUCTION, ARTHROPLASTY,
        ROTATOR_CUFF_REPAIR, SUBACROMIAL_DECOMPRESSION, LABRAL_REPAIR, CARPAL_TUNNEL_RELEASE, CUBITAL_TUNNEL_RELEASE,
        TRIGGER_FINGER_RELEASE, DE_QUERVAIN_RELEASE, EPICONDYLAR_RELEASE, ORIF, HARDWARE_REMOVAL,
        SPINAL_CORD_STIMULATOR,
        /** Open (not arthroscopic) decompression for impingement, which the PSTG table lists apart. */
        OPEN_SUBACROMIAL_DECOMPRESSION,
        /** Capsular release or manipulation under anesthesia, as done for adhesive capsulitis. */
        CAPSULAR_RELEASE,
        /** Stabilization for dislocation or instability: Bankart repair, capsulorrhaphy. */
        SHOULDER_STABILIZATION,
        ACHILLES_TENDON_REPAIR,
        /** "surgery", "operation": a surgery the record does not name. */
        UNSPECIFIED
    }

    public Surgery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reckoned, "reckoned");
    }

    /** A surgery whose date, if any, the record states. */
    public Surgery(Kind kind, Optional<BodySite> region, Optional<StatedDate> date, Assertion assertion, Span span) {
        this(kind, region, date, assertion, span, Optional.empty());
    }

    /** True for this procedure on this body part, e.g. {@code is(FUSION, LUMBAR_SPINE)}. */
    public boolean is(Kind kind, BodyRegion part) {
        return this.kind == kind && region.map(r -> r.region() == part).orElse(false);
    }

    /** "lumbar spine fusion", "knee arthroscopy", "surgery". */
    public String describe() {
        String what = kind == Kind.UNSPECIFIED ? "surgery" : kind.name().toLowerCase().replace('_', ' ');
        return region.map(r -> r.region().name().toLowerCase().replace('_', ' ') + " " + what).orElse(what);
    }
}
