package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/** A body region with its side where the record states one ("left shoulder", "lumbar spine"). */
public record BodySite(BodyRegion region, Optional<Side> side) {

    public BodySite {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(side, "side");
    }

    public static BodySite of(BodyRegion region) {
        return new BodySite(region, Optional.empty());
    }

    public static BodySite of(BodyRegion region, Side side) {
        return new BodySite(region, Optional.of(side));
    }

    @Override
    public String toString() {
        return side.map(s -> s.name().toLowerCase() + " ").orElse("") + region.phrase();
    }
}
