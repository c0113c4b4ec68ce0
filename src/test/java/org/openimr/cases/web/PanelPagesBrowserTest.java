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
import org.openimr.reviewers.BoardCertification;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/**
 * The panel's pages in Chromium, each checked by axe-core: the director adds a reviewer with a mistake (the message
 * beside the field), then a license, a certification and an affiliation; ranks a ready case, sees who is excluded by
 * which rule, assigns it, and reads the attestation; the reviewer then signs in and sees that case only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class PanelPagesBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;
    @Autowired
    CaseService cases;
    @Autowired
    ReviewerPanel panel;

    @Test
    void theDirectorBuildsAReviewerAssignsACaseAndTheReviewerSeesOnlyIt() {
        String login = "revb-" + System.nanoTime();
        users.add("director", "test-password", Role.MEDICAL_DIRECTOR);
        users.add(login, "test-password", Role.REVIEWER);
        String employer = "Browser Orchard " + System.nanoTime();
        String ready = readyCase(employer);
        String other = readyCase("Another Orchard " + System.nanoTime());

        String conflicted = conflictedWith(employer);

        signIn("director");
        open("/staff/reviewers");
        assertThat(find("h1").getText()).isEqualTo("Reviewer panel");
        assertAccessible();

        open("/staff/reviewers/new");
        type("name", "Dr. Browser Testdoctor");
        type("signInName", login);
        type("activePracticeSince", "2006-07-01");
        type("weeklyHours", "300");
        type("maxOpenCases", "10");
        type("maxNewCasesPerDay", "3");
        type("affiliationsDeclaredOn", LocalDate.now(BusinessCalendar.ZONE).minusDays(5).toString());
        clickThrough(find("form[action='/staff/reviewers'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-weeklyHours-error")));
        WebElement hours = find("#f-weeklyHours");
        assertThat(hours.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#f-weeklyHours-error").getText()).isEqualTo("Hours a week in active practice must be "
                + "between 0 and 168.");
        assertThat(find("#f-name").getAttribute("value")).isEqualTo("Dr. Browser Testdoctor");
        assertAccessible();
        hours.clear();
        type("weeklyHours", "30");
        clickThrough(find("form[action='/staff/reviewers'] button"));
        waiting().until(ExpectedConditions.urlMatches("/staff/reviewers/R-\\d{6}$"));
        String id = browser().getCurrentUrl().replaceAll(".*/", "");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("license-table")));

        type("state", "California");
        type("number", "A-B1");
        type("expires", LocalDate.now(BusinessCalendar.ZONE).plusYears(2).toString());
        clickThrough(find("form[aria-label='Add a license'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("license-table"), "A-B1"));
        type("specialty", "Physical Medicine & Rehabilitation");
        type("board", "American Board of Physical Medicine and Rehabilitation");
        type("certifiedOn", "2008-01-15");
        clickThrough(find("form[aria-label='Add a board certification'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("certification-table"),
                "Physical Medicine & Rehabilitation"));
        // an affiliation without its detail: the message stands beside the field, nothing is added
        type("party", "Unrelated Clinic");
        clickThrough(find("form[aria-label='Add an affiliation'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-detail-error")));
        assertThat(find("#f-detail-error").getText()).isEqualTo("Detail is missing.");
        assertThat(browser().findElements(By.id("affiliation-list"))).isEmpty();
        assertAccessible();
        type("detail", "0.5");
        clickThrough(find("form[aria-label='Add an affiliation'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("affiliation-list"),
                "financial interest 0.5% with 'Unrelated Clinic'"));
        assertAccessible();

        open("/staff/cases/" + ready);
        WebElement row = find("#candidate-" + id);
        assertThat(row.getText()).contains("eligible").contains("specialty fit");
        assertThat(find("#candidate-" + conflicted).getText()).contains("excluded by 'no conflict of interest': "
                + "professional affiliation (partner in practice) with the employer '" + employer + "'");
        assertAccessible();
        find("#assign-" + id).click();
        clickThrough(find("form[aria-label='Assign a reviewer'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attestations")));
        assertThat(find(".lead").getText()).contains("Reviewer: " + login);
        assertThat(find("#attestations").getText()).contains("the employer '" + employer + "'")
                .doesNotContain("Browser Testdoctor");
        assertAccessible();

        signIn(login);
        open("/staff");
        assertThat(find("main").getText()).contains(ready).doesNotContain(other);
        open("/staff/cases/" + ready);
        assertThat(find("h1").getText()).isEqualTo("Case " + ready);
        assertThat(browser().findElements(By.id("ranking"))).isEmpty();
        assertAccessible();
        open("/staff/cases/" + other);
        assertThat(browser().getPageSource()).contains("No case " + other + " was found.").doesNotContain("Another Orchard");
        open("/staff/reviewers");
        assertThat(browser().getPageSource()).doesNotContain("Reviewer panel").doesNotContain("Browser Testdoctor");
    }

    /** A qualified reviewer who is a partner of the employer. */
    private String conflictedWith(String employer) {
        ReviewerId id = panel.nextId();
        panel.save(Reviewer.builder(id, ReviewerName.of("Dr. Partner Testdoctor"))
                .license(UsState.CALIFORNIA, "A-P1", LicenseStatus.ACTIVE, LocalDate.now(BusinessCalendar.ZONE).plusYears(1))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation",
                        "American Board of Physical Medicine and Rehabilitation", LocalDate.of(2005, 1, 15)))
                .activePracticeSince(LocalDate.of(2003, 7, 1)).weeklyHoursInActivePractice(30).limits(10, 3)
                .affiliation(new ProfessionalAffiliation(Party.named(employer), "partner in practice"))
                .affiliationsDeclaredOn(LocalDate.now(BusinessCalendar.ZONE)).build(), Optional.of("revp-" + System.nanoTime()),
                "ADD_REVIEWER", "");
        return id.value();
    }

    private String readyCase(String employer) {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        StoredCase c = cases.file(new ApplicationForm().reviewType(Priority.STANDARD)
                .employee("Maria", "", "Testperson").employeeBornOn(LocalDate.of(1984, 5, 2))
                .employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .claimNumber("CLM-P-" + System.nanoTime()).injuredOn(today.minusDays(90)).employer(employer)
                .claimsAdministrator("Sample Claims Services", "J. Adjuster", "916-555-0199")
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(today.minusDays(20), ServiceMethod.ELECTRONIC).urDecisionAttached(true)
                .disputedItem("Physical therapy, 8 sessions for the lumbar spine", "Lumbar sprain", "S33.5XXA")
                .signed(true).receivedOn(today.minusDays(2)), LiabilityPosition.NOT_DISPUTED);
        var n = c.imrCase().caseNumber();
        c = cases.record(n, c.version(), "RECORD_NOARFI_SENT", k -> k.sendNoarfi(today, NoticeMethod.ELECTRONIC));
        cases.record(n, c.version(), "RECORD_RECORDS_RECEIVED", k -> k.receiveRecords(today,
                RecordsCompleteness.COMPLETE));
        return n.value();
    }

    private void type(String field, String text) {
        find("#f-" + field.replaceAll("[^A-Za-z0-9]", "-")).sendKeys(text);
    }
}
