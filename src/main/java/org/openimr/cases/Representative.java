package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * The person the employee designates on DWC Form IMR to act for them in the review: an attorney (with their firm, if
 * any), a parent or guardian, a relative or another person. The Final Determination Letter goes to them as well as to
 * the employee, and no reviewer may be affiliated with them.
 *
 * @param name    the representative's full name as written on the form
 * @param kind    who they are to the employee
 * @param firm    the attorney's law firm, when given (only an attorney has one)
 * @param address where the representative receives mail
 */
public record Representative(String name, Kind kind, Optional<String> firm, PostalAddress address) {

    /** Who the representative is to the employee, as the form asks. */
    public enum Kind {
        ATTORNEY("attorney"),
        PARENT_OR_GUARDIAN("parent or guardian"),
        RELATIVE("relative"),
        OTHER("other representative");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** "parent or guardian". */
        public String words() {
            return words;
        }
    }

    public Representative {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the representative's name is missing");
        }
        name = name.strip();
        Objects.requireNonNull(kind, "kind");
        firm = Objects.requireNonNull(firm, "firm").map(String::strip).filter(f -> !f.isEmpty());
        if (firm.isPresent() && kind != Kind.ATTORNEY) {
            throw new IllegalArgumentException("only an attorney represents the employee with a firm");
        }
        Objects.requireNonNull(address, "address");
    }

    /** The name a letter is addressed to: "Linda Park, Park & Reyes LLP" for an attorney of a firm. */
    public String addressee() {
        return firm.map(f -> name + ", " + f).orElse(name);
    }

    /** "Linda Park (attorney, Park & Reyes LLP)". */
    public String describe() {
        return name + " (" + kind.words() + firm.map(f -> ", " + f).orElse("") + ")";
    }
}
