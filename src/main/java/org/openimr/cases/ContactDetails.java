package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/** How to reach someone besides by post: phone and e-mail, both optional. */
public record ContactDetails(Optional<PhoneNumber> phone, Optional<String> email) {

    public ContactDetails {
        Objects.requireNonNull(phone, "phone");
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(s -> !s.isEmpty());
        email.flatMap(ContactDetails::emailProblem).ifPresent(p -> {
            throw new IllegalArgumentException("e-mail " + p);
        });
    }

    public static ContactDetails none() {
        return new ContactDetails(Optional.empty(), Optional.empty());
    }

    static Optional<String> emailProblem(String email) {
        return email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? Optional.empty()
                : Optional.of("\"" + email + "\" is not an e-mail address");
    }
}
