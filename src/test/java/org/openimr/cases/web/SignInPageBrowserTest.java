package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openimr.BrowserTest;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The staff sign-in page in Chromium: labelled fields, a wrong password's message, sign-in, sign-out; axe-core clean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class SignInPageBrowserTest extends BrowserTest {

    @Autowired
    StaffUsers users;

    @Test
    void aWrongPasswordIsToldBesideTheFormThenTheRightOneSignsInAndSigningOutSaysSo() {
        users.add("intake", "test-password", Role.INTAKE);
        browser().manage().deleteAllCookies();
        open("/staff");
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(find("h1").getText()).isEqualTo("Staff sign-in");
        assertThat(find("label[for=username]").getText()).isEqualTo("Username");
        assertThat(find("label[for=password]").getText()).isEqualTo("Password");
        assertThat(find("link[href='/staff/staff.css']")).isNotNull();
        assertThat(browser().findElements(By.id("sign-in-problem"))).isEmpty();
        assertAccessible();

        find("#username").sendKeys("intake");
        find("#password").sendKeys("not-the-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/login?error"));
        assertThat(find("#sign-in-problem").getAttribute("role")).isEqualTo("alert");
        assertThat(find("#sign-in-problem p").getText()).startsWith("The username or the password is not right.");
        assertThat(find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#password").getAttribute("aria-describedby")).isEqualTo("sign-in-problem");
        assertAccessible();

        find("#username").sendKeys("intake");
        find("#password").sendKeys("test-password");
        clickThrough(find("button[type=submit]"));
        waiting().until(ExpectedConditions.urlMatches("/staff(\\?continue)?$"));
        assertThat(find("h1").getText()).isEqualTo("Intake queue");

        clickThrough(find("form.inline-form button"));
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(find("#signed-out").getText()).isEqualTo("You are signed out.");
        assertAccessible();
    }
}
