package org.openimr.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.openimr.shared.BodyRegion;

/**
 * Injections the record says were already given, by kind: "three prior lumbar ESIs" (3), "a subacromial injection on
 * 05/10/2016 and another on 08/02/2016" (2, with both dates), "TPIs x 4 sessions" (4), "prior injections" (at least
 * one, number not stated), "has not had any injections" ({@link Assertion#NEGATED}: none). A request for an
 * injection ("requesting a second ESI") is not read as one given.
 *
 * @param count the number given, when the record states it (or lists that many dates); empty when it does not
 * @param dates the dates the record gives for them, in the order of the text
 * @param region the body region named with them ("lumbar ESIs", "ESI at L5-S1"), when the record names one
 */
public record PriorInjections(Kind kind, OptionalInt count, List<StatedDate> dates, Optional<BodyRegion> region,
        Assertion assertion, Span span) implements ClinicalFact {

    /** The kinds of injection whose limits count the ones already given. */
    public enum Kind {
        EPIDURAL, FACET, TRIGGER_POINT, SHOULDER, KNEE, OTHER,
        /** "injections" with no kind: read only when negated ("has not had any injections"), which is zero of each. */
        UNSPECIFIED
    }

    public PriorInjections {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(count, "count");
        dates = List.copyOf(dates);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }

    /** True when the record says these injections took place (not negated, not requested). */
    public boolean given() {
        return assertion.isPresentOrPast();
    }

    /**
     * True when this mention tells about injections of {@code k}: its own kind, a steroid injection given to the
     * joint of {@code k} ("three cortisone injections to the right shoulder" are shoulder injections), or a negated
     * "any injections".
     */
    public boolean concerns(Kind k) {
        return kind == k || kind == Kind.OTHER && region.isPresent() && region.get() == joint(k)
                || kind == Kind.UNSPECIFIED && assertion == Assertion.NEGATED;
    }

    /** The joint a kind of injection is given to, or null when the kind is not a joint's. */
    private static BodyRegion joint(Kind k) {
        return switch (k) {
            case SHOULDER -> BodyRegion.SHOULDER;
            case KNEE -> BodyRegion.KNEE;
            default -> null;
        };
    }
}
