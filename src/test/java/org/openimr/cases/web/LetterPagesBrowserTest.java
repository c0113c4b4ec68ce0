package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.issue.CaseLetterGenerator;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParties;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;
import org.openimr.shared.BusinessCalendar;

/**
 * The medical director's letter page in Chromium: from the case, the quality check of a signed letter, the issue, the
 * issued record with its links; a letter with errors shows them and no issue form. axe-core finds no violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-issue-pages", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
@Import(LetterIssuingApiTest.GeneratedReviews.class)
class LetterPagesBrowserTest extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    StaffUsers users;
    @Autowired
    LetterIssuingApiTest.Reviews reviews;
    @Autowired
    ReviewerPanel panel;

    @BeforeEach
    void signIn() {
        users.add("intake", CaseApiSupport.PASSWORD, Role.INTAKE);
        users.add("director", CaseApiSupport.PASSWORD, Role.MEDICAL_DIRECTOR);
        browser().manage().deleteAllCookies();
        open("/staff");
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser().findElement(By.id("username")).sendKeys("director");
        browser().findElement(By.id("password")).sendKeys(CaseApiSupport.PASSWORD);
        clickThrough(browser().findElement(By.cssSelector("button[type=submit]")));
        waiting().until(ExpectedConditions.urlMatches("/staff(\\?continue)?$"));
    }

    @Test
    void theDirectorChecksAndIssuesTheLetterAndSeesWhatWasIssued() {
        String n = signedCase(11, false);
        open("/staff/cases/" + n);
        clickThrough(browser().findElement(By.linkText("The Final Determination Letter: quality check and issue")));
        waiting().until(ExpectedConditions.urlContains("/quality"));
        assertThat(find("#quality-summary").getText()).isEqualTo("0 errors, 0 warnings. The letter may be issued.");
        assertAccessible();

        new Select(find("#method")).selectByValue("ELECTRONIC");
        clickThrough(find("form[aria-label='Issue the letter'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("issued")));
        String issued = find("#issued").getText();
        assertThat(issued).contains("electronic on " + LocalDate.now(BusinessCalendar.ZONE)).contains("30 days after the letter was sent "
                + "electronically").contains("Maria Testperson (employee)").contains("Ana Doctorson (requesting "
                + "physician)").contains("Sample Claims Services (claims administrator)");
        assertThat(browser().findElements(By.cssSelector("form[aria-label='Issue the letter']"))).isEmpty();
        assertThat(browser().findElement(By.linkText("The published version (PDF)")).getAttribute("href"))
                .endsWith("/staff/cases/" + n + "/letter.pdf?version=public");
        assertAccessible();
    }

    @Test
    void aLetterWithErrorsShowsEachFindingAndCannotBeIssued() {
        String n = signedCase(12, true);
        open("/staff/cases/" + n + "/quality");
        assertThat(find("#quality-summary").getText())
                .isEqualTo("1 error, 0 warnings. The letter cannot be issued until every error is corrected.");
        assertThat(find("#findings tbody").getText()).contains("PLACEHOLDER_TEXT").contains("Placeholder text "
                + "\"[to be completed]\"");
        assertThat(browser().findElements(By.cssSelector("form[aria-label='Issue the letter']"))).isEmpty();
        assertAccessible();
    }

    /**
     * A case filed and taken to review through the API (assigned by the director through the screening), with a
     * signed generated letter (a placeholder if asked).
     */
    private String signedCase(long seed, boolean placeholder) {
        String claim = CaseApiSupport.uniqueClaim();
        String n = JsonMapper.builder().build().readTree(post("/api/cases", CaseApiSupport.application(claim), null))
                .get("caseNumber").asString();
        String on = LocalDate.now(BusinessCalendar.ZONE).toString();
        post("/api/cases/" + n + "/events", "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on
                + "\",\"method\":\"ELECTRONIC\"}", "\"1\"");
        post("/api/cases/" + n + "/events", "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on
                + "\",\"completeness\":\"COMPLETE\"}", "\"2\"");
        post("director", "/api/cases/" + n + "/reviewer-assignment", "{\"reviewer\":\""
                + PanelFixtures.reviewerSignedInAs(panel, "reviewer").value() + "\",\"version\":3}", null);
        LetterParties p = LetterIssuingApiTest.PARTIES;
        AddressedLetter letter = new CaseLetterGenerator(seed).forCase(new CaseNumber(n), LocalDate.now(BusinessCalendar.ZONE)
                .minusDays(20), List.of(LetterIssuingApiTest.REQUEST), p).letter();
        if (placeholder) {
            FinalDeterminationLetter l = letter.letter();
            letter = new AddressedLetter(new FinalDeterminationLetter(l.layout(), l.caseNumber(), l.dates(),
                    l.priority(), l.reviewer(), l.patient(), l.clinicalCaseSummary() + " [to be completed]",
                    l.documentsReviewed(), l.items()), p);
        }
        reviews.signed.put(new CaseNumber(n), letter);
        return n;
    }

    private String post(String path, String json, String ifMatch) {
        return post("intake", path, json, ifMatch);
    }

    private String post(String user, String path, String json, String ifMatch) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                            + CaseApiSupport.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
