package org.openimr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the page tests: the application on a random port, driven by Debian's real headless Chromium through
 * Selenium, with an axe-core accessibility check. Skipped, with a message saying how to install the browser, where
 * Chromium or its driver is absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("openimr.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("openimr.chromedriver", "/usr/bin/chromedriver"));

    private static WebDriver sharedDriver;
    private static Path profileDir;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium not found at " + CHROMIUM + " / " + CHROMEDRIVER
                        + ". Install Debian's packages: apt-get install chromium chromium-driver");
        profileDir = Files.createTempDirectory("openimr-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        sharedDriver = new ChromeDriver(service, options);
        sharedDriver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (sharedDriver != null) {
            sharedDriver.quit();
            sharedDriver = null;
        }
        if (profileDir != null) {
            try (var paths = Files.walk(profileDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected WebDriver browser() {
        return sharedDriver;
    }

    /** Opens a path of the application, e.g. "/decisions?q=therapy". */
    protected void open(String path) {
        sharedDriver.get("http://localhost:" + port + path);
    }

    /**
     * Clicks a link or a form's button that loads a new page, and returns once the new page has replaced the old
     * one and finished loading. Without the wait, the next look at the page can still read the old one: a form
     * shown again with its errors, or the same page after a redirect, has the same elements as before.
     */
    protected void clickThrough(WebElement linkOrButton) {
        WebElement oldPage = sharedDriver.findElement(By.tagName("html"));
        linkOrButton.click();
        WebDriverWait wait = new WebDriverWait(sharedDriver, Duration.ofSeconds(30));
        wait.until(d -> isReplaced(oldPage));
        wait.ignoring(WebDriverException.class);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether a page's root element is gone. Chromium reports a replaced page either as a stale element or, while
     * the new document is being attached, as an "unknown error" saying the node does not belong to the document;
     * both mean the old page is gone.
     */
    private static boolean isReplaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The element the selector finds, once it is on the page (waiting for it as {@link #waiting()} does). */
    protected WebElement find(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to 20 seconds; an element read while its page is being replaced is read again. */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(sharedDriver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Signs a staff user in on the sign-in page (the tests give every user the password "test-password"). */
    protected void signIn(String user) {
        sharedDriver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys("test-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Runs axe-core on the current page (WCAG 2.0/2.1 A and AA rules) and fails listing every violation. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(sharedDriver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + sharedDriver.getCurrentUrl() + ":\n" + violations.stream()
                        .map(v -> "- " + v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
