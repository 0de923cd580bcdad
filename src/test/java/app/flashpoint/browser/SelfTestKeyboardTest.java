package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest takes a short self-test from the deck page to the results, with the keyboard alone. */
@SharedApp
class SelfTestKeyboardTest extends BrowserTest {

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus (at most 120 times). */
    private void tabTo(String css) {
        WebElement target = browser.findElement(By.cssSelector(css));
        for (int i = 0; i < 120 && !target.equals(focused()); i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertThat(focused()).as("focus on " + css).isEqualTo(target);
    }

    @Test
    void aGuestTakesAShortSelfTestWithTheKeyboard() {
        browser.get(server.getURL() + "/decks/luo-interview");
        tabTo("header.site form[action='/guest'] button");
        focused().sendKeys(Keys.ENTER);
        browser.get(server.getURL() + "/decks/luo-interview");
        tabTo("a[href='/decks/luo-interview/self-test/new']");
        focused().sendKeys(Keys.ENTER);

        assertThat(browser.getTitle()).startsWith("New self-test");
        WebElement count = focused();
        assertThat(count.getAttribute("id")).isEqualTo("questions");
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        tabTo("input[name=kind][value=multiple_choice]");
        focused().sendKeys(Keys.SPACE);
        tabTo("input[name=kind][value=true_false]");
        focused().sendKeys(Keys.SPACE);
        tabTo("#new-test button[type=submit]");
        focused().sendKeys(Keys.ENTER);

        // narrow, phone-sized window: the question page must not scroll sideways
        browser.manage().window().setSize(new Dimension(390, 844));
        for (int n = 1; n <= 3; n++) {
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Question " + n + " of 3");
            WebElement first = focused();
            assertThat(first.getAttribute("type")).as("the first answer control has the focus").isEqualTo("radio");
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            first.sendKeys(Keys.SPACE);
            tabTo("#answer-form button[type=submit]");
            focused().sendKeys(Keys.ENTER);

            WebElement feedback = browser.findElement(By.id("feedback"));
            assertThat(feedback.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(feedback.findElement(By.cssSelector(".verdict")).getText()).matches("Right|Wrong");
            assertThat(feedback.findElement(By.cssSelector("a.passage-link")).getAttribute("href"))
                    .contains("/documents/luo-interview-north-korea.txt#q-");
            assertThat(focused()).isEqualTo(feedback);
            focused().sendKeys(Keys.ENTER);
        }

        assertThat(browser.getTitle()).startsWith("Self-test results");
        assertThat(browser.findElement(By.id("score")).getText()).matches("\\d of 3 \\(\\d+%\\)");
        assertThat(browser.findElements(By.cssSelector("table.by-key-point tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("article.answer-result"))).hasSize(3);
        tabTo("form[action$='/retake'] button");
        focused().sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Question 1 of 3");
    }
}
