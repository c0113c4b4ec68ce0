package org.openimr.guidelines;

/** The part of the body a request is for, at the grain of the ACOEM chapters and of imaging requests. */
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
    LOWER_EXTREMITY
}
