package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.shared.Priority;

class ApplicationFormTest {

    @Test
    void aCompleteFormGivesTheApplication() {
        Validated<Application> result = form().validate(TODAY);

        assertThat(result.isValid()).isTrue();
        Application application = ((Validated.Valid<Application>) result).value();
        assertThat(application.employee().name().fullName()).isEqualTo("Maria L. Testperson");
        assertThat(application.employee().contact().phone()).map(PhoneNumber::toString).contains("(559) 555-0100");
        assertThat(application.claimsAdministrator().adjuster()).contains("J. Adjuster");
        assertThat(application.requestingPhysician().describe()).isEqualTo("Dr. Ana Doctorson (Family Practice)");
        assertThat(application.urDecision().servedBy()).isEqualTo(ServiceMethod.MAIL);
        assertThat(application.disputedItems()).singleElement().satisfies(item -> {
            assertThat(item.request()).isEqualTo("Cervical spine MRI without contrast");
            assertThat(item.diagnosis()).map(Diagnosis::describe).contains("Cervical sprain (S13.4XXA)");
        });
        assertThat(application.reviewType()).isEqualTo(Priority.STANDARD);
        assertThat(result.problems().isEmpty()).isTrue();
    }

    @Test
    void anEmptyFormReportsEveryMissingRequiredField() {
        ValidationProblems problems = new ApplicationForm().validate(TODAY).problems();

        assertThat(problems.fields()).containsExactly("reviewType", "employee.firstName", "employee.lastName",
                "employee.dateOfBirth", "employee.address.street", "employee.address.city", "employee.address.state",
                "employee.address.zip", "claimNumber", "dateOfInjury", "employer.name", "claimsAdministrator.company",
                "requestingPhysician.firstName", "requestingPhysician.lastName", "urDecision.date",
                "urDecision.servedBy", "disputedItems", "dateReceived");
        assertThat(problems.of("employee.dateOfBirth")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is missing"));
        assertThat(problems.of("disputedItems").get(0).message()).isEqualTo("no disputed treatment is listed");
    }

    @Test
    void blankTextCountsAsMissing() {
        ValidationProblems problems = form().claimNumber("  ").employer("").validate(TODAY).problems();
        assertThat(problems.fields()).containsExactly("claimNumber", "employer.name");
    }

    @Test
    void datesInTheFutureAreImpossible() {
        LocalDate tomorrow = TODAY.plusDays(1);
        ValidationProblems problems = form().employeeBornOn(tomorrow).injuredOn(tomorrow).urDecision(tomorrow,
                ServiceMethod.MAIL).receivedOn(tomorrow).validate(TODAY).problems();

        assertThat(problems.of("employee.dateOfBirth")).extracting(ValidationProblems.Problem::message)
                .containsExactly("is in the future (2017-03-02 is after today, 2017-03-01)");
        assertThat(problems.of("dateOfInjury")).hasSize(1);
        assertThat(problems.of("urDecision.date")).hasSize(1);
        assertThat(problems.of("dateReceived")).hasSize(1);
    }

    @Test
    void anInjuryAfterTheUrDecisionIsImpossible() {
        ValidationProblems problems = form().injuredOn(LocalDate.of(2016, 11, 5)).validate(TODAY).problems();
        assertThat(problems.all()).singleElement().hasToString(
                "urDecision.date: is before the date of injury (2016-11-05)");
    }

    @Test
    void aBirthAfterTheInjuryIsImpossible() {
        ValidationProblems problems = form().employeeBornOn(LocalDate.of(2016, 10, 12)).validate(TODAY).problems();
        assertThat(problems.all()).singleElement().hasToString(
                "dateOfInjury: is before the employee's date of birth (2016-10-12)");
    }

    @Test
    void anApplicationReceivedBeforeTheUrDecisionIsImpossible() {
        ValidationProblems problems = form().receivedOn(LocalDate.of(2016, 11, 3)).validate(TODAY).problems();
        assertThat(problems.all()).singleElement().hasToString(
                "dateReceived: is before the date of the UR decision (2016-11-04)");
        ValidationProblems receipt = form().urDecisionReceivedByEmployeeOn(LocalDate.of(2016, 11, 1))
                .validate(TODAY).problems();
        assertThat(receipt.fields()).containsExactly("urDecision.receivedByEmployeeOn");
    }

    @Test
    void everyImpossibleDateIsReportedAtOnce() {
        ValidationProblems problems = form()
                .employeeBornOn(LocalDate.of(2016, 12, 1))     // after the injury
                .urDecision(LocalDate.of(2016, 10, 1), ServiceMethod.ELECTRONIC) // before the injury
                .receivedOn(LocalDate.of(2016, 9, 30))          // before the UR decision
                .validate(TODAY).problems();
        assertThat(problems.fields()).containsExactly("dateOfInjury", "urDecision.date", "dateReceived");
    }

    @Test
    void icd10CodesAreCheckedForShape() {
        assertThat(Icd10Code.problem("M54.5")).isEmpty();
        assertThat(Icd10Code.problem("S33.5XXA")).isEmpty();
        assertThat(Icd10Code.problem("m545")).isEmpty();
        assertThat(Icd10Code.of("s335xxa").value()).isEqualTo("S33.5XXA");
        assertThat(Icd10Code.of("M79").value()).isEqualTo("M79");
        assertThat(Icd10Code.problem("724.2")).hasValueSatisfying(p -> assertThat(p).contains("looks like an ICD-9"));
        assertThat(Icd10Code.problem("5M4.5")).hasValueSatisfying(p -> assertThat(p).contains("is not an ICD-10"));
        assertThat(Icd10Code.problem("M54.12345")).isPresent();
        assertThat(Icd10Code.problem("M5")).isPresent();
        assertThatThrownBy(() -> Icd10Code.of("lumbar")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadCodeIsReportedOnItsItem() {
        ValidationProblems problems = form()
                .disputedItem("Physical therapy 2x6", "Low back pain", "724.2")
                .disputedItem(ApplicationForm.Item.of(" "))
                .disputedItem("Naproxen 550 mg", "Low back pain", "M54.5")
                .validate(TODAY).problems();
        assertThat(problems.fields()).containsExactly("disputedItems[2].diagnosis.icd10", "disputedItems[3].request");
    }

    @Test
    void addressPhoneAndEmailAreCheckedForShape() {
        ValidationProblems problems = form()
                .employeeAddress("1 Main St", "Fresno", "California", "9370")
                .employeeContact("555-0100", "maria at example")
                .claimsAdministrator("Sample Claims", null, "call the front desk")
                .validate(TODAY).problems();
        assertThat(problems.fields()).containsExactly("employee.address.state", "employee.address.zip",
                "employee.phone", "employee.email", "claimsAdministrator.phone");
        assertThat(problems.of("employee.address.zip").get(0).message()).contains("\"9370\" is not a ZIP code");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Application application = form().employee("Maria", null, "Testperson").employeeContact(null, " ")
                .claimsAdministrator("Sample Claims", null, null).requestingPhysician("Ana", "Doctorson", null)
                .disputedItem(ApplicationForm.Item.of("Acupuncture x6")).toApplication(TODAY);
        assertThat(application.employee().name().fullName()).isEqualTo("Maria Testperson");
        assertThat(application.employee().contact().email()).isEmpty();
        assertThat(application.requestingPhysician().specialty()).isEmpty();
        assertThat(application.disputedItems().get(1).diagnosis()).isEmpty();
    }

    @Test
    void takingAnInvalidFormAsAnApplicationThrowsEveryProblem() {
        assertThatThrownBy(() -> form().claimNumber(null).injuredOn(null).toApplication(TODAY))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("claimNumber: is missing")
                .hasMessageContaining("dateOfInjury: is missing")
                .satisfies(e -> assertThat(((InvalidApplicationException) e).problems().size()).isEqualTo(2));
    }

    @Test
    void anInvalidFormIsReceivedAsIncomplete() {
        ReceivedApplication received = form().employeeBornOn(null).receive(TODAY);
        assertThat(received).isInstanceOf(IncompleteApplication.class);
        IncompleteApplication incomplete = (IncompleteApplication) received;
        assertThat(incomplete.applicantName()).isEqualTo("Maria Testperson");
        assertThat(incomplete.receivedOn()).isEqualTo(LocalDate.of(2016, 11, 21));
        assertThat(incomplete.problems().fields()).containsExactly("employee.dateOfBirth");

        IncompleteApplication undated = (IncompleteApplication) new ApplicationForm().receive(TODAY);
        assertThat(undated.receivedOn()).isEqualTo(TODAY);
        assertThat(undated.applicantName()).isEqualTo("the applicant");
        assertThat(form().receive(TODAY)).isInstanceOf(Application.class);
    }
}
