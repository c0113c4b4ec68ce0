package org.openimr.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;

/**
 * A party that the medical records or the UR decision name and the application form does not carry: the facility
 * where the treatment would be given, the maker of a disputed drug or device, another treating provider, the insurer
 * when it is not the claims administrator, the attorney or an officer, director or manager of the employer, insurer
 * or claims administrator. A reviewer must be free of it as of the application's parties.
 *
 * @param disputedItem the treatment under review it concerns, as the case words it; empty for the case as a whole
 * @param identifier   an identifier staff have for it (NPI, FEIN ...), used by conflict screening besides the name
 */
public record NamedParty(PartyRole role, String name, Optional<PartyIdentifier> identifier,
        Optional<String> disputedItem) {

    /** The roles a party named in the records may have, as a form offers them; the application carries the others. */
    public static final List<PartyRole> ROLES = List.of(PartyRole.FACILITY, PartyRole.MANUFACTURER,
            PartyRole.TREATING_PROVIDER, PartyRole.INSURER, PartyRole.DEFENSE_ATTORNEY,
            PartyRole.OFFICER_DIRECTOR_OR_MANAGER);

    public NamedParty {
        Objects.requireNonNull(role, "role");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException(role.phrase() + " is a party of the application form, not one named "
                    + "in the records");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the party's name is missing");
        }
        name = name.strip().replaceAll("\\s+", " ");
        identifier = identifier == null ? Optional.empty() : identifier;
        disputedItem = disputedItem == null ? Optional.empty()
                : disputedItem.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** "the facility where the treatment would be given 'Valley Surgery Center' (NPI 1234567893), for 'Knee MRI'". */
    public String describe() {
        return role.phrase() + " '" + name + "'" + identifier.map(id -> " (" + id + ")").orElse("")
                + disputedItem.map(item -> ", for '" + item + "'").orElse("");
    }

    /** The same role and name (ignoring case, spacing and punctuation) for the same treatment. */
    boolean sameAs(NamedParty other) {
        return role == other.role && Normalized.same(name, other.name) && disputedItem.map(Normalized::key)
                .equals(other.disputedItem.map(Normalized::key));
    }
}
