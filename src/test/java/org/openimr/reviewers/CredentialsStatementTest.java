package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.reviewers.Fixtures.CLOCK;
import static org.openimr.reviewers.Fixtures.KEY;
import static org.openimr.reviewers.Fixtures.MATCHER;
import static org.openimr.reviewers.Fixtures.RULES;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;

import java.util.List;

import org.junit.jupiter.api.Test;

class CredentialsStatementTest {

    private static Reviewer pmr() {
        return Reviewer.builder(ReviewerId.of("R-PMR"), ReviewerName.of("Jane Q. Physiatrist"))
                .license(UsState.CALIFORNIA, "A123456", LicenseStatus.ACTIVE, TODAY.plusYears(1))
                .license(UsState.WASHINGTON, "MD60012345", LicenseStatus.ACTIVE, TODAY.plusYears(1))
                .license(UsState.OREGON, "MD99", LicenseStatus.ACTIVE, TODAY.minusDays(3))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation", "ABPMR",
                        TODAY.minusYears(14)))
                .subspecialty("Pain Management")
                .activePracticeSince(TODAY.minusYears(15)).weeklyHoursInActivePractice(30).limits(10, 3)
                .affiliationsDeclaredOn(TODAY.minusMonths(1)).build();
    }

    private static Assignment assign(Reviewer reviewer) {
        return ((AssignmentResult.Assigned) new ReviewerAssigner(MATCHER, KEY, CLOCK)
                .assign(kase("CM17-0008001"), List.of(reviewer), PanelWorkload.none())).assignment();
    }

    @Test
    void theBlockOfThe2016LettersComesFromTheRecord() {
        Reviewer r = pmr();
        CredentialsStatement s = CredentialsStatement.forLetter(r, assign(r), TODAY.plusDays(20), RULES);
        assertThat(s.licensureLine()).isEqualTo("State(s) of Licensure: California,Washington");
        assertThat(s.certificationLine())
                .isEqualTo("Certification(s)/Specialty: Physical Medicine & Rehabilitation, Pain Management");
        assertThat(s.block()).isEqualTo(s.licensureLine() + "\n" + s.certificationLine());
        assertThat(s.licensureStates()).containsExactly("California", "Washington");
    }

    @Test
    void theParagraphStatesQualificationsInPlainWordsWithoutIdentifyingTheReviewer() {
        Reviewer r = pmr();
        CredentialsStatement s = CredentialsStatement.forLetter(r, assign(r), TODAY.plusDays(20), RULES);
        assertThat(s.qualifications()).isEqualTo("The reviewer who decided this case is a physician certified by the "
                + "board in Physical Medicine & Rehabilitation, with a subspecialty in Pain Management, and holds a "
                + "license to practice in California and Washington. The reviewer has been in active clinical "
                + "practice for more than five years and still works at least 24 hours a week in active practice. "
                + "Screened when the case was assigned, the reviewer has no material financial, professional or "
                + "family tie to the employee; the employee's attorney; the employer; the insurer; the claims "
                + "administrator; an officer, director or manager of the employer, insurer or claims administrator; "
                + "the attorney of the employer, insurer or claims administrator; the requesting provider; a "
                + "treating provider; the facility where the treatment would be given; or the maker of the drug or "
                + "device in dispute, and was chosen for training and experience in the specialties that evaluate "
                + "and treat the condition and the disputed items.");
        assertThat(s.toString()).doesNotContain("Physiatrist").doesNotContain("A123456").doesNotContain("15 years");
    }

    @Test
    void threeStatesReadAsAList() {
        assertThat(CredentialsStatement.inWords(List.of("Ohio", "West Virginia", "California")))
                .isEqualTo("Ohio, West Virginia and California");
        assertThat(CredentialsStatement.inWords(List.of("the employee", "the employer"), "or"))
                .isEqualTo("the employee or the employer");
    }

    @Test
    void theNoTieSentenceNamesTheRolesTheStoredAttestationChecked() {
        Reviewer r = pmr();
        Assignment a = assign(r);
        ReviewerAssignments.Recorded stored = new ReviewerAssignments.Recorded(a.caseNumber(), a.reviewer(),
                a.assignedOn(), a.determinationDue(), a.attestation().reviewer(), a.attestation().checkedAt(),
                a.attestation().ruleBookVersion(), a.attestation().statement(),
                List.of(PartyRole.EMPLOYEE, PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR));
        assertThat(CredentialsStatement.forLetter(r, stored, TODAY.plusDays(20), RULES).qualifications())
                .contains(" Screened when the case was assigned, the reviewer has no material financial, "
                        + "professional or family tie to the employee, the employer or the claims administrator, "
                        + "and was chosen ");
        ReviewerAssignments.Recorded none = new ReviewerAssignments.Recorded(a.caseNumber(), a.reviewer(),
                a.assignedOn(), a.determinationDue(), a.attestation().reviewer(), a.attestation().checkedAt(),
                a.attestation().ruleBookVersion(), a.attestation().statement(), List.of());
        assertThatThrownBy(() -> CredentialsStatement.forLetter(r, none, TODAY, RULES))
                .hasMessage("the conflict attestation of case CM17-0008001 checked no party");
    }

    @Test
    void itRefusesToStateWhatIsNotTrueOnTheLetterDate() {
        Reviewer r = pmr();
        Assignment a = assign(r);
        assertThatThrownBy(() -> CredentialsStatement.forLetter(r, a, TODAY.plusYears(2), RULES))
                .hasMessageContaining("no active license");
        Reviewer other = Fixtures.qualified("R-OTHER").build();
        assertThatThrownBy(() -> CredentialsStatement.forLetter(other, a, TODAY, RULES))
                .hasMessageContaining("is assigned to R-PMR, not R-OTHER");
    }
}
