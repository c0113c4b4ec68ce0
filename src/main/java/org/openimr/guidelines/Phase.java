package org.openimr.guidelines;

/**
 * The clinical phase a recommendation addresses. Chronic pain is defined by the edition (9792.20: before 2016 pain
 * that persists beyond the anticipated time of healing; from 2016 pain lasting three or more months); inside the
 * postsurgical physical medicine period of a surgery the Postsurgical Treatment Guidelines govern.
 */
public enum Phase {
    ACUTE,
    SUBACUTE,
    CHRONIC,
    PERIOPERATIVE,
    POSTSURGICAL
}
