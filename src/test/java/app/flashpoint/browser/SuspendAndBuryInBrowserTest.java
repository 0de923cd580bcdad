package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the study page, {@code @} suspends the card shown (also one the page's script brought after a rating) and the
 * suspended list shows it; {@code -} buries the card and the next one shows.
 */
@SharedApp
class SuspendAndBuryInBrowserTest extends BrowserTest {
    private WebDriverWait wait;

    @BeforeEach
    void patientWait() {
        wait = Browser.patientWait(browser);
    }

    @Test
    void atSuspendsTheCardAndMinusBuriesIt() {
        browser.get(server.getURL() + "/decks/luo-interview");
        find(By.cssSelector("[data-testid=study-deck]")).click();
        find(By.id("start-guest")).click();
        find(By.cssSelector("[data-testid=study-card]"));

        // one rating through the page's script first: the card it brings is the one @ then suspends
        String rated = shownCard();
        leaveTextField();
        keys(focusInField() ? Keys.ENTER : Keys.SPACE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
        keys("3");
        wait.until(d -> !rated.equals(shownCard()) && !d.findElements(By.id("reveal-form")).isEmpty());
        String suspended = shownCard();
        leaveTextField();
        keys("@");
        wait.until(d -> !suspended.equals(shownCard()));
        assertThat(find(By.cssSelector("[data-testid=suspended-link]")).getText()).isEqualTo("Suspended (1)");

        find(By.cssSelector("[data-testid=suspended-link]")).click();
        find(By.cssSelector("[data-testid=suspended-list] li[data-card='" + suspended + "']"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=suspended-list] li"))).hasSize(1);

        browser.navigate().back();
        String buried = shownCard();
        leaveTextField();
        keys("-");
        wait.until(d -> !buried.equals(shownCard()));
        assertThat(shownCard()).isNotEqualTo(suspended);
    }

    private String shownCard() {
        return find(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card");
    }

    private boolean focusInField() {
        return browser.switchTo().activeElement().getTagName().equals("input");
    }

    /** In a type-in field a key is a letter: Shift+Tab leaves it first. */
    private void leaveTextField() {
        if (focusInField() && "text".equals(browser.switchTo().activeElement().getAttribute("type"))) {
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
    }

    private void keys(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }
}
