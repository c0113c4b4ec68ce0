package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/** Intake's pages in Chromium: sign in, the queue, a new application with mistakes then corrected, the case page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class StaffPagesBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;

    @BeforeEach
    void signIn() {
        users.add("intake", "test-password", Role.INTAKE);
        browser().manage().deleteAllCookies();
        open("/staff");
        waiting().until(ExpectedConditions.urlContains("/login"));
        find("#username").sendKeys("intake");
        find("#password").sendKeys("test-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlMatches("/staff(\\?continue)?$"));
    }

    @Test
    void anApplicationWithMistakesShowsEachMessageBesideItsFieldKeepsWhatWasTypedThenFilesTheCase() {
        assertThat(find("h1").getText()).isEqualTo("Intake queue");
        screenshot("staff-queue");
        assertAccessible();

        open("/staff/applications/new");
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        type("employee.firstName", "Maria");
        type("employee.lastName", "Testperson");
        type("employee.dateOfBirth", "1984-02-30");
        type("dateReceived", today.minusDays(1).toString());
        type("representative.name", "Linda Park");
        type("representative.firm", "Park & Reyes LLP");
        clickThrough(find("form[action='/staff/applications'] button"));

        WebElement born = find("#f-employee-dateOfBirth");
        assertThat(born.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(born.getAttribute("value")).isEqualTo("1984-02-30");
        assertThat(find("#" + born.getAttribute("aria-describedby").split(" ")[1]).getText())
                .contains("is not a real date");
        assertThat(find("#f-employee-firstName").getAttribute("value")).isEqualTo("Maria");
        assertThat(find("#f-claimNumber-error").getText()).contains("is missing");
        assertThat(find("#form-problems").getText()).contains("field(s) need correcting");
        assertThat(find("#f-representative-kind-error").getText()).isEqualTo("Kind of representative is missing.");
        assertThat(find("#f-representative-address-street-error").getText())
                .isEqualTo("Representative's street is missing.");
        assertThat(find("#f-representative-firm").getAttribute("value")).isEqualTo("Park & Reyes LLP");
        screenshot("staff-application-errors");
        assertAccessible();

        find("#f-employee-dateOfBirth").clear();
        type("employee.dateOfBirth", "1984-05-02");
        select("reviewType", "STANDARD");
        find("#f-signed").click();
        type("employee.address.street", "100 Sample Street");
        type("employee.address.city", "Fresno");
        type("employee.address.state", "CA");
        type("employee.address.zip", "93701");
        type("claimNumber", "CLM-B-" + System.nanoTime());
        type("dateOfInjury", today.minusDays(100).toString());
        type("employer.name", "Example Packing Co.");
        type("claimsAdministrator.company", "Sample Claims Services");
        type("requestingPhysician.firstName", "Ana");
        type("requestingPhysician.lastName", "Doctorson");
        type("urDecision.date", today.minusDays(10).toString());
        type("urDecision.servedBy", "ELECTRONIC");
        find("#f-urDecision-attached").click();
        type("disputedItems[1].request", "Physical therapy, 6 sessions");
        select("representative-kind", "ATTORNEY");
        type("representative.address.street", "9 Counsel Row");
        type("representative.address.city", "Fresno");
        type("representative.address.state", "CA");
        type("representative.address.zip", "93702");
        clickThrough(find("form[action='/staff/applications'] button"));

        waiting().until(ExpectedConditions.urlMatches("/staff/cases/CM\\d{2}-\\d{7}$"));
        assertThat(find("h1").getText()).startsWith("Case CM");
        assertThat(find(".lead").getText()).contains("eligible");
        assertThat(find("#timeline").getText()).contains("Application received").contains("Found eligible");
        assertThat(find("#deadlines").getText()).contains("Notice of Assignment");
        assertThat(find("#representative").getText()).isEqualTo("Representative designated by the employee: "
                + "Linda Park (attorney, Park & Reyes LLP), 9 Counsel Row, Fresno, CA 93702.");
        screenshot("staff-case");
        assertAccessible();

        // record the NOARFI with its button; the case moves on and the notice can be printed
        clickThrough(find("form[aria-label='Record the NOARFI sent'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"),
                "Notice of Assignment and Request for Information sent"));
        assertThat(find(".lead").getText()).contains("awaiting records");
        clickThrough(find("a[href$='/notices/noarfi']"));
        assertThat(find("h1").getText()).containsIgnoringCase("Notice of Assignment");
        assertAccessible();

        open("/staff");
        assertThat(find("main").getText()).contains("Awaiting records");
    }

    @Test
    void aSignedInUserIssuesAnApiTokenSeesItOnceAndRevokesIt() {
        open("/staff/tokens");
        assertThat(find("h1").getText()).isEqualTo("API tokens");
        find("#f-days").clear();
        type("days", "400");
        clickThrough(find("form[action='/staff/tokens'] button"));
        assertThat(find("#f-label-error").getText()).isEqualTo("What it is for is missing: say what the token is for.");
        assertThat(find("#f-days-error").getText()).isEqualTo("Days valid must be from 1 to 90, not 400.");
        assertThat(find("#f-days").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();

        find("#f-days").clear();
        type("days", "7");
        String label = "browser test " + System.nanoTime();
        type("label", label);
        clickThrough(find("form[action='/staff/tokens'] button"));
        assertThat(find("#new-token").getText()).startsWith("oimr_").hasSize(48);
        assertThat(find("#issued").getText()).contains(label);
        assertAccessible();

        open("/staff/tokens");
        assertThat(browser().findElements(By.id("new-token"))).isEmpty();
        WebElement row = find("#tokens tbody tr");
        assertThat(row.getText()).contains(label).contains("active");
        clickThrough(row.findElement(By.cssSelector("button")));
        assertThat(find("#tokens tbody tr").getText()).contains(label).contains("revoked");
        assertAccessible();
    }

    private void type(String field, String text) {
        find("#f-" + field.replaceAll("[^A-Za-z0-9]", "-")).sendKeys(text);
    }

    private void select(String field, String value) {
        new org.openqa.selenium.support.ui.Select(find("#f-" + field)).selectByValue(value);
    }

    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.out.println("screenshot " + name + " not saved: " + e.getMessage());
        }
    }
}
