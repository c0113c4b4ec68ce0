package org.openimr.shared;

import java.util.Locale;

/**
 * The part of the body a fact, a guideline rule or a disputed request is about, at the grain of the ACOEM chapters
 * (neck, low back, shoulder, elbow, forearm/wrist/hand, knee, ankle/foot) and of imaging and electrodiagnostic
 * requests. One vocabulary for every module: the case file reads it from records, the guideline data addresses
 * rules to it (written in lower case in the data files, e.g. {@code lumbar_spine}), the engine interprets requests
 * into it.
 */
public enum BodyRegion {
    HEAD,
    CERVICAL_SPINE,
    THORACIC_SPINE,
    LUMBAR_SPINE,
    SHOULDER,
    ELBOW,
    FOREARM_WRIST_AND_HAND,
    HIP,
    KNEE,
    ANKLE_AND_FOOT,
    /** Both or either arms as a whole, as electrodiagnostic requests name them. */
    UPPER_EXTREMITY,
    /** Both or either legs as a whole, as electrodiagnostic requests name them. */
    LOWER_EXTREMITY,
    /** Chest wall, abdomen, pelvis as a whole. */
    TRUNK;

    public boolean isSpine() {
        return this == CERVICAL_SPINE || this == THORACIC_SPINE || this == LUMBAR_SPINE;
    }

    /** "lumbar spine", "forearm wrist and hand". */
    public String phrase() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
