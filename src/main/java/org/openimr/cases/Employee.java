package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;

/** The injured employee, as the application names them. */
public record Employee(PersonName name, LocalDate dateOfBirth, PostalAddress address, ContactDetails contact) {

    public Employee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
    }

    /** The same person: same first and last name (ignoring case and accents) and the same date of birth. */
    public boolean sameAs(Employee other) {
        return dateOfBirth.equals(other.dateOfBirth) && name.sameAs(other.name);
    }
}
