package org.openimr.letters;

import java.util.Objects;
import java.util.Optional;

/**
 * The request as disputed at IMR. Where UR modified the original request, {@code text} is the IMR-eligible
 * remaining portion and {@link #modification()} keeps the original request and what was authorized.
 */
public record DisputedRequest(String text, Optional<UrModification> modification) {

    public DisputedRequest {
        Objects.requireNonNull(text, "request text");
        Objects.requireNonNull(modification, "modification");
    }

    public static DisputedRequest of(String text) {
        return new DisputedRequest(text, Optional.empty());
    }

    /** What UR did with the original request before IMR: it authorized part, leaving the rest disputed. */
    public record UrModification(String originalRequest, String authorized) {
    }
}
