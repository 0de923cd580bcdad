package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest studies five cards with the keyboard alone, signs up, and the five answers are still theirs. */
@SharedApp
class GuestStudiesWithKeyboardTest extends BrowserTest {

    private WebDriverWait wait;

    @BeforeEach
    void patientWait() {
        wait = Browser.patientWait(browser);
    }

    @Test
    void guestStudiesFiveCardsByKeyboardThenSignsUpAndKeepsThem() {
        browser.get(server.getURL() + "/decks/luo-interview");
        browser.findElement(By.cssSelector("[data-testid=study-deck]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-guest")));
        keys(Keys.ENTER); // "Study as a guest" has the focus
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=study-card]")));
        String account = subject();

        List<String> studied = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            studied.add(browser.findElement(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card"));
            // Space reveals; on a type-in card the answer field has the focus, where Enter sends it instead
            boolean typing = browser.switchTo().activeElement().getTagName().equals("input");
            keys(typing ? Keys.ENTER : Keys.SPACE);
            WebElement rating = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
            assertThat(browser.findElement(By.cssSelector("[data-testid=feedback]")).getAttribute("aria-live"))
                    .isEqualTo("polite");
            assertThat(rating.findElements(By.cssSelector("button.rating"))).extracting(WebElement::getText)
                    .allSatisfy(label -> assertThat(label).matches("(?s).*\\d+(m|h|d|mo|y).*"));
            keys(i == 0 ? "2" : "3"); // Hard once (back in 5 minutes, after this test), then Good
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")));
        }
        assertThat(studied).doesNotHaveDuplicates();
        assertThat(browser.findElement(By.cssSelector("[data-testid=answered-today]")).getText())
                .isEqualTo("5 answered today");

        // u takes back the last rating (made through the page's script) and shows that card again; in a
        // type-in field u is a letter, so Shift+Tab leaves it first
        if (browser.switchTo().activeElement().getTagName().equals("input")) {
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        keys("u");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=answered-today]"), "4 answered today"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card"))
                .isEqualTo(studied.get(4));
        boolean typing = browser.switchTo().activeElement().getTagName().equals("input");
        keys(typing ? Keys.ENTER : Keys.SPACE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
        keys("3");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=answered-today]"), "5 answered today"));

        browser.get(server.getURL() + "/signup");
        String username = "keys" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        browser.findElement(By.id("confirm")).sendKeys("correct horse battery", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signup")));

        browser.get(server.getURL() + "/study/luo-interview");
        assertThat(subject()).isEqualTo(account);
        assertThat(browser.findElement(By.cssSelector("header.site")).getText()).contains(username);
        assertThat(browser.findElement(By.cssSelector("[data-testid=answered-today]")).getText())
                .isEqualTo("5 answered today");
        assertThat(browser.findElement(By.cssSelector(".count-new")).getText()).isEqualTo("15 new");

        // the progress dashboard, reached from the header, shows those same five reviews
        browser.findElement(By.linkText("Progress")).click();
        assertThat(browser.findElement(By.id("review-count")).getText()).isEqualTo("5");
        assertThat(browser.findElements(By.id("no-reviews"))).isEmpty();
    }

    private void keys(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** The account id the session cookie names (HttpOnly for pages, but readable by the driver). */
    private String subject() {
        String jwt = browser.manage().getCookieNamed("JWT").getValue();
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return claims.replaceAll(".*\"sub\":\"(\\d+)\".*", "$1");
    }
}
