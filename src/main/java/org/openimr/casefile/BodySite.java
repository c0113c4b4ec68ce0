package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/** A body region with its side where the record states one ("left shoulder", "lumbar spine"). */
public record BodySite(BodyRegion region, Optional<Side> side) {

    /**
     * The word "left" as a side, as a regular expression (case-insensitive where it is used): not the verb, with its
     * subject before it or what one leaves after it ("she left work early", "he left the job", "left for home").
     * Every reading of sides from words uses it, so that the verb names no side anywhere.
     */
    public static final String LEFT_AS_A_SIDE = "(?<!\\b(?:he|she|they|who|then)\\s)left"
            + "(?!\\s+(?:the|his|her|their|a|an|work|job|school|early|for|home|town|messages?)\\b)";

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
