package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.Affiliation;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.FinancialAffiliation;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.UsState;
import org.openimr.shared.Priority;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/**
 * The "Parties named in the records" section of a case page in Chromium, each state checked by axe-core: a naming
 * with mistakes shows each message beside its field and stores nothing; the facility named excludes its shareholder
 * from the ranking; a maker named after the assignment shows the assigned reviewer's conflict, and the director
 * reassigns the case with the reason recorded on the timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class NamedPartyBrowserTest extends BrowserTest {

    static final String TREATMENT = "Physical therapy, 8 sessions for the lumbar spine";

    @Autowired
    StaffUsers users;
    @Autowired
    CaseService cases;
    @Autowired
    ReviewerPanel panel;

    @Test
    void theDirectorNamesTheFacilityAndTheMakerAndReassignsTheConflictedReviewer() {
        long n = System.nanoTime();
        String facility = "Browservale Surgery Center " + n;
        String maker = "Browserpharm Labs " + n;
        users.add("director", "test-password", Role.MEDICAL_DIRECTOR);
        String caseNumber = readyCase();
        String owner = reviewer("Dr. Shareholder Testdoctor", "revs-" + n,
                FinancialAffiliation.ownership(Party.named(facility), "8"));
        String advisor = reviewer("Dr. Advisor Testdoctor", "reva-" + n,
                new ProfessionalAffiliation(Party.named(maker), "scientific advisor"));
        String free = reviewer("Dr. Free Testdoctor", "revf-" + n, null);

        signIn("director");
        open("/staff/cases/" + caseNumber);
        assertThat(find("#parties-heading").getText()).isEqualTo("Parties named in the records");
        assertThat(find("#no-named-parties").getText()).isEqualTo("None named yet.");
        assertAccessible();

        // mistakes: each message beside its field, what was typed kept, nothing stored
        new Select(find("#f-identifier-scheme")).selectByValue("NPI");
        find("#f-identifier-value").sendKeys("123");
        clickThrough(find("#parties form button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-role-error")));
        assertThat(find("#f-role-error").getText()).isEqualTo("Role is missing.");
        assertThat(find("#f-role").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#f-name-error").getText()).isEqualTo("Name is missing.");
        assertThat(find("#f-identifier-value-error").getText())
                .isEqualTo("Identifier is not valid: an NPI has 10 digits: \"123\".");
        assertThat(find("#f-identifier-value").getAttribute("value")).isEqualTo("123");
        assertThat(find("#no-named-parties").getText()).isEqualTo("None named yet.");
        assertAccessible();

        // the facility, for the treatment: its shareholder is excluded from the ranking
        new Select(find("#f-role")).selectByValue("FACILITY");
        find("#f-name").sendKeys(facility);
        find("#f-identifier-value").clear();
        find("#f-identifier-value").sendKeys("1902000107");
        new Select(find("#f-disputedItem")).selectByValue(TREATMENT);
        clickThrough(find("#parties form button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("named-parties")));
        assertThat(find("#named-parties tbody").getText()).isEqualTo("the facility where the treatment would be given "
                + facility + " NPI 1902000107 " + TREATMENT + " " + LocalDate.now(BusinessCalendar.ZONE));
        assertThat(find("#timeline").getText()).contains("Named in the records: the facility where the treatment "
                + "would be given '" + facility + "' (NPI 1902000107), for '" + TREATMENT + "'");
        assertThat(find("#candidate-" + owner).getText()).contains("excluded by 'no conflict of interest': financial "
                + "interest 8% in the facility where the treatment would be given '" + facility + "'");
        assertAccessible();

        // the advisor of a maker not named yet is assigned
        find("#assign-" + advisor).click();
        clickThrough(find("form[aria-label='Assign a reviewer'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attestations")));
        assertThat(find(".lead").getText()).contains("Reviewer: reva-" + n);
        assertThat(browser().findElements(By.id("reviewer-conflict"))).isEmpty();

        // the maker named afterwards: the conflict is plain, and the case is reassigned with its reason
        new Select(find("#f-role")).selectByValue("MANUFACTURER");
        find("#f-name").sendKeys(maker);
        clickThrough(find("#parties form button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-conflict")));
        String conflict = "professional affiliation (scientific advisor) with the maker of the drug or device in "
                + "dispute '" + maker + "'";
        assertThat(find("#reviewer-conflict p").getText()).isEqualTo("The assigned reviewer has a conflict of "
                + "interest: " + conflict + ". Assign another reviewer.");
        assertThat(find("#candidate-" + advisor).getText()).contains("has the case now");
        assertThat(find("#reassign-reason").getAttribute("value")).isEqualTo("conflict of interest found after the "
                + "assignment: " + conflict);
        assertAccessible();
        find("#assign-" + free).click();
        clickThrough(find("form[aria-label='Reassign the case'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lead"),
                "Reviewer: revf-" + n));
        assertThat(browser().findElements(By.id("reviewer-conflict"))).isEmpty();
        assertThat(find("#timeline").getText()).contains("Reviewer revf-" + n + " assigned in place of the reviewer "
                + "assigned before: conflict of interest found after the assignment: " + conflict);
        assertThat(find("#attestations").getText()).contains("the maker of the drug or device in dispute '" + maker
                + "'").doesNotContain("Free Testdoctor");
        assertAccessible();
    }

    /** A qualified reviewer of physical medicine, linked to a sign-in name, with one affiliation or none. */
    private String reviewer(String name, String signIn, Affiliation affiliation) {
        ReviewerId id = panel.nextId();
        Reviewer.Builder b = Reviewer.builder(id, ReviewerName.of(name))
                .license(UsState.CALIFORNIA, "A-" + id.value(), LicenseStatus.ACTIVE, LocalDate.now(BusinessCalendar.ZONE).plusYears(1))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation",
                        "American Board of Physical Medicine and Rehabilitation", LocalDate.of(2005, 1, 15)))
                .activePracticeSince(LocalDate.of(2003, 7, 1)).weeklyHoursInActivePractice(30).limits(10, 3)
                .affiliationsDeclaredOn(LocalDate.now(BusinessCalendar.ZONE));
        if (affiliation != null) {
            b.affiliation(affiliation);
        }
        panel.save(b.build(), Optional.of(signIn), "ADD_REVIEWER", "");
        return id.value();
    }

    private String readyCase() {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        StoredCase c = cases.file(new ApplicationForm().reviewType(Priority.STANDARD)
                .employee("Maria", "", "Testperson").employeeBornOn(LocalDate.of(1984, 5, 2))
                .employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .claimNumber("CLM-NP-" + System.nanoTime()).injuredOn(today.minusDays(90))
                .employer("Named Party Orchard " + System.nanoTime())
                .claimsAdministrator("Sample Claims Services", "J. Adjuster", "916-555-0199")
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(today.minusDays(20), ServiceMethod.ELECTRONIC).urDecisionAttached(true)
                .disputedItem(TREATMENT, "Lumbar sprain", "S33.5XXA")
                .signed(true).receivedOn(today.minusDays(2)), LiabilityPosition.NOT_DISPUTED);
        var number = c.imrCase().caseNumber();
        c = cases.record(number, c.version(), "RECORD_NOARFI_SENT", k -> k.sendNoarfi(today,
                NoticeMethod.ELECTRONIC));
        cases.record(number, c.version(), "RECORD_RECORDS_RECEIVED", k -> k.receiveRecords(today,
                RecordsCompleteness.COMPLETE));
        return number.value();
    }
}
