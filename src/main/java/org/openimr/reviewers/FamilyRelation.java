package org.openimr.reviewers;

import java.util.Locale;

/**
 * How a relative is related to the reviewer. Which relations are material is data of the {@link RuleBook}
 * (8 CCR 9768.1 lists parent, child, grandparent, grandchild, sibling, uncle, aunt, nephew, niece, spouse and
 * cohabitant); the others here are kept so that a declaration can be recorded as made.
 */
public enum FamilyRelation {
    PARENT, CHILD, GRANDPARENT, GRANDCHILD, SIBLING, UNCLE, AUNT, NEPHEW, NIECE, SPOUSE, COHABITANT,
    COUSIN, PARENT_IN_LAW, CHILD_IN_LAW, SIBLING_IN_LAW, STEPPARENT, STEPCHILD, FORMER_SPOUSE, OTHER;

    /** "sibling", "parent-in-law", "former spouse". */
    public String phrase() {
        return name().toLowerCase(Locale.ROOT).replace("_in_law", "-in-law").replace('_', ' ');
    }
}
