package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A Utilization Review decision the record reports ("On 4/7/15 UR denied the request for ...").
 *
 * @param request the request as the sentence names it ("physical therapy 3x4", "MRI of the lumbar spine"); empty
 *                text when the sentence does not name it
 * @param date    the date of the UR decision, where stated (a following "The request for X was approved" takes the
 *                date of the UR sentence before it)
 */
public record UrDecision(Decision decision, String request, Optional<StatedDate> date, Span span)
        implements ClinicalFact {

    public enum Decision {
        /** Denied, non-certified, "not medically necessary", "failed to approve". */
        DENIED,
        /** Modified, partially certified. */
        MODIFIED,
        /** Approved, certified, authorized. */
        APPROVED
    }

    public UrDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
    }
}
