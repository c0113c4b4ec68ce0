package org.openimr.determination.internal;

import java.util.regex.Pattern;

import org.openimr.casefile.NeurologicalFinding;

/**
 * A neurological finding the examiner writes as uncertain: "sensation was questionably decreased", "possibly
 * diminished reflex", "equivocal weakness". ACOEM 2004 Low Back (p. 303; mtus-criteria IM-L1, ED-1) asks for
 * unequivocal objective findings before imaging and sends a less clear examination to electrodiagnosis first: a
 * hedged finding is neither an unequivocal deficit nor a clinically obvious radiculopathy.
 */
final class HedgedFinding {

    private HedgedFinding() {
    }

    /** Words of doubt in the finding's own words or just before them, in its clause. */
    private static final Pattern HEDGE = Pattern.compile("(?i)(?<![\\p{L}])(?:questionabl[ey]|equivocal(?:ly)?|"
            + "possibl[ey]|borderline|indeterminate|uncertain|suggestion\\s+of)(?![\\p{L}])");

    /** Characters before the finding read for a hedge ("questionably decreased sensation"). */
    private static final int BEFORE = 30;

    static boolean of(NeurologicalFinding f, String text) {
        int start = Math.max(0, Math.min(f.span().start(), text.length()));
        int end = Math.max(start, Math.min(f.span().end(), text.length()));
        String before = text.substring(Math.max(0, start - BEFORE), start);
        int clause = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf(','), before.lastIndexOf(':')));
        String words = before.substring(clause + 1) + text.substring(start, end);
        return HEDGE.matcher(words).find();
    }
}
