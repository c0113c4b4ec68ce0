package org.openimr.reviewers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everyone a reviewer of the case must be free of: the employee and family and attorney, the employer, insurer and
 * claims administrator with their officers, directors, managers and attorneys, the requesting and treating
 * providers, the facility where treatment would be given, the makers of the drugs and devices in dispute.
 */
public record CaseParties(List<CaseParty> parties) {

    /** The roles every case has; the attestation says when one of them was not known at screening. */
    static final Set<PartyRole> EXPECTED_ROLES = Collections.unmodifiableSet(EnumSet.of(PartyRole.EMPLOYEE,
            PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.REQUESTING_PROVIDER));

    public CaseParties {
        parties = List.copyOf(parties);
    }

    public static Builder builder() {
        return new Builder();
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
