package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/**
 * The reviewer's edit page and the audit log in Chromium, each checked by axe-core: the medical director edits a
 * reviewer with a mistake (the message beside the field, nothing stored), corrects it, removes a license; an admin
 * then reads both changes in the audit log, by panel id, with no name and no license number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class PanelEditBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;
    @Autowired
    ReviewerPanel panel;

    @Test
    void theDirectorEditsAReviewerAndRemovesALicenseAndAnAdminReadsBothInTheAuditLog() {
        users.add("director-edit", "test-password", Role.MEDICAL_DIRECTOR);
        users.add("admin-audit", "test-password", Role.ADMIN);
        ReviewerId id = reviewerLicensedInCaliforniaAndNevada();

        signIn("director-edit");
        open("/staff/reviewers/" + id.value());
        clickThrough(find("a[href='/staff/reviewers/" + id.value() + "/edit']"));
        waiting().until(ExpectedConditions.urlMatches("/staff/reviewers/" + id.value() + "/edit$"));
        assertThat(find("h1").getText()).isEqualTo("Edit reviewer " + id.value());
        assertThat(find("#f-name").getAttribute("value")).isEqualTo("Dr. Edit Testdoctor");
        assertThat(find("#f-weeklyHours").getAttribute("value")).isEqualTo("30");
        assertThat(find("#f-subspecialties").getAttribute("value")).isEqualTo("Pain Management");
        assertAccessible();

        // a mistake: the message beside the field, nothing stored
        replace("weeklyHours", "200");
        replace("name", "Dr. Edited Testdoctor");
        clickThrough(find("form[action='/staff/reviewers/" + id.value() + "'] button"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-weeklyHours-error")));
        assertThat(find("#form-problems").getText()).isEqualTo("1 field(s) need correcting; nothing was stored.");
        assertThat(find("#f-weeklyHours-error").getText())
                .isEqualTo("Hours a week in active practice must be between 0 and 168.");
        assertThat(find("#f-weeklyHours").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#f-name").getAttribute("value")).isEqualTo("Dr. Edited Testdoctor");
        assertAccessible();
        Reviewer unchanged = panel.byId(id).orElseThrow();
        assertThat(unchanged.name().disclosedWithinTheOrganization()).isEqualTo("Dr. Edit Testdoctor");
        assertThat(unchanged.weeklyHoursInActivePractice()).isEqualTo(30);

        replace("weeklyHours", "36");
        clickThrough(find("form[action='/staff/reviewers/" + id.value() + "'] button"));
        waiting().until(ExpectedConditions.urlMatches("/staff/reviewers/" + id.value() + "$"));
        Reviewer edited = panel.byId(id).orElseThrow();
        assertThat(edited.name().disclosedWithinTheOrganization()).isEqualTo("Dr. Edited Testdoctor");
        assertThat(edited.weeklyHoursInActivePractice()).isEqualTo(36);
        assertThat(edited.licenses()).hasSize(2);

        // the Nevada license removed
        clickThrough(find("button[aria-label='Remove the license in Nevada']"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("license-table")));
        assertThat(find("#license-table").getText()).contains("California").doesNotContain("Nevada");
        assertAccessible();
        assertThat(panel.byId(id).orElseThrow().licenses()).extracting(l -> l.state().displayName())
                .containsExactly("California");

        // the admin reads both changes in the audit log, newest first
        signIn("admin-audit");
        open("/staff/audit");
        assertThat(find("h1").getText()).isEqualTo("Audit log");
        List<String> changes = browser().findElements(By.cssSelector("#audit tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td"))).filter(td -> td.get(8).getText().startsWith(
                        "reviewer " + id.value()))
                .map(td -> td.get(1).getText() + " " + td.get(3).getText() + " " + td.get(7).getText() + " "
                        + td.get(8).getText())
                .toList();
        assertThat(changes).containsExactly(
                "director-edit PANEL_REMOVE_LICENSE ALLOWED reviewer " + id.value() + ": licenses item 2",
                "director-edit PANEL_EDIT_REVIEWER ALLOWED reviewer " + id.value()
                        + ": 2 license(s), 1 certification(s), 0 affiliation(s)",
                "system PANEL_ADD_REVIEWER ALLOWED reviewer " + id.value());
        assertThat(find("#audit").getText()).doesNotContain("Testdoctor").doesNotContain("NV-EDIT");
        assertAccessible();
    }

    /** A qualified reviewer with two licenses, added to the panel directly. */
    private ReviewerId reviewerLicensedInCaliforniaAndNevada() {
        ReviewerId id = panel.nextId();
        panel.save(Reviewer.builder(id, ReviewerName.of("Dr. Edit Testdoctor"))
                .license(UsState.CALIFORNIA, "A-EDIT", LicenseStatus.ACTIVE, LocalDate.now(BusinessCalendar.ZONE).plusYears(2))
                .license(UsState.NEVADA, "NV-EDIT", LicenseStatus.ACTIVE, LocalDate.now(BusinessCalendar.ZONE).plusYears(2))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation",
                        "American Board of Physical Medicine and Rehabilitation", LocalDate.of(2006, 1, 15)))
                .subspecialty("Pain Management")
                .activePracticeSince(LocalDate.of(2004, 7, 1)).weeklyHoursInActivePractice(30).limits(10, 3)
                .affiliationsDeclaredOn(LocalDate.now(BusinessCalendar.ZONE)).build(), Optional.empty(), "ADD_REVIEWER", "");
        return id;
    }

    private void replace(String field, String text) {
        WebElement input = find("#f-" + field);
        input.clear();
        input.sendKeys(text);
    }
}
