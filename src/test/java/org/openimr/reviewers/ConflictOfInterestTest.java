package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.reviewers.Fixtures.TODAY;
import static org.openimr.reviewers.Fixtures.kase;
import static org.openimr.reviewers.Fixtures.party;
import static org.openimr.reviewers.Fixtures.qualified;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictOfInterestTest {

    private final EligibilityRule rule = HardRules.standard(Fixtures.RULES).stream()
            .filter(r -> r.name().equals(HardRules.CONFLICT_OF_INTEREST)).findFirst().orElseThrow();

    private RuleResult screen(Affiliation... affiliations) {
        Reviewer.Builder b = qualified("R-1");
        for (Affiliation a : affiliations) {
            b.affiliation(a);
        }
        return rule.check(b.build(), kase("CM17-0000001"), Caseload.empty(), TODAY);
    }

    @Test
    void aReviewerWithoutAffiliationsPasses() {
        RuleResult r = screen();
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo("no material affiliation with any of the 11 parties of the case");
    }

    @Test
    void anAffiliationWithSomeoneOutsideTheCaseIsNoConflict() {
        assertThat(screen(FinancialAffiliation.ownership(party("Other Insurance Co"), "40")).passed()).isTrue();
    }

    @Test
    void financialInterestAboveOnePercentInTheClaimsAdministratorExcludes() {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Acme Insurance Services"), "2.5"));
        assertThat(r.passed()).isFalse();
        assertThat(r.explanation()).isEqualTo("excluded: financial interest 2.5% in the claims administrator "
                + "'Acme Insurance Services, Inc.' (declared as 'Acme Insurance Services')");
    }

    @Test
    void theExplanationNamesThePartyAsTheCaseDoesWhenTheDeclarationAgrees() {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Acme Insurance Services, Inc."), "2.5"));
        assertThat(r.explanation()).isEqualTo(
                "excluded: financial interest 2.5% in the claims administrator 'Acme Insurance Services, Inc.'");
    }

    @ParameterizedTest(name = "{0}% is not material")
    @ValueSource(strings = {"0", "0.5", "0.99", "1", "1.00"})
    void anInterestOfOnePercentOrLessIsNotMaterial(String percent) {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Medtronic"), percent));
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).contains("not material: financial interest").contains("1% or less is not material");
    }

    @ParameterizedTest(name = "{0}% is material")
    @ValueSource(strings = {"1.0001", "1.01", "1.5", "50", "100"})
    void anInterestAboveOnePercentIsMaterial(String percent) {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Medtronic"), percent));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).contains("in the maker of the drug or device in dispute 'Medtronic, Inc.'");
    }

    @Test
    void compensationFromAPartyIsAlwaysMaterial() {
        RuleResult r = screen(FinancialAffiliation.compensation(party("Golden State Mutual Insurance"),
                "utilization review fees"));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).startsWith("financial tie (utilization review fees) with the insurer "
                + "'Golden State Mutual Insurance Company'");
    }

    @Test
    void aProfessionalTieWithTheFacilityExcludes() {
        RuleResult r = screen(new ProfessionalAffiliation(party("St Mary Medical Center"), "staff privileges"));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).startsWith("professional affiliation (staff privileges) with the facility where the "
                + "treatment would be given 'St. Mary Medical Center'");
    }

    static Stream<Arguments> everyRoleOfTheCase() {
        return Stream.of(
                Arguments.of(PartyRole.EMPLOYEE, "Maria Lopez"),
                Arguments.of(PartyRole.EMPLOYEE_ATTORNEY, "Linda Park"),
                Arguments.of(PartyRole.EMPLOYER, "Sunrise Packing"),
                Arguments.of(PartyRole.INSURER, "Golden State Mutual Insurance"),
                Arguments.of(PartyRole.CLAIMS_ADMINISTRATOR, "ACME INSURANCE SERVICES"),
                Arguments.of(PartyRole.OFFICER_DIRECTOR_OR_MANAGER, "Chen, Robert"),
                Arguments.of(PartyRole.DEFENSE_ATTORNEY, "Baker and Price"),
                Arguments.of(PartyRole.REQUESTING_PROVIDER, "Alan Smith MD"),
                Arguments.of(PartyRole.TREATING_PROVIDER, "Valley Spine Medical Group"),
                Arguments.of(PartyRole.FACILITY, "St. Mary Medical Center"),
                Arguments.of(PartyRole.MANUFACTURER, "Medtronic"));
    }

    @ParameterizedTest(name = "a professional tie with {0} excludes")
    @MethodSource("everyRoleOfTheCase")
    void aTieWithAnyPartyOfTheCaseExcludes(PartyRole role, String declaredAs) {
        RuleResult r = screen(new ProfessionalAffiliation(party(declaredAs), "partner in practice"));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).contains("with " + role.phrase() + " '");
    }

    @Test
    void aFamilyMemberOfTheEmployeeIsAPartyToo() {
        CaseParties parties = CaseParties.builder().employee("Maria Lopez").employeeFamilyMember("Jorge Lopez")
                .build();
        CaseToAssign kase = new CaseToAssign(org.openimr.shared.CaseNumber.of("CM17-0000002"),
                org.openimr.shared.Priority.STANDARD, TODAY.plusDays(30), parties, java.util.List.of(Fixtures.LUMBAR_MRI));
        Reviewer reviewer = qualified("R-1")
                .affiliation(new FamilialAffiliation(party("Jorge Lopez"), FamilyRelation.SPOUSE)).build();
        RuleResult r = rule.check(reviewer, kase, Caseload.empty(), TODAY);
        assertThat(r.explanation()).isEqualTo("excluded: familial affiliation (spouse) with a member of the "
                + "employee's family 'Jorge Lopez'");
    }

    @ParameterizedTest(name = "{0} is a material relation")
    @EnumSource(value = FamilyRelation.class, names = {"PARENT", "CHILD", "GRANDPARENT", "GRANDCHILD", "SIBLING",
        "UNCLE", "AUNT", "NEPHEW", "NIECE", "SPOUSE", "COHABITANT"})
    void listedFamilyRelationsAreMaterial(FamilyRelation relation) {
        RuleResult r = screen(new FamilialAffiliation(party("Linda Park"), relation));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo("familial affiliation (" + relation.phrase()
                + ") with the employee's attorney 'Linda Park, Esq.' (declared as 'Linda Park')");
    }

    @ParameterizedTest(name = "{0} is not a material relation")
    @EnumSource(value = FamilyRelation.class, names = {"COUSIN", "PARENT_IN_LAW", "CHILD_IN_LAW", "SIBLING_IN_LAW",
        "STEPPARENT", "STEPCHILD", "FORMER_SPOUSE", "OTHER"})
    void otherFamilyRelationsAreNotMaterialButRecorded(FamilyRelation relation) {
        RuleResult r = screen(new FamilialAffiliation(party("Maria Lopez"), relation));
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).contains("not material: familial affiliation (" + relation.phrase()
                + ") with the employee 'Maria Lopez' (" + relation.phrase() + " is not a material family relation)");
    }

    @Test
    void havingTreatedOrExaminedTheEmployeeExcludes() {
        RuleResult treated = screen(new PriorCareOfEmployee(party("Maria Lopez"), TODAY.minusYears(3),
                PriorCareOfEmployee.Kind.TREATED));
        assertThat(treated.explanation()).isEqualTo("excluded: treated the employee 'Maria Lopez' before (last "
                + TODAY.minusYears(3) + ")");
        RuleResult examined = screen(new PriorCareOfEmployee(party("Lopez, Maria"), TODAY.minusYears(1),
                PriorCareOfEmployee.Kind.EXAMINED));
        assertThat(examined.passed()).isFalse();
        assertThat(examined.reason()).startsWith("examined the employee 'Maria Lopez' before");
    }

    @Test
    void priorCareOfSomeoneElseInTheCaseIsNotMaterial() {
        RuleResult r = screen(new PriorCareOfEmployee(party("Robert Chen"), TODAY.minusYears(1),
                PriorCareOfEmployee.Kind.TREATED));
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).contains("prior care matters only for the employee");
    }

    @Test
    void aReviewerWhoIsTheRequestingProviderIsExcludedWithoutPrintingTheName() {
        Reviewer reviewer = Reviewer.builder(ReviewerId.of("R-9"), ReviewerName.of("Alan Smith"))
                .identifier(PartyIdentifier.npi("1234567890"))
                .license(UsState.CALIFORNIA, "G1", LicenseStatus.ACTIVE, TODAY.plusYears(1))
                .certification(BoardCertification.lifetime("Orthopedic Surgery", "ABOS", TODAY.minusYears(9)))
                .activePracticeSince(TODAY.minusYears(15)).weeklyHoursInActivePractice(40).limits(5, 2)
                .affiliationsDeclaredOn(TODAY).build();
        RuleResult r = rule.check(reviewer, kase("CM17-0000003"), Caseload.empty(), TODAY);
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo("the reviewer is the requesting provider (same NPI 1234567890)");
        assertThat(r.reason()).doesNotContain("Smith");
    }

    @Test
    void everyConflictIsListedNotOnlyTheFirst() {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Sunrise Packing"), "5"),
                new FamilialAffiliation(party("Maria Lopez"), FamilyRelation.NIECE));
        // in the order the affiliations were declared
        assertThat(r.reason()).isEqualTo("financial interest 5% in the employer 'Sunrise Packing Co.' (declared as "
                + "'Sunrise Packing'); familial affiliation (niece) with the employee 'Maria Lopez'");
    }

    @Test
    void anIdentifierMatchIsShownAsTheBasis() {
        RuleResult r = screen(FinancialAffiliation.ownership(party("Sunrise Holdings", PartyIdentifier.fein("941234567")),
                "3"));
        assertThat(r.reason()).isEqualTo("financial interest 3% in the employer 'Sunrise Packing Co.' "
                + "(same FEIN 941234567)");
    }
}
