package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * An imaging or electrodiagnostic study: done ("MRI of the lumbar spine dated 03/02/2015 revealed ...") or
 * requested ("request for EMG/NCV of the bilateral lower extremities").
 *
 * @param findings the text of the result ("revealed ..." up to the end of the sentence), where stated
 */
public record DiagnosticStudy(Kind kind, Optional<BodySite> region, Optional<StatedDate> date,
        Optional<Span> findings, Assertion assertion, Span span) implements ClinicalFact {

    public enum Kind {
        MRI, CT, XRAY, EMG, NERVE_CONDUCTION,
        /** EMG and nerve conduction together ("EMG/NCV", "electrodiagnostic studies"). */
        ELECTRODIAGNOSTIC,
        BONE_SCAN, ULTRASOUND, EEG;

        public boolean isElectrodiagnostic() {
            return this == EMG || this == NERVE_CONDUCTION || this == ELECTRODIAGNOSTIC;
        }
    }

    public DiagnosticStudy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }

    public boolean done() {
        return assertion.isPresentOrPast();
    }
}
