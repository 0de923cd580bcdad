package app.flashpoint.browser;

import app.flashpoint.card.StudyDecks;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest studies two cards (so they have due dates), then crams the key point of those cards with the
 * keyboard to the end, missing the first card once; the study due dates are the same afterwards.
 */
@SharedApp
class GuestCramsWithKeyboardTest extends BrowserTest {
    @Inject
    DataSource dataSource;
    @Inject
    StudyDecks decks;

    private WebDriverWait wait;

    @BeforeEach
    void patientWait() {
        wait = Browser.patientWait(browser);
    }

    @Test
    void guestCramsAKeyPointByKeyboardAndTheStudyDueDatesStay() {
        browser.get(server.getURL() + "/study/luo-interview");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-guest")));
        keys(Keys.ENTER);
        var studied = new java.util.ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")));
            studied.add(browser.findElement(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card"));
            revealKey();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
            keys("3");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")));
        long account = Long.parseLong(subject());
        Map<String, Long> due = dueDates(account);
        assertThat(due).hasSize(2);

        browser.get(server.getURL() + "/decks/luo-interview");
        browser.findElement(By.cssSelector("[data-testid=cram-deck]")).sendKeys(Keys.ENTER);
        // the key point of the first card just studied, so the cram goes over cards that have due dates
        String keyPointId = decks.of("luo-interview", null).card(studied.get(0)).orElseThrow().keyPoint();
        var keyPoint = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[name=keyPoint][value='" + keyPointId + "']")));
        keyPoint.sendKeys(Keys.SPACE);
        assertThat(keyPoint.isSelected()).isTrue();
        browser.findElement(By.id("start-cram")).sendKeys(Keys.ENTER);

        int answers = 0;
        String missed = null;
        var crammed = new java.util.HashSet<String>();
        while (true) {
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=cram-done]"))));
            if (!browser.findElements(By.cssSelector("[data-testid=cram-done]")).isEmpty()) {
                break;
            }
            assertThat(answers).as("the loop ends").isLessThan(20);
            String card = browser.findElement(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card");
            crammed.add(card);
            assertThat(browser.findElement(By.cssSelector("[data-testid=cram-progress]")).getText()).matches("\\d+ of \\d+ done");
            revealKey();
            var rate = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
            keys("2"); // not a cram key: nothing happens
            assertThat(browser.findElements(By.id("rate-form"))).hasSize(1);
            // wrong the first time, so it comes back; right every other time
            boolean wrong = answers == 0;
            if (wrong) {
                missed = card;
            }
            keys(wrong ? "1" : "3");
            answers++;
            wait.until(ExpectedConditions.stalenessOf(rate));
        }
        assertThat(missed).isNotNull();
        assertThat(crammed).contains(studied.get(0));
        assertThat(answers).isEqualTo(crammed.size() + 1);
        assertThat(browser.findElement(By.cssSelector("[data-testid=cram-summary]")).getText())
                .contains("in " + answers + " answers");
        assertThat(dueDates(account)).isEqualTo(due);
    }

    /** Space reveals; on a type-in card the answer field has the focus, where Enter sends the form instead. */
    private void revealKey() {
        boolean typing = browser.switchTo().activeElement().getTagName().equals("input");
        keys(typing ? Keys.ENTER : Keys.SPACE);
    }

    private void keys(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private Map<String, Long> dueDates(long account) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT card_id, due FROM card_state WHERE account_id = ? ORDER BY card_id")) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                var due = new LinkedHashMap<String, Long>();
                while (r.next()) {
                    due.put(r.getString(1), r.getLong(2));
                }
                return due;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account id the session cookie names (HttpOnly for pages, but readable by the driver). */
    private String subject() {
        String jwt = browser.manage().getCookieNamed("JWT").getValue();
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return claims.replaceAll(".*\"sub\":\"(\\d+)\".*", "$1");
    }
}
