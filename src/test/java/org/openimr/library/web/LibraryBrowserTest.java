package org.openimr.library.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.openimr.BrowserTest;
import org.openimr.library.DemoLibraryFixture;
import org.openimr.library.LetterStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browser tests of the library's pages over the demo library, in the same application context as the library's
 * other tests (same database, see LibraryDatabaseTest). Screenshots of each page go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-library", "openimr.demo.enabled=false"})
abstract class LibraryBrowserTest extends BrowserTest {

    @Autowired
    LetterStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void demoLibrary() {
        DemoLibraryFixture.ensureDemoLibrary(store, jdbc, transactions);
    }

    java.util.List<WebElement> findAll(String css) {
        return browser().findElements(By.cssSelector(css));
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.out.println("screenshot " + name + " not saved: " + e.getMessage());
        }
    }
}
