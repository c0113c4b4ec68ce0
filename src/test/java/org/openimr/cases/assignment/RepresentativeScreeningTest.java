package org.openimr.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.InMemoryCaseNumberSequence;
import org.openimr.cases.Representative;
import org.openimr.cases.ServiceMethod;
import org.openimr.determination.RequestInterpreter;
import org.openimr.reviewers.Affiliation;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.CandidateAssessment;
import org.openimr.reviewers.CaseParty;
import org.openimr.reviewers.CaseToAssign;
import org.openimr.reviewers.Caseload;
import org.openimr.reviewers.FamilialAffiliation;
import org.openimr.reviewers.FamilyRelation;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.PartyRole;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerMatcher;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.RuleResult;
import org.openimr.reviewers.UsState;
import org.openimr.shared.Priority;

/**
 * The employee's designated representative is a party of the case for conflict screening: an attorney and their firm
 * as the employee's attorney, a parent, guardian or relative as a member of the employee's family.
 */
class RepresentativeScreeningTest {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    static final RequestInterpreter INTERPRETER = RequestInterpreter.standard();
    static final ReviewerMatcher MATCHER = ReviewerMatcher.standard();

    static ApplicationForm form() {
        return new ApplicationForm().reviewType(Priority.STANDARD).employee("Maria", "L", "Testperson")
                .employeeBornOn(LocalDate.of(1984, 5, 2)).employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .claimNumber("CLM-2016-000123").injuredOn(LocalDate.of(2016, 10, 11)).employer("Example Packing Co.")
                .claimsAdministrator("Sample Claims Services", null, null)
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL).urDecisionAttached(true).signed(true)
                .disputedItem("Lumbar spine MRI without contrast", "Low back pain", "M54.50")
                .receivedOn(LocalDate.of(2016, 11, 21));
    }

    static CaseToAssign kase(ApplicationForm form) {
        ImrCase c = ImrCase.open(new InMemoryCaseNumberSequence(), form.receive(TODAY), LocalDate.of(2016, 11, 21))
                .screen(LocalDate.of(2016, 11, 22), EligibilitySpecification.standard(), ScreeningContext.standard());
        return CaseForPanel.of(c, INTERPRETER, TODAY);
    }

    static Reviewer reviewer(Affiliation affiliation) {
        return Reviewer.builder(ReviewerId.of("R-REP"), ReviewerName.of("Dr. Screened Testdoctor"))
                .license(UsState.CALIFORNIA, "A-77", LicenseStatus.ACTIVE, TODAY.plusYears(2))
                .certification(BoardCertification.lifetime("Occupational Medicine", "ABPM", TODAY.minusYears(10)))
                .activePracticeSince(TODAY.minusYears(12)).weeklyHoursInActivePractice(32).limits(10, 3)
                .affiliationsDeclaredOn(TODAY.minusMonths(2)).affiliation(affiliation).build();
    }

    static List<String> failures(Reviewer reviewer, CaseToAssign kase) {
        CandidateAssessment a = MATCHER.assess(reviewer, kase, Caseload.empty(), TODAY);
        return a.failures().stream().map(RuleResult::explanation).toList();
    }

    @Test
    void aReviewerAffiliatedWithTheRepresentativesFirmIsExcludedAsAffiliatedWithTheEmployeesAttorney() {
        CaseToAssign kase = kase(form().representative("Linda Park", Representative.Kind.ATTORNEY, "Park & Reyes LLP")
                .representativeAddress("9 Counsel Row", "Fresno", "CA", "93702"));

        assertThat(kase.parties().withRole(PartyRole.EMPLOYEE_ATTORNEY)).extracting(CaseParty::party)
                .extracting(p -> p.name().asWritten()).containsExactly("Linda Park", "Park & Reyes LLP");
        assertThat(failures(reviewer(new ProfessionalAffiliation(Party.named("Park & Reyes LLP"), "of counsel")),
                kase)).containsExactly("excluded: professional affiliation (of counsel) with the employee's attorney "
                        + "'Park & Reyes LLP'");
    }

    @Test
    void aRelativeRepresentingTheEmployeeIsAMemberOfTheEmployeesFamily() {
        CaseToAssign kase = kase(form().representative("Jorge Testperson", Representative.Kind.RELATIVE, null)
                .representativeAddress("100 Sample Street", "Fresno", "CA", "93701"));

        assertThat(failures(reviewer(new FamilialAffiliation(Party.named("Jorge Testperson"), FamilyRelation.SIBLING)),
                kase)).containsExactly("excluded: familial affiliation (sibling) with a member of the employee's "
                        + "family 'Jorge Testperson'");
    }

    @Test
    void withoutARepresentativeTheAttorneysFirmIsNoParty() {
        CaseToAssign kase = kase(form());

        assertThat(kase.parties().withRole(PartyRole.EMPLOYEE_ATTORNEY)).isEmpty();
        assertThat(failures(reviewer(new ProfessionalAffiliation(Party.named("Park & Reyes LLP"), "of counsel")),
                kase)).isEmpty();
    }

    @Test
    void anotherKindOfRepresentativeIsNoPartyOfTheConflictRules() {
        CaseToAssign kase = kase(form().representative("Sam Helper", Representative.Kind.OTHER, null)
                .representativeAddress("1 Aid Street", "Fresno", "CA", "93703"));

        assertThat(kase.parties().withRole(PartyRole.EMPLOYEE_ATTORNEY)).isEmpty();
        assertThat(kase.parties().withRole(PartyRole.EMPLOYEE_FAMILY_MEMBER)).isEmpty();
    }
}
