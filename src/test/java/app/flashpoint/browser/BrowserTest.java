package app.flashpoint.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A fresh headless Chromium per test against the embedded server, closed after it, and the steps most tests take:
 * waiting for an element, signing up and signing in through the pages.
 */
abstract class BrowserTest {
    static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Waits for the element: a click that submits a form returns before the next page has loaded, and the
     * sign-in helpers leave the driver without an implicit wait. A miss says which page was shown instead.
     */
    WebElement find(By by) {
        try {
            return Browser.patientWait(browser).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            String text = browser.findElements(By.tagName("main")).stream().findFirst().map(WebElement::getText).orElse("");
            throw new AssertionError("no " + by + " on " + browser.getCurrentUrl() + " after 10 s; the page says: "
                    + text.substring(0, Math.min(text.length(), 600)), e);
        }
    }

    /** Signs in anew (every cookie dropped first) and waits to leave the sign-in page. */
    void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(PASSWORD);
        find(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        Browser.patientWait(browser).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Signs a new account up through the sign-up page and waits to leave it. */
    void signUp(String username) {
        browser.get(server.getURL() + "/signup");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(PASSWORD);
        find(By.name("confirm")).sendKeys(PASSWORD);
        find(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        Browser.patientWait(browser).until(d -> !d.getCurrentUrl().contains("/signup"));
    }
}
