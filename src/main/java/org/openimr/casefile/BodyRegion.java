package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/** A body part with its side where the record states one ("left shoulder", "lumbar spine"). */
public record BodyRegion(BodyPart part, Optional<Side> side) {

    public BodyRegion {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(side, "side");
    }

    public static BodyRegion of(BodyPart part) {
        return new BodyRegion(part, Optional.empty());
    }

    public static BodyRegion of(BodyPart part, Side side) {
        return new BodyRegion(part, Optional.of(side));
    }

    @Override
    public String toString() {
        return side.map(s -> s.name().toLowerCase() + " ").orElse("") + part.name().toLowerCase().replace('_', ' ');
    }
}
