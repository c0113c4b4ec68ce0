package org.openimr.shared;

/** Laterality as stated ("left", "right", "bilateral"), of a body part in a record or a request. */
public enum Side { LEFT, RIGHT, BILATERAL }
