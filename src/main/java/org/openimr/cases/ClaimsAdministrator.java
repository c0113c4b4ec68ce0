package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/** The insurer or third-party administrator handling the claim, with its adjuster (or contact) and phone. */
public record ClaimsAdministrator(String company, Optional<String> adjuster, Optional<PhoneNumber> phone) {

    public ClaimsAdministrator {
        if (company == null || company.isBlank()) {
            throw new IllegalArgumentException("claims administrator company is missing");
        }
        company = company.strip();
        adjuster = Objects.requireNonNull(adjuster, "adjuster").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(phone, "phone");
    }
}
