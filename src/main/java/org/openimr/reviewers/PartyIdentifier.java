package org.openimr.reviewers;

import java.util.Locale;
import java.util.Objects;

/** An identifier of a party, e.g. NPI 1234567890; spaces and dashes are not significant ("12-3456789" = "123456789"). */
public record PartyIdentifier(IdentifierScheme scheme, String value) {

    public PartyIdentifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        value = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be blank");
        }
    }

    public static PartyIdentifier npi(String value) {
        return new PartyIdentifier(IdentifierScheme.NPI, value);
    }

    public static PartyIdentifier fein(String value) {
        return new PartyIdentifier(IdentifierScheme.FEIN, value);
    }

    @Override
    public String toString() {
        return scheme.label() + " " + value;
    }
}
