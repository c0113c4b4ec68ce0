package org.openimr.cases.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What each role is offered, in Chromium: a REVIEWER lands on the cases assigned to them, each linked to its review;
 * the staff navigation and the case page of INTAKE, MEDICAL_DIRECTOR and REVIEWER show only links their role may
 * open (each one fetched with the user's session: none answers 403). axe-core finds no violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class StaffNavigationBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;
    @Autowired
    CaseService cases;
    @Autowired
    CaseAssignment assignment;
    @Autowired
    ReviewerPanel panel;

    @Test
    void aReviewerLandsOnTheCasesAssignedToThemAndIsOfferedNoLinkTheyMayNotOpen() {
        String reviewer = "dr-nav-" + System.nanoTime();
        users.add(reviewer, "test-password", Role.REVIEWER);
        CaseNumber first = ReviewFixtures.caseAssignedTo(cases, assignment, panel, reviewer);
        CaseNumber second = ReviewFixtures.caseAssignedTo(cases, assignment, panel, reviewer);
        CaseNumber someoneElses = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-nav-someone-else");
        SecurityContextHolder.clearContext();

        signIn(reviewer);
        assertThat(browser().getCurrentUrl()).endsWith("/staff");
        assertThat(find("h1").getText()).isEqualTo("My cases");
        assertThat(find(".lead").getText()).endsWith("2 cases are assigned to you, " + reviewer + ".");
        assertThat(browser().findElements(By.cssSelector("#assigned-cases tbody tr a")).stream()
                .collect(Collectors.toMap(WebElement::getText, a -> a.getAttribute("href").replaceAll(".*:\\d+", ""))))
                .isEqualTo(Map.of("Review of case " + first, "/staff/cases/" + first + "/review",
                        "Review of case " + second, "/staff/cases/" + second + "/review"));
        assertThat(find("#assigned-" + first).getText()).contains(ReviewFixtures.ACUPUNCTURE)
                .contains(ReviewFixtures.MRI).contains("in review");
        assertThat(find("main").getText()).doesNotContain(someoneElses.value());
        assertThat(navigation()).containsExactly("My cases", "API tokens", "Library");
        assertEveryLinkOpens();
        assertAccessible();

        clickThrough(find("#assigned-" + first + " a"));
        waiting().until(ExpectedConditions.urlContains("/review"));
        assertThat(find("h1").getText()).isEqualTo("Review of case " + first);
        assertEveryLinkOpens();

        open("/staff/cases/" + first);
        assertThat(browser().findElements(By.cssSelector("form[action$='/events']"))).isEmpty();
        assertThat(browser().findElements(By.cssSelector("a[href$='/quality'], a[href*='/notices/']"))).isEmpty();
        assertEveryLinkOpens();
        assertAccessible();
    }

    @Test
    void intakeAndTheMedicalDirectorAreOfferedOnlyWhatTheirRoleMayOpen() {
        users.add("intake", "test-password", Role.INTAKE);
        users.add("director", "test-password", Role.MEDICAL_DIRECTOR);
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-nav-assigned");
        SecurityContextHolder.clearContext();

        signIn("intake");
        assertThat(find("h1").getText()).isEqualTo("Intake queue");
        assertThat(navigation()).containsExactly("Queue", "New application", "Reviewer panel", "API tokens",
                "Library");
        assertEveryLinkOpens();
        open("/staff/cases/" + n);
        assertThat(browser().findElements(By.cssSelector("a[href$='/quality']"))).isEmpty();
        assertThat(browser().findElements(By.cssSelector("form[aria-label='Record the NOARFI sent']"))).hasSize(1);
        assertEveryLinkOpens();
        assertAccessible();

        signIn("director");
        assertThat(navigation()).containsExactly("Queue", "New application", "Reviewer panel", "API tokens",
                "Library");
        assertEveryLinkOpens();
        open("/staff/cases/" + n);
        assertThat(browser().findElements(By.cssSelector("a[href='/staff/cases/" + n + "/quality']"))).hasSize(1);
        assertEveryLinkOpens();
        assertAccessible();
    }

    /** The texts of the staff navigation's links. */
    private List<String> navigation() {
        return browser().findElements(By.cssSelector("ul.nav a")).stream().map(WebElement::getText).toList();
    }

    /** Fetches every same-site link of the page with the user's session; none may answer 403. */
    @SuppressWarnings("unchecked")
    private void assertEveryLinkOpens() {
        List<String> links = browser().findElements(By.cssSelector("a[href^='/']")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        Map<String, Object> statuses = (Map<String, Object>) ((JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(arguments[0].map(u => fetch(u, {redirect: 'manual'}).then(r => [u, r.status])))
                    .then(pairs => done(Object.fromEntries(pairs)));
                """, links);
        assertThat(statuses).as(browser().getCurrentUrl()).isNotEmpty()
                .allSatisfy((url, status) -> assertThat(status).as(url).isNotEqualTo(403L));
    }
}
