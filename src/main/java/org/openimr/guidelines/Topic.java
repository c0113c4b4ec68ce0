package org.openimr.guidelines;

/**
 * A subject of the MTUS for which exactly one guideline edition is in force on any date: a clinical topic
 * (8 CCR 9792.22-9792.23.x: a body part of the ACOEM chapters), a special topic (9792.24.x: acupuncture, chronic
 * pain, postsurgical treatment, opioids) or the drug formulary (9792.27.x). Which edition serves a topic on which
 * dates is data (editions.yaml); see {@link GuidelineCatalogue#editionInForce(Topic, java.time.LocalDate)}.
 * In the data files a topic is written in lower case, e.g. {@code chronic_pain}.
 */
public enum Topic {
    GENERAL_APPROACHES,
    NECK_AND_UPPER_BACK,
    SHOULDER,
    ELBOW,
    FOREARM_WRIST_AND_HAND,
    LOW_BACK,
    KNEE,
    ANKLE_AND_FOOT,
    HIP_AND_GROIN,
    STRESS_RELATED_CONDITIONS,
    EYE,
    WORK_RELATED_ASTHMA,
    INTERSTITIAL_LUNG_DISEASE,
    CHRONIC_PAIN,
    OPIOIDS,
    ACUPUNCTURE,
    POSTSURGICAL,
    DRUG_FORMULARY
}
