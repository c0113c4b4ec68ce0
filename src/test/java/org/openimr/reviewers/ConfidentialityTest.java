package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.TODAY;

import org.junit.jupiter.api.Test;

/** A reviewer's name (and what leads to it) does not come out of the types by accident. */
class ConfidentialityTest {

    private final Reviewer reviewer = Reviewer.builder(ReviewerId.of("R-42"), ReviewerName.of("Gregory House"))
            .identifier(PartyIdentifier.npi("1999999999"))
            .license(UsState.NEW_JERSEY, "25MA0999999", LicenseStatus.ACTIVE, TODAY.plusYears(1))
            .certification(BoardCertification.lifetime("Internal Medicine", "ABIM", TODAY.minusYears(20)))
            .activePracticeSince(TODAY.minusYears(20)).weeklyHoursInActivePractice(40).limits(5, 1)
            .affiliation(new FamilialAffiliation(Party.named("Lisa Cuddy"), FamilyRelation.COHABITANT))
            .affiliationsDeclaredOn(TODAY).build();

    @Test
    void printingAReviewerGivesTheIdOnly() {
        assertThat(reviewer.toString()).isEqualTo("Reviewer[R-42]");
        assertThat(String.valueOf(reviewer.name())).isEqualTo("[reviewer name withheld]");
        assertThat(reviewer.licenses().get(0).toString()).doesNotContain("25MA0999999")
                .isEqualTo("License[New Jersey, ACTIVE, expires " + TODAY.plusYears(1) + "]");
    }

    @Test
    void theNameIsReachableOnlyDeliberately() {
        assertThat(reviewer.name().disclosedWithinTheOrganization()).isEqualTo("Gregory House");
        assertThat(reviewer.name()).isEqualTo(ReviewerName.of("Gregory House"));
    }
}
