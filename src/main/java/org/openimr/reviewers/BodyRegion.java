package org.openimr.reviewers;

import java.util.Locale;

/** The part of the body a disputed item is for; coarse, as specialty fit needs it. */
public enum BodyRegion {
    HEAD, CERVICAL_SPINE, THORACIC_SPINE, LUMBAR_SPINE,
    /** More than one part of the spine, or "the spine". */
    SPINE,
    SHOULDER, ELBOW, WRIST_HAND,
    /** Both or an unspecified part of the arms ("upper extremities"). */
    UPPER_EXTREMITIES,
    HIP_PELVIS, KNEE, ANKLE_FOOT,
    /** Both or an unspecified part of the legs ("lower extremities"). */
    LOWER_EXTREMITIES,
    /** Parts of the body in more than one of the above groups. */
    MULTIPLE,
    /** The request does not say (most drugs, clearances, transport). */
    UNSPECIFIED;

    /** "lumbar spine", "wrist hand". */
    public String phrase() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    boolean isSpine() {
        return this == CERVICAL_SPINE || this == THORACIC_SPINE || this == LUMBAR_SPINE || this == SPINE;
    }
}
