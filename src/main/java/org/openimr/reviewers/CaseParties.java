package org.openimr.reviewers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyone a reviewer of the case must be free of: the employee and family and attorney, the employer, insurer and
 * claims administrator with their officers, directors, managers and attorneys, the requesting and treating
 * providers, the facility where treatment would be given, the makers of the drugs and devices in dispute. Indexed
 * by normalised name and by identifier when made, so screening a reviewer costs one look-up per affiliation.
 */
public final class CaseParties {

    /** The roles every case has; the attestation says when one of them was not known at screening. */
    static final Set<PartyRole> EXPECTED_ROLES = Collections.unmodifiableSet(EnumSet.of(PartyRole.EMPLOYEE,
            PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.REQUESTING_PROVIDER));

    private final List<CaseParty> parties;
    private final Map<String, List<CaseParty>> byMatchKey = new HashMap<>();
    private final Map<PartyIdentifier, List<CaseParty>> byIdentifier = new HashMap<>();

    public CaseParties(List<CaseParty> parties) {
        this.parties = List.copyOf(parties);
        for (CaseParty p : this.parties) {
            byMatchKey.computeIfAbsent(p.party().name().matchKey(), k -> new ArrayList<>(1)).add(p);
            for (PartyIdentifier id : p.party().identifiers()) {
                byIdentifier.computeIfAbsent(id, k -> new ArrayList<>(1)).add(p);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The parties in the order they were given. */
    public List<CaseParty> parties() {
        return parties;
    }

    public List<CaseParty> withRole(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    /** Roles every case has but this one does not name (e.g. no requesting provider on file yet). */
    public Set<PartyRole> missingExpectedRoles() {
        Set<PartyRole> missing = EnumSet.noneOf(PartyRole.class);
        for (PartyRole role : EXPECTED_ROLES) {
            if (withRole(role).isEmpty()) {
                missing.add(role);
            }
        }
        return missing;
    }

    /**
     * The parties of the case that are the given party, in case order: those sharing an identifier with it or its
     * name after normalisation (the same rule as {@link Party#sameAs}).
     */
    List<CaseParty> matching(Party party) {
        List<CaseParty> byName = byMatchKey.getOrDefault(party.name().matchKey(), List.of());
        if (party.identifiers().isEmpty() || byIdentifier.isEmpty()) {
            return byName;
        }
        Set<CaseParty> found = new LinkedHashSet<>(byName);
        for (PartyIdentifier id : party.identifiers()) {
            found.addAll(byIdentifier.getOrDefault(id, List.of()));
        }
        if (found.size() == byName.size()) {
            return byName;
        }
        List<CaseParty> ordered = new ArrayList<>(found.size());
        for (CaseParty p : parties) {
            if (found.contains(p)) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseParties that && parties.equals(that.parties);
    }

    @Override
    public int hashCode() {
        return parties.hashCode();
    }

    @Override
    public String toString() {
        return "CaseParties" + parties;
    }

    /** Builds the parties of a case role by role. */
    public static final class Builder {
        private final List<CaseParty> parties = new ArrayList<>();

        public Builder add(PartyRole role, Party party) {
            parties.add(new CaseParty(role, party));
            return this;
        }

        private Builder add(PartyRole role, String name, PartyIdentifier... ids) {
            return add(role, Party.named(name, ids));
        }

        public Builder employee(String name, PartyIdentifier... ids) {
            return add(PartyRole.EMPLOYEE, name, ids);
        }

        public Builder employeeFamilyMember(String name, PartyIdentifier... ids) {
            return add(PartyRole.EMPLOYEE_FAMILY_MEMBER, name, ids);
        }

        public Builder employeeAttorney(String name, PartyIdentifier... ids) {
            return add(PartyRole.EMPLOYEE_ATTORNEY, name, ids);
        }

        public Builder employer(String name, PartyIdentifier... ids) {
            return add(PartyRole.EMPLOYER, name, ids);
        }

        public Builder insurer(String name, PartyIdentifier... ids) {
            return add(PartyRole.INSURER, name, ids);
        }

        public Builder claimsAdministrator(String name, PartyIdentifier... ids) {
            return add(PartyRole.CLAIMS_ADMINISTRATOR, name, ids);
        }

        public Builder officerDirectorOrManager(String name, PartyIdentifier... ids) {
            return add(PartyRole.OFFICER_DIRECTOR_OR_MANAGER, name, ids);
        }

        public Builder defenseAttorney(String name, PartyIdentifier... ids) {
            return add(PartyRole.DEFENSE_ATTORNEY, name, ids);
        }

        public Builder requestingProvider(String name, PartyIdentifier... ids) {
            return add(PartyRole.REQUESTING_PROVIDER, name, ids);
        }

        public Builder treatingProvider(String name, PartyIdentifier... ids) {
            return add(PartyRole.TREATING_PROVIDER, name, ids);
        }

        public Builder facility(String name, PartyIdentifier... ids) {
            return add(PartyRole.FACILITY, name, ids);
        }

        public Builder manufacturer(String name, PartyIdentifier... ids) {
            return add(PartyRole.MANUFACTURER, name, ids);
        }

        public CaseParties build() {
            return new CaseParties(parties);
        }
    }
}
