package org.openimr.casefile;

/** Body regions, normalised to the ACOEM chapters (neck, low back, shoulder, elbow, forearm/wrist/hand, knee, ankle/foot). */
public enum BodyPart {
    CERVICAL_SPINE, THORACIC_SPINE, LUMBAR_SPINE,
    SHOULDER, ELBOW, WRIST_HAND, HIP, KNEE, ANKLE_FOOT,
    HEAD, UPPER_EXTREMITY, LOWER_EXTREMITY, TRUNK;

    public boolean isSpine() {
        return this == CERVICAL_SPINE || this == THORACIC_SPINE || this == LUMBAR_SPINE;
    }
}
