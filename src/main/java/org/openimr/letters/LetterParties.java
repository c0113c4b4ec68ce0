package org.openimr.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who a Final Determination Letter is sent to and about: what the letter to the parties carries beyond the public
 * {@link FinalDeterminationLetter}. These values identify the injured worker, so they appear in the addressed letter
 * only; the published version leaves them out and {@link Redaction} removes them from the letter's free text.
 *
 * @param employee            the injured worker
 * @param employeeAddress     the injured worker's postal address
 * @param employeeDateOfBirth the injured worker's date of birth
 * @param claimNumber         the claims administrator's claim number
 * @param employer            the employer's name
 * @param claimsAdministrator the claims administrator's name (insurer or third-party administrator)
 * @param requestingPhysician the physician who requested the disputed treatment
 */
public record LetterParties(PersonName employee, PostalAddress employeeAddress, LocalDate employeeDateOfBirth,
        ClaimNumber claimNumber, String employer, String claimsAdministrator, PersonName requestingPhysician) {

    public LetterParties {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(employeeAddress, "employee address");
        Objects.requireNonNull(employeeDateOfBirth, "employee date of birth");
        Objects.requireNonNull(claimNumber, "claim number");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(claimsAdministrator, "claims administrator");
        Objects.requireNonNull(requestingPhysician, "requesting physician");
    }

    /** A person's name as the parties' records give it. */
    public record PersonName(String given, String family) {

        public PersonName {
            given = requireText(given, "given name");
            family = requireText(family, "family name");
        }

        /** "José Núñez". */
        public String full() {
            return given + " " + family;
        }
    }

    /** A United States postal address. */
    public record PostalAddress(String street, String city, String state, String postalCode) {

        public PostalAddress {
            street = requireText(street, "street");
            city = requireText(city, "city");
            state = requireText(state, "state");
            postalCode = requireText(postalCode, "postal code");
        }

        /** The address as printed: the street line, then "City, ST 99999". */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(2);
            lines.add(street);
            lines.add(city + ", " + state + " " + postalCode);
            return List.copyOf(lines);
        }
    }

    /** The claims administrator's claim number; its form differs from one administrator to the next. */
    public record ClaimNumber(String value) {

        public ClaimNumber {
            value = requireText(value, "claim number");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value.strip();
    }
}
