package org.openimr.cases.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reviewer's workspace in Chromium: a REVIEWER opens the assigned case, uploads a PDF record, sees the facts and
 * the drafts, decides each item (one against the draft, first without the reason, then with it), saves the summary
 * and signs; another reviewer's case is not found. axe-core finds no violation on any state of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class ReviewPagesBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;
    @Autowired
    CaseService cases;
    @Autowired
    CaseAssignment assignment;
    @Autowired
    ReviewerPanel panel;

    @Test
    void aReviewerUploadsARecordDecidesEachItemAndSigns() throws Exception {
        users.add("dr-browser", "test-password", Role.REVIEWER);
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-browser");
        CaseNumber someoneElses = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-someone-else");
        SecurityContextHolder.clearContext();
        Path record = Files.createTempFile("progress-report", ".pdf");
        Files.write(record, ReviewWorkflowTest.pdf(ReviewFixtures.PROGRESS_REPORT));

        browser().manage().deleteAllCookies();
        open("/staff/cases/" + n + "/review");
        waiting().until(ExpectedConditions.urlContains("/login"));
        find("#username").sendKeys("dr-browser");
        find("#password").sendKeys("test-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/review"));
        assertThat(find("h1").getText()).isEqualTo("Review of case " + n);
        assertAccessible();

        new Select(find("#upload-type")).selectByValue("PROGRESS_REPORT");
        find("#upload-author").sendKeys("Ana Doctorson, MD");
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]",
                find("#upload-date"), cases.today().minusDays(30).toString());
        find("#upload-file").sendKeys(record.toAbsolutePath().toString());
        clickThrough(find("form[aria-label='Add a document'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fact-list")));
        assertThat(find("#document-list").getText()).contains("Progress report").contains("Ana Doctorson, MD");
        assertThat(find("#fact-list").getText()).contains("Functional improvement").contains("46 year old");
        assertThat(find("#draft-1").getText()).startsWith("Draft: OVERTURNED");
        assertThat(find("#draft-2").getText()).isEqualTo("Draft: REFER");
        assertThat(find("#read-as-1").getText()).isEqualTo("Request read as: acupuncture; 6; additional");
        assertThat(find("#read-as-2").getText()).isEqualTo("Request read as: mri; lumbar spine");
        assertAccessible();
        // the trace of each draft: the request date and the editions in force on it, the recommendations weighed,
        // the steps taken
        String dates = "Request date " + cases.today().minusDays(20) + " (UR denial date). Phase: chronic: 380 days "
                + "from the injury (" + cases.today().minusDays(400) + ") to the request.";
        String steps = "Request date " + cases.today().minusDays(20) + "; guidelines in force chosen by it.\n"
                + "Phase of care: chronic: 380 days from the injury (" + cases.today().minusDays(400)
                + ") to the request.\n";
        assertThat(trace(1, "details > p")).isEqualTo(dates + " Editions in force: " + EDITIONS_IN_FORCE);
        assertThat(trace(1, "details > h5")).isEqualTo("Acupuncture: supported");
        assertThat(trace(1, "details > ol")).isEqualTo(steps + "Request read as acupuncture, quantity 6.");
        assertThat(trace(2, "details > p")).isEqualTo(dates + " Editions in force: " + EDITIONS_IN_FORCE);
        assertThat(trace(2, "details > h5")).isEqualTo("Repeat MRI: does not apply");
        assertThat(trace(2, "details > ol")).isEqualTo(steps + "Request read as mri of the lumbar spine.");
        assertAccessible();

        // a fact's link opens its document with the span marked
        String quote = browser().findElements(By.cssSelector("#fact-list a")).get(0).getText();
        clickThrough(browser().findElements(By.cssSelector("#fact-list a")).get(0));
        assertThat("“" + find("#span").getText() + "”").isEqualTo(quote);
        assertAccessible();
        browser().navigate().back();

        // item 1: against the draft, first without the reason
        find("#item-0-upheld").click();
        new Select(find("#item-0-caCitation")).selectByValue("NONE");
        clickThrough(find("form[aria-label='Decide item 1'] button"));
        assertThat(find("#item-0-reasonForChange-error").getText())
                .isEqualTo("You changed the draft's outcome (overturned): say why.");
        assertThat(find("#item-0-reasonForChange").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        find("#item-0-reasonForChange").sendKeys("The functional improvement is stated without any measure.");
        clickThrough(find("form[aria-label='Decide item 1'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-1")));
        assertThat(find("#decision-1").getText()).startsWith("Decided: Upheld (changed from the draft: "
                + "The functional improvement is stated without any measure.)");

        // item 2: the REFER draft, decided on a source outside the MTUS
        find("#item-1-upheld").click();
        new Select(find("#item-1-citation")).selectByValue("OTHER");
        find("#item-1-otherSource").sendKeys(ReviewWorkflowTest.MRI_SOURCE);
        find("#item-1-whyNotMtus").sendKeys("The MTUS data in force has no recommendation on lumbar MRI.");
        find("#item-1-rationale").clear();
        find("#item-1-rationale").sendKeys("The request for MRI of the lumbar spine without contrast is not "
                + "medically necessary: there are no red flags.");
        new Select(find("#item-1-caCitation")).selectByValue("NONE");
        clickThrough(find("form[aria-label='Decide item 2'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-2")));
        assertThat(find("#decision-2").getText()).isEqualTo("Decided: Upheld. Decision based on Non-MTUS Citation "
                + ReviewWorkflowTest.MRI_SOURCE + ".");

        assertThat(find("#summary-text").getAttribute("value")).startsWith("The injured worker is a 46 year old male");
        clickThrough(find("form[aria-label='Save the clinical case summary'] button"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("summary-draft")));
        clickThrough(find("#sign"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-note")));
        assertThat(find("#signed-note").getText()).isEqualTo("Signed by dr-browser on " + cases.today()
                + ": this review is final.");
        assertThat(browser().findElements(By.cssSelector("form[aria-label^='Decide item']"))).isEmpty();
        assertAccessible();

        open("/staff/cases/" + someoneElses + "/review");
        assertThat(find("body").getText()).isEqualTo("No case " + someoneElses + " was found.");
    }

    /** The MTUS editions in force on the fixtures' request date (20 days ago), as the trace lists them. */
    static final String EDITIONS_IN_FORCE = "general approaches: ACOEM Initial Approaches to Treatment 2017; "
            + "neck and upper back: ACOEM Cervical and Thoracic Spine Disorders 2018-10-17; "
            + "shoulder: ACOEM Shoulder Disorders 2016-08-01; elbow: ACOEM Elbow Disorders 2018-08-23; "
            + "forearm wrist and hand: ACOEM Hand, Wrist, and Forearm Disorders 2019-01-07; "
            + "low back: ACOEM Low Back Disorders 2020-02-13; knee: ACOEM Knee Disorders 2019-12-03; "
            + "ankle and foot: ACOEM Ankle and Foot Disorders 2018-07-16; "
            + "hip and groin: ACOEM Hip and Groin Disorders 2019-04-24; eye: ACOEM Eye 2017-04-01; "
            + "work related asthma: ACOEM Work-Related Asthma 2020-06-05; "
            + "interstitial lung disease: ACOEM Interstitial Lung Disease 2019-11-08; "
            + "chronic pain: ACOEM Chronic Pain Guideline 2017-05-15; opioids: ACOEM Opioids Guideline 2017-04-20; "
            + "acupuncture: Acupuncture Treatment 2007; postsurgical: Postsurgical Treatment 2009; "
            + "drug formulary: MTUS Drug Formulary 2018.";

    /** The text of a part of an item's trace, opened as a reader opens it (the details are closed at first). */
    private String trace(int item, String css) {
        WebElement details = find("#item-" + item + " details");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void intakeReadsTheReviewAndAddsRecordsButCannotDecideOrSign() {
        users.add("intake", "test-password", Role.INTAKE);
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-assigned");
        SecurityContextHolder.clearContext();
        browser().manage().deleteAllCookies();
        open("/staff/cases/" + n + "/review");
        waiting().until(ExpectedConditions.urlContains("/login"));
        find("#username").sendKeys("intake");
        find("#password").sendKeys("test-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/review"));
        assertThat(browser().findElements(By.cssSelector("form[aria-label='Add a document']"))).hasSize(1);
        assertThat(browser().findElements(By.cssSelector("form[aria-label^='Decide item'], #sign"))).isEmpty();
        assertAccessible();

        // the same requests the reviewer's forms send, with intake's session and CSRF token
        Object decided = post("/staff/cases/" + n + "/review/items/0", "version=0&outcome=UPHELD");
        Object signed = post("/staff/cases/" + n + "/review/sign", "version=0");
        assertThat(decided).isEqualTo(403L);
        assertThat(signed).isEqualTo(403L);
        open("/staff/cases/" + n + "/review");
        assertThat(find("#missing").getText()).contains("item 1 (" + ReviewFixtures.ACUPUNCTURE + ") is not decided");
        assertThat(browser().findElements(By.cssSelector(".decision"))).isEmpty();
    }

    /** POSTs a form from the page (with its CSRF token) and gives the HTTP status. */
    private Object post(String path, String body) {
        return ((org.openqa.selenium.JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="_csrf"]').content;
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: arguments[1] + '&_csrf=' + encodeURIComponent(token)}).then(r => done(r.status));
                """, path, body);
    }
}
