package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.reviewers.Fixtures.CLOCK;
import static org.openimr.reviewers.Fixtures.KEY;
import static org.openimr.reviewers.Fixtures.MATCHER;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;
import static org.openimr.reviewers.Fixtures.party;
import static org.openimr.reviewers.Fixtures.qualified;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

class AssignmentTest {

    private final ReviewerAssigner assigner = new ReviewerAssigner(MATCHER, KEY, CLOCK);

    @Test
    void theBestEligibleReviewerTakesTheCaseWithAnAttestation() {
        Reviewer conflicted = qualified("R-1")
                .affiliation(new ProfessionalAffiliation(party("Valley Spine Medical Group"), "partner")).build();
        Reviewer chosen = qualified("R-2")
                .affiliation(FinancialAffiliation.ownership(party("Medtronic Inc"), "0.4"))
                .affiliation(new FamilialAffiliation(party("Someone Unrelated"), FamilyRelation.SIBLING)).build();
        AssignmentResult result = assigner.assign(kase("CM17-0000400"), List.of(conflicted, chosen),
                PanelWorkload.none());

        assertThat(result).isInstanceOf(AssignmentResult.Assigned.class);
        Assignment a = ((AssignmentResult.Assigned) result).assignment();
        assertThat(a.reviewer()).isEqualTo(chosen.id());
        assertThat(a.assignedOn()).isEqualTo(TODAY);
        assertThat(a.determinationDue()).isEqualTo(TODAY.plusDays(30));

        ConflictAttestation att = a.attestation();
        assertThat(att.caseNumber()).isEqualTo(CaseNumber.of("CM17-0000400"));
        assertThat(att.checkedAt()).isEqualTo(Instant.parse("2017-01-05T17:00:00Z"));
        assertThat(att.ruleBookVersion()).isEqualTo(Fixtures.RULES.version()).startsWith("2026-11-27.1 (sha256:");
        assertThat(att.partiesChecked()).hasSize(11).extracting(CaseParty::role).contains(PartyRole.EMPLOYEE,
                PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.FACILITY, PartyRole.MANUFACTURER);
        assertThat(att.expectedRolesNotOnFile()).isEmpty();
        assertThat(att.kindsScreened()).isEqualTo(EnumSet.allOf(AffiliationKind.class));
        assertThat(att.affiliationsOnFile()).isEqualTo(2);
        assertThat(att.affiliationsDeclaredOn()).isEqualTo(TODAY.minusMonths(2));
        assertThat(att.finding()).isEqualTo("no material affiliation with any of the 11 parties of the case; not "
                + "material: financial interest 0.4% in the maker of the drug or device in dispute 'Medtronic, Inc.' "
                + "(declared as 'Medtronic Inc') (1% or less is not material)");
        assertThat(att.otherRulesMet()).containsExactly("active license", "board certification",
                "years in active practice", "hours in active practice", "no disciplinary history",
                "capacity before the deadline");
    }

    @Test
    void theAttestationNamesTheReviewerByAReferenceOnly() {
        Reviewer reviewer = qualified("PANEL-0007").build();
        Assignment a = ((AssignmentResult.Assigned) assigner.assign(kase("CM17-0000401"), List.of(reviewer),
                PanelWorkload.none())).assignment();
        ConflictAttestation att = a.attestation();

        assertThat(att.reviewer().value()).matches("RR-[0-9a-f]{24}");
        assertThat(att.statement()).doesNotContain("PANEL-0007").doesNotContain("Dr. Reviewer")
                .contains("reviewer " + att.reviewer().value())
                .contains("screened for case CM17-0000401 against 11 parties (the employee 'Maria Lopez', ")
                .contains("for financial, professional, familial, prior care of employee affiliations")
                .contains("declaration of " + TODAY.minusMonths(2) + " (0 affiliations on file)")
                .contains("Finding: no material affiliation with any of the 11 parties of the case.");
        assertThat(att.toString()).doesNotContain("PANEL-0007").doesNotContain("Dr. Reviewer");
        // the organization can show whom the reference denotes; it differs from case to case
        assertThat(KEY.denotes(att.reviewer(), reviewer.id(), a.caseNumber())).isTrue();
        assertThat(KEY.denotes(att.reviewer(), ReviewerId.of("PANEL-0008"), a.caseNumber())).isFalse();
        assertThat(KEY.referenceFor(reviewer.id(), CaseNumber.of("CM17-0000402"))).isNotEqualTo(att.reviewer());
        // and another key cannot
        AttestationKey other = AttestationKey.of(new byte[32]);
        assertThat(other.denotes(att.reviewer(), reviewer.id(), a.caseNumber())).isFalse();
        assertThat(other.toString()).doesNotContain("0");
    }

    @Test
    void rolesMissingFromTheCaseAreStatedInTheAttestation() {
        CaseToAssign sparse = new CaseToAssign(CaseNumber.of("CM17-0000403"), Priority.STANDARD, TODAY.plusDays(30),
                CaseParties.builder().employee("Maria Lopez").employer("Sunrise Packing").build(),
                List.of(Fixtures.LUMBAR_MRI));
        Assignment a = ((AssignmentResult.Assigned) assigner.assign(sparse, List.of(qualified("R-1").build()),
                PanelWorkload.none())).assignment();
        assertThat(a.attestation().expectedRolesNotOnFile())
                .containsExactlyInAnyOrder(PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.REQUESTING_PROVIDER);
        assertThat(a.attestation().statement()).contains("Not on file at screening, so not checked: the claims "
                + "administrator, the requesting provider.");
    }

    @Test
    void aCaseNobodyCanTakeSaysWhy() {
        Reviewer conflicted = qualified("R-1")
                .affiliation(new FamilialAffiliation(party("Maria Lopez"), FamilyRelation.AUNT)).build();
        Reviewer busy = qualified("R-2").limits(0, 3).build();
        AssignmentResult result = assigner.assign(kase("CM17-0000404"), List.of(conflicted, busy),
                PanelWorkload.none());
        assertThat(result).isInstanceOf(AssignmentResult.NotAssigned.class);
        UnassignableCase u = ((AssignmentResult.NotAssigned) result).unassignable();
        assertThat(u.reason()).isEqualTo("no eligible reviewer among 2: capacity before the deadline 1, "
                + "no conflict of interest 1");
        assertThat(result.ranking().ineligible()).hasSize(2);
    }

    @Test
    void anEmptyPanelSaysSo() {
        AssignmentResult result = assigner.assign(kase("CM17-0000405"), List.of(), PanelWorkload.none());
        assertThat(((AssignmentResult.NotAssigned) result).unassignable().reason()).isEqualTo("the panel is empty");
    }

    @Test
    void keysMustBeLongEnough() {
        assertThatThrownBy(() -> AttestationKey.of(new byte[16])).hasMessageContaining("at least 32 bytes");
    }
}
