package org.openimr.casefile;

/** The injured worker's sex as the record states it ("female", "male"). */
public enum Sex { MALE, FEMALE }
