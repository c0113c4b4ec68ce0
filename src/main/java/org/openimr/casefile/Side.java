package org.openimr.casefile;

/** Laterality as stated ("left", "right", "bilateral"). */
public enum Side { LEFT, RIGHT, BILATERAL }
