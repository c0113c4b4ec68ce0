package org.openimr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.UsState;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/**
 * The whole path of issue 6 through one running application, in real headless Chromium, with axe-core on every page
 * visited: intake files an application on the form (screened eligible), records the NOARFI and the records; the
 * medical director assigns the panel reviewer ranked first; the reviewer uploads a PDF record, decides each item from
 * its draft, writes the summary and signs; the director sees the quality check pass and issues the letter; signed
 * out, the public library finds the redacted letter, which shows the decisions and no identifying value of the case.
 * All people, claims and records are invented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-e2e", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class EndToEndBrowserTest extends BrowserTest {

    static final String PASSWORD = "test-password";
    static final String ACUPUNCTURE = "Acupuncture 6 additional sessions";
    static final String MRI = "MRI of the lumbar spine without contrast";
    static final String MRI_SOURCE = "Official Disability Guidelines (ODG), Low Back, MRIs (magnetic resonance "
            + "imaging)";
    static final List<String> PROGRESS_REPORT = List.of(
            "PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT",
            "The patient is a 46 year old male with chronic low back pain after lifting boxes at work.",
            "Diagnosis: lumbar sprain.",
            "Medications were not tolerated.",
            "He has completed 6 sessions of acupuncture with functional improvement, able to walk 30 minutes longer.",
            "Pain is 7/10. Straight leg raise is negative bilaterally. There are no red flags.");

    @Autowired
    StaffUsers users;
    @Autowired
    ReviewerPanel panel;
    @Autowired
    CaseService cases;

    @Test
    void anApplicationBecomesAPublishedLetterWithoutIdentifyingAnyone() throws IOException {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String reviewerLogin = "dr-e2e-" + run;
        users.add("intake-e2e", PASSWORD, Role.INTAKE);
        users.add("director-e2e", PASSWORD, Role.MEDICAL_DIRECTOR);
        users.add(reviewerLogin, PASSWORD, Role.REVIEWER);
        String reviewerId = panelReviewerSignedInAs(reviewerLogin);
        LocalDate today = cases.today();
        Party party = new Party("Quintessa", "Vandermolen",
                "E2E-" + run.toUpperCase(), "Zephyrine Doctorling", "Orchardmere Packing " + run,
                "Ledgerwise Claims " + run, "4417 Quillfeather Road", LocalDate.of(1979, 8, 14));

        // intake files the application on the form; it is screened eligible on filing
        signIn("intake-e2e");
        open("/staff/applications/new");
        assertAccessible();
        type("employee.firstName", party.firstName());
        type("employee.lastName", party.lastName());
        type("employee.dateOfBirth", party.bornOn().toString());
        type("dateReceived", today.minusDays(3).toString());
        select("reviewType", "STANDARD");
        find("#f-signed").click();
        type("employee.address.street", party.street());
        type("employee.address.city", "Stockton");
        type("employee.address.state", "CA");
        type("employee.address.zip", "95202");
        type("claimNumber", party.claimNumber());
        type("dateOfInjury", today.minusDays(400).toString());
        type("employer.name", party.employer());
        type("claimsAdministrator.company", party.claimsAdministrator());
        type("requestingPhysician.firstName", party.physician().split(" ")[0]);
        type("requestingPhysician.lastName", party.physician().split(" ")[1]);
        type("urDecision.date", today.minusDays(20).toString());
        type("urDecision.servedBy", "ELECTRONIC");
        find("#f-urDecision-attached").click();
        type("disputedItems[1].request", ACUPUNCTURE);
        type("disputedItems[1].diagnosis.description", "Lumbar sprain");
        type("disputedItems[1].diagnosis.icd10", "S33.5XXA");
        type("disputedItems[2].request", MRI);
        type("disputedItems[2].diagnosis.description", "Lumbar sprain");
        type("disputedItems[2].diagnosis.icd10", "S33.5XXA");
        clickThrough(find("form[action='/staff/applications'] button"));
        waiting().until(ExpectedConditions.urlMatches("/staff/cases/CM\\d{2}-\\d{7}$"));
        String n = browser().getCurrentUrl().replaceAll(".*/", "");
        assertThat(find("h1").getText()).isEqualTo("Case " + n);
        assertThat(find(".lead .status").getText()).isEqualTo("eligible, notice of assignment to be sent");
        assertThat(find("#timeline").getText()).contains("Found eligible");
        assertAccessible();

        clickThrough(find("form[aria-label='Record the NOARFI sent'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"),
                "Notice of Assignment and Request for Information sent"));
        new Select(find("#x-RECORDS_RECEIVED")).selectByValue("COMPLETE");
        clickThrough(find("form[aria-label='Record medical records received'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"),
                "Medical records received"));
        assertAccessible();

        // the medical director assigns the reviewer the ranking puts first
        signIn("director-e2e");
        open("/staff/cases/" + n);
        assertThat(find("#candidate-" + reviewerId).getText()).contains("eligible");
        assertAccessible();
        find("#assign-" + reviewerId).click();
        clickThrough(find("form[aria-label='Assign a reviewer'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lead"),
                "Reviewer: " + reviewerLogin));
        assertThat(find("#attestations").getText()).contains(party.employer());
        assertAccessible();

        // the reviewer opens the case, uploads a record, decides each item from its draft, summarises and signs
        signIn(reviewerLogin);
        assertThat(find("h1").getText()).isEqualTo("My cases");
        assertThat(find("#assigned-cases tbody").getText()).isEqualTo("Review of case " + n + "\n" + ACUPUNCTURE
                + "\n" + MRI + "\nin review standard " + today.plusDays(30)
                + ": Final determination issued");
        assertAccessible();
        clickThrough(find("#assigned-" + n + " a"));
        waiting().until(ExpectedConditions.urlContains("/review"));
        assertThat(find("h1").getText()).isEqualTo("Review of case " + n);
        assertAccessible();
        Path record = Files.createTempFile("progress-report", ".pdf");
        Files.write(record, pdf(PROGRESS_REPORT));
        new Select(find("#upload-type")).selectByValue("PROGRESS_REPORT");
        find("#upload-author").sendKeys(party.physician() + ", MD");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", find("#upload-date"),
                today.minusDays(30).toString());
        find("#upload-file").sendKeys(record.toAbsolutePath().toString());
        clickThrough(find("form[aria-label='Add a document'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fact-list")));
        assertThat(find("#document-list").getText()).contains("Progress report");
        assertThat(find("#fact-list").getText()).contains("Functional improvement").contains("46 year old");
        assertThat(find("#draft-1").getText()).startsWith("Draft: OVERTURNED");
        assertThat(find("#draft-2").getText()).isEqualTo("Draft: REFER");
        assertAccessible();

        // item 1: the draft accepted as it stands (outcome, citation, rationale)
        new Select(find("#item-0-caCitation")).selectByValue("NONE");
        clickThrough(find("form[aria-label='Decide item 1'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-1")));
        assertThat(find("#decision-1").getText()).startsWith("Decided: Overturned.");
        // item 2: the REFER draft decided on a source outside the MTUS, with the reason
        find("#item-1-upheld").click();
        new Select(find("#item-1-citation")).selectByValue("OTHER");
        find("#item-1-otherSource").sendKeys(MRI_SOURCE);
        find("#item-1-whyNotMtus").sendKeys("The MTUS data in force has no recommendation on lumbar MRI.");
        find("#item-1-rationale").clear();
        find("#item-1-rationale").sendKeys("The request for MRI of the lumbar spine without contrast is not "
                + "medically necessary: there are no red flags.");
        new Select(find("#item-1-caCitation")).selectByValue("NONE");
        clickThrough(find("form[aria-label='Decide item 2'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-2")));
        assertThat(find("#decision-2").getText()).isEqualTo("Decided: Upheld. Decision based on Non-MTUS Citation "
                + MRI_SOURCE + ".");
        assertAccessible();
        clickThrough(find("form[aria-label='Save the clinical case summary'] button"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("summary-draft")));
        clickThrough(find("#sign"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-note")));
        assertThat(find("#signed-note").getText()).isEqualTo("Signed by " + reviewerLogin + " on " + today
                + ": this review is final.");
        assertAccessible();

        // the director sees the quality check pass and issues the letter
        signIn("director-e2e");
        open("/staff/cases/" + n);
        clickThrough(browser().findElement(By.linkText("The Final Determination Letter: quality check and issue")));
        waiting().until(ExpectedConditions.urlContains("/quality"));
        assertThat(find("#quality-summary").getText()).as(() -> find("main").getText())
                .isEqualTo("0 errors, 0 warnings. The letter may be issued.");
        assertAccessible();
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", find("#mailedOn"),
                today.toString());
        new Select(find("#method")).selectByValue("MAIL");
        clickThrough(find("form[aria-label='Issue the letter'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("issued")));
        assertThat(find("#issued").getText()).contains("mail on " + today).contains("Outcomes\nOVERTURNED, UPHELD")
                .contains(party.firstName() + " " + party.lastName() + " (employee)");
        assertAccessible();
        open("/staff/cases/" + n);
        assertThat(find(".lead .status").getText()).isEqualTo("decided");
        assertAccessible();

        // signed out, the public library finds the redacted letter by a word of the request
        browser().manage().deleteAllCookies();
        open("/decisions?q=acupuncture");
        assertAccessible();
        WebElement hit = browser().findElements(By.cssSelector("li.result")).stream()
                .filter(r -> r.getText().contains(n)).findFirst().orElseThrow(() -> new AssertionError(
                        "no hit for " + n + " in: " + find("main").getText()));
        assertThat(hit.findElement(By.cssSelector("h3")).getText()).isEqualTo(ACUPUNCTURE);
        assertThat(hit.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Overturned");
        assertThat(hit.findElements(By.cssSelector(".meta")).get(1).getText()).isEqualTo(
                "Reviewer cited: MTUS Acupuncture Treatment 2007. Reviewer: Physical Medicine & Rehabilitation");
        clickThrough(hit.findElement(By.cssSelector("h3 a")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decisions-title")));
        assertThat(find("h1").getText()).contains(n);
        assertThat(find(".toc").getText()).contains(ACUPUNCTURE + ": Overturned").contains(MRI + ": Upheld");
        assertThat(find("main").getText()).contains(MRI_SOURCE);
        assertAccessible();
        String page = find("body").getText() + browser().getPageSource();
        for (String identifying : party.identifyingValues()) {
            assertThat(page).as("the public letter shows '%s'", identifying).doesNotContainIgnoringCase(identifying);
        }
    }

    /** A qualified, conflict-free panel reviewer linked to the staff sign-in {@code login}. */
    private String panelReviewerSignedInAs(String login) {
        ReviewerId id = panel.nextId();
        panel.save(Reviewer.builder(id, ReviewerName.of("Dr. Endto Endreviewer"))
                .license(UsState.CALIFORNIA, "A-E2E", LicenseStatus.ACTIVE, LocalDate.now(BusinessCalendar.ZONE).plusYears(2))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation",
                        "American Board of Physical Medicine and Rehabilitation", LocalDate.of(2006, 1, 15)))
                .activePracticeSince(LocalDate.of(2004, 7, 1)).weeklyHoursInActivePractice(30).limits(1000, 1000)
                .affiliationsDeclaredOn(LocalDate.now(BusinessCalendar.ZONE)).build(), Optional.of(login), "ADD_REVIEWER", "");
        return id.value();
    }

    /** A one-page PDF with a text layer, made here. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.setLeading(14);
                text.newLineAtOffset(50, 740);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The case's identifying values, invented for this run. */
    record Party(String firstName, String lastName, String claimNumber, String physician, String employer,
            String claimsAdministrator, String street, LocalDate bornOn) {

        List<String> identifyingValues() {
            return List.of(lastName, firstName + " " + lastName, claimNumber, physician, physician.split(" ")[1],
                    employer, claimsAdministrator, street, bornOn.toString(),
                    bornOn.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        }
    }

    private void type(String field, String text) {
        find("#f-" + field.replaceAll("[^A-Za-z0-9]", "-")).sendKeys(text);
    }

    private void select(String field, String value) {
        new Select(find("#f-" + field)).selectByValue(value);
    }
}
