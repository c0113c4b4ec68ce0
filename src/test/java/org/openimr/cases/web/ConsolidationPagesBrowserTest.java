package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.json.JsonMapper;
import org.openimr.shared.BusinessCalendar;

/**
 * Intake in Chromium: an application typed again is refused with a link to the case that has it; on a case page, the
 * other eligible case of the same employee, physician and injury is offered and consolidated with one button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class ConsolidationPagesBrowserTest extends BrowserTest {

    static final String PASSWORD = "test-password";

    @Autowired
    StaffUsers users;

    @BeforeEach
    void signIn() {
        users.add("intake", PASSWORD, Role.INTAKE);
        browser().manage().deleteAllCookies();
        open("/staff");
        waiting().until(ExpectedConditions.urlContains("/login"));
        find("#username").sendKeys("intake");
        find("#password").sendKeys(PASSWORD);
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlMatches("/staff(\\?continue)?$"));
    }

    @Test
    void anApplicationTypedAgainIsRefusedWithALinkToItsCase() {
        String claim = CaseApiSupport.uniqueClaim();
        String filed = file(CaseApiSupport.application(claim));
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

        open("/staff/applications/new");
        new Select(find("#f-reviewType")).selectByValue("STANDARD");
        type("dateReceived", today.minusDays(1).toString());
        find("#f-signed").click();
        type("employee.firstName", "Maria");
        type("employee.lastName", "Testperson");
        type("employee.dateOfBirth", "1984-05-02");
        type("employee.address.street", "100 Sample Street");
        type("employee.address.city", "Fresno");
        type("employee.address.state", "CA");
        type("employee.address.zip", "93701");
        type("claimNumber", claim);
        type("dateOfInjury", today.minusDays(80).toString());
        type("employer.name", "Example Packing Co.");
        type("claimsAdministrator.company", "Sample Claims Services");
        type("requestingPhysician.firstName", "Ana");
        type("requestingPhysician.lastName", "Doctorson");
        type("urDecision.date", today.minusDays(20).toString());
        type("urDecision.servedBy", "MAIL");
        find("#f-urDecision-attached").click();
        type("disputedItems[1].request", "Cervical spine MRI without contrast");
        clickThrough(find("form[action='/staff/applications'] button"));

        assertThat(find("#duplicate").getText()).isEqualTo("Already filed\nThis application duplicates the one already "
                + "filed as case " + filed + ": the same employee, claim, UR decision and disputed treatments. Nothing "
                + "was stored.");
        assertThat(find("#f-claimNumber").getAttribute("value")).isEqualTo(claim);
        assertAccessible();
        clickThrough(find("#duplicate a"));
        assertThat(find("h1").getText()).isEqualTo("Case " + filed);
    }

    @Test
    void theOtherEligibleCaseOfTheSameInjuryIsOfferedAndConsolidatedIntoTheCase() {
        String claim = CaseApiSupport.uniqueClaim();
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        // a date of injury no other test uses: the same employee has cases of other injuries in the test database
        LocalDate injured = today.minusDays(1000 + Math.floorMod(System.nanoTime(), 9000));
        String surviving = file(CaseApiSupport.application(claim, today.minusDays(20), injured, "NOT_DISPUTED",
                "Cervical spine MRI without contrast"));
        String absorbed = file(CaseApiSupport.application(claim, today.minusDays(10), injured, "NOT_DISPUTED",
                "Physical therapy 2x6 cervical spine"));
        String otherInjury = file(CaseApiSupport.application(claim, today.minusDays(5), injured.minusDays(1),
                "NOT_DISPUTED", "Physical therapy 2x6 cervical spine"));

        open("/staff/cases/" + surviving);
        Select candidates = new Select(find("#consolidate-case"));
        assertThat(candidates.getOptions()).extracting(WebElement::getText).containsExactly(absorbed
                + ": Maria L. Testperson, received " + today.minusDays(2) + ", eligible");
        assertThat(find("main").getText()).doesNotContain(otherInjury);
        assertAccessible();

        clickThrough(find("#consolidation button"));

        assertThat(find("h1").getText()).isEqualTo("Case " + surviving);
        assertThat(browser().findElements(By.id("event-error"))).isEmpty();
        assertThat(find("#timeline").getText()).contains("Application received on " + today.minusDays(2) + " (case "
                + absorbed + ") consolidated into this case");
        assertThat(find("#no-consolidation").getText()).isEqualTo("No other eligible case of the same employee, "
                + "requesting physician and date of injury is waiting.");
        assertAccessible();

        open("/staff/cases/" + absorbed);
        assertThat(find(".lead .status").getText()).isEqualTo("consolidated into case " + surviving);
        assertThat(find("#timeline").getText()).contains("Consolidated into case " + surviving
                + ", which decides its treatments");
        assertThat(browser().findElements(By.id("consolidation"))).isEmpty();
    }

    /** Files an application through the API as intake; its case number. */
    private String file(String application) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("intake:" + PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(application)).build();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            return JsonMapper.builder().build().readTree(answer.body()).get("caseNumber").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void type(String field, String text) {
        find("#f-" + field.replaceAll("[^A-Za-z0-9]", "-")).sendKeys(text);
    }
}
