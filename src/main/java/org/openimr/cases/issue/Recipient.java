package org.openimr.cases.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.openimr.letters.LetterParties;

/**
 * A party the Final Determination Letter is sent to: the employee, the employee's representative when there is one,
 * the requesting physician and the claims administrator.
 */
public record Recipient(Role role, String name) {

    public enum Role {
        EMPLOYEE("employee"),
        REPRESENTATIVE("employee's representative"),
        REQUESTING_PHYSICIAN("requesting physician"),
        CLAIMS_ADMINISTRATOR("claims administrator");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Recipient {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the " + role.words() + " has no name");
        }
        name = name.strip();
    }

    /** The recipients of a letter to these parties: the employee, their representative (if any), the others. */
    public static List<Recipient> of(LetterParties parties) {
        List<Recipient> recipients = new ArrayList<>(4);
        recipients.add(new Recipient(Role.EMPLOYEE, parties.employee().full()));
        parties.representative().ifPresent(r -> recipients.add(new Recipient(Role.REPRESENTATIVE, r.addressee())));
        recipients.add(new Recipient(Role.REQUESTING_PHYSICIAN, parties.requestingPhysician().full()));
        recipients.add(new Recipient(Role.CLAIMS_ADMINISTRATOR, parties.claimsAdministrator()));
        return List.copyOf(recipients);
    }
}
