package org.openimr.determination.internal;

import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
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

    /** Words of doubt ("questionably", "possible", "equivocal"). */
    private static final Pattern HEDGE = Pattern.compile("(?i)(?<![\\p{L}])(?:questionabl[ey]|equivocal(?:ly)?|"
            + "possibl[ey]|borderline|indeterminate|uncertain|suggestion\\s+of)(?![\\p{L}])");

    /**
     * Words of doubt attached to the finding: right before its words, with at most one word between ("questionably
     * decreased sensation", "possibly mildly decreased"), in its clause. A hedge of another thing a few words before
     * ("a possible L5-S1 HNP with decreased sensation") leaves the finding as stated.
     */
    private static final Pattern ATTACHED = Pattern.compile(HEDGE.pattern() + "\\s+(?:[\\p{L}-]+\\s+)?$");

    /** Characters before the finding read for a hedge ("questionably decreased sensation"). */
    private static final int BEFORE = 30;

    /** Whether the finding's own words, or words of doubt attached right before them, write it as doubtful. */
    static boolean of(NeurologicalFinding f, String text) {
        int start = Math.max(0, Math.min(f.span().start(), text.length()));
        int end = Math.max(start, Math.min(f.span().end(), text.length()));
        int clause = Clauses.SENTENCE_PARTS.start(text, Math.max(0, start - BEFORE), start);
        return ATTACHED.matcher(text.substring(clause, start)).find() || HEDGE.matcher(text.substring(start, end)).find();
    }
}
