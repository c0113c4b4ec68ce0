package org.openimr.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param representative      the representative the employee designated, if any: the letter goes to them too
 */
public record LetterParties(PersonName employee, PostalAddress employeeAddress, LocalDate employeeDateOfBirth,
        ClaimNumber claimNumber, String employer, String claimsAdministrator, PersonName requestingPhysician,
        Optional<Representative> representative) {

    /** The parties of a case in which the employee designated no representative. */
    public LetterParties(PersonName employee, PostalAddress employeeAddress, LocalDate employeeDateOfBirth,
            ClaimNumber claimNumber, String employer, String claimsAdministrator, PersonName requestingPhysician) {
        this(employee, employeeAddress, employeeDateOfBirth, claimNumber, employer, claimsAdministrator,
                requestingPhysician, Optional.empty());
    }

    public LetterParties {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(employeeAddress, "employee address");
        Objects.requireNonNull(employeeDateOfBirth, "employee date of birth");
        Objects.requireNonNull(claimNumber, "claim number");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(claimsAdministrator, "claims administrator");
        Objects.requireNonNull(requestingPhysician, "requesting physician");
        Objects.requireNonNull(representative, "representative");
    }

    /** These parties with the representative the employee designated. */
    public LetterParties withRepresentative(Representative representative) {
        return new LetterParties(employee, employeeAddress, employeeDateOfBirth, claimNumber, employer,
                claimsAdministrator, requestingPhysician, Optional.of(representative));
    }

    /**
     * The employee's representative: a name as written ("Linda Park"), an attorney's firm if any, a postal address.
     * Identifying like the employee's own values: in the addressed letter only.
     */
    public record Representative(String name, Optional<String> firm, PostalAddress address) {

        public Representative {
            name = requireText(name, "representative's name");
            firm = Objects.requireNonNull(firm, "firm").map(String::strip).filter(f -> !f.isEmpty());
            Objects.requireNonNull(address, "representative's address");
        }

        /** "Linda Park, Park & Reyes LLP". */
        public String addressee() {
            return firm.map(f -> name + ", " + f).orElse(name);
        }
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
