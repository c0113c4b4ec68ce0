package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The intake queue on the demo data (demo/cases.yaml), as the demo intake user sees it in Chromium: exactly which
 * cases are overdue and which are due today. The demo cases are dated back from the day they are loaded, and business
 * days depend on the day of the week, so the application runs on a fixed day, Wednesday 18 March 2026, on a new
 * database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-demo-queue", "openimr.sweep.enabled=false",
                "openimr.demo.password=" + IntakeQueueBrowserTest.PASSWORD})
@Import(IntakeQueueBrowserTest.FixedDay.class)
class IntakeQueueBrowserTest extends BrowserTest {

    static final String PASSWORD = "demo-queue-password";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");
    static final Path DATA = Path.of("target", "test-pg-demo-queue");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedDay {
        @Bean
        @Primary
        Clock fixedDay() {
            return Clock.fixed(TODAY.atTime(10, 0).atZone(CALIFORNIA).toInstant(), CALIFORNIA);
        }
    }

    /** A new database, so that the demo cases are loaded, dated back from {@link #TODAY}, at this test's start. */
    @BeforeAll
    static void emptyDatabase() throws IOException {
        if (Files.exists(DATA)) {
            try (var paths = Files.walk(DATA)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDemoIntakeUserSeesExactlyTheOverdueCasesAndWhatIsDueToday() {
        browser().manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys("intake");
        find("#password").sendKeys(PASSWORD);
        clickThrough(find("button[type=submit]"));

        assertThat(find("h1").getText()).isEqualTo("Intake queue");
        assertThat(find(".lead").getText()).isEqualTo("Today is 2026-03-18. 14 open cases.");
        // eligible six business days ago without a NOARFI; records mailed for 25 days and still partial
        assertThat(find("#overdue").getText()).isEqualTo("Overdue (2)");
        assertThat(rows("overdue")).containsExactly(
                "CM26-0000006 | Oscar Sampleton | 2026-03-09: Medical records received complete (overdue)",
                "CM26-0000003 | Grace Placeholder | 2026-03-11: Notice of Assignment and Request for Information sent "
                        + "(overdue)");
        // the reviewer's determination (30 days after complete records), records 12 days after an electronic NOARFI,
        // records 24 hours after the conversion to expedited, a NOARFI 1 business day after eligibility
        assertThat(find("#due-today").getText()).isEqualTo("Due today (4)");
        assertThat(rows("due-today")).containsExactly(
                "CM26-0000008 | Samuel Demoreaux | 2026-03-18: Final determination issued",
                "CM26-0000005 | Helen Fauxley | 2026-03-18: Medical records received complete",
                "CM26-0000010 | Walter Rushmore-Demo | 2026-03-18: Medical records received complete",
                "CM26-0000001 | Rosa Demoquist | 2026-03-18: Notice of Assignment and Request for Information sent");
        assertAccessible();

        clickThrough(find("#overdue-table a[href='/staff/cases/CM26-0000006']"));
        assertThat(find("h1").getText()).isEqualTo("Case CM26-0000006");
        assertAccessible();
    }

    /** The rows of a section of the queue: case number, applicant, next step due. */
    private List<String> rows(String section) {
        return browser().findElements(By.cssSelector("#" + section + "-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText() + " | " + cells.get(1).getText() + " | " + cells.get(4).getText())
                .toList();
    }
}
