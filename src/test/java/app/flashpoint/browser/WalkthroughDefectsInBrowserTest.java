package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough's defects that a page shows, each as the user met it in Chromium: template code in the
 * document form, an item page that gave the answer away, unknown addresses, a timed test that stayed editable
 * after the time was up, and the admin's page missing from the navigation.
 */
@SharedApp
class WalkthroughDefectsInBrowserTest extends BrowserTest {

    @Inject
    Roles roles;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theAddADocumentFormStartsWithAnEmptyTitle() {
        String author = signedInWithRole(Roles.INSTRUCTOR);
        browser.get(server.getURL() + "/author/decks/new");
        String slug = "walk-" + UUID.randomUUID().toString().substring(0, 8);
        find(By.name("slug")).sendKeys(slug);
        find(By.name("title")).sendKeys("Walkthrough deck");
        find(By.cssSelector("#deck-form button[type=submit]")).click();
        find(By.linkText("Add a document")).click();
        WebElement title = find(By.cssSelector("#paste-form input[name=title]"));
        assertThat(title.getAttribute("value")).as(author + "'s empty title").isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Add a document · Walkthrough deck · Flashpoint");
    }

    @Test
    void anItemPageKeepsTheExplanationAndSourceForTheRevealAndListsShowPrompts() {
        browser.get(server.getURL() + "/decks/luo-interview");
        find(By.cssSelector("a[href*='/key-points/']")).click();
        List<String> listed = browser.findElements(By.cssSelector("a[href*='/items/']")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).isNotEmpty().noneMatch(t -> t.matches("[a-z0-9]+(-[a-z0-9]+)+"));
        browser.findElements(By.cssSelector("a[href*='/items/']")).get(0).click();

        WebElement explanation = find(By.cssSelector("#explanation-and-source .explanation"));
        assertThat(explanation.isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".answer")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        find(By.cssSelector("#explanation-and-source summary")).click();
        assertThat(explanation.isDisplayed()).isTrue();
    }

    @Test
    void anUnknownAddressIsANotFoundPageWithAWayBackSignedInOrNot() {
        browser.get(server.getURL() + "/nope");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("404 · Not Found");
        signedInWithRole(Roles.STUDENT);
        browser.get(server.getURL() + "/nope");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("404 · Not Found");
        find(By.linkText("Back to the decks")).click();
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Decks");
    }

    @Test
    void aTimedSelfTestLocksWhenTheTimeIsUpAndTheResultsShowNoClock() {
        browser.get(server.getURL() + "/decks/luo-interview");
        find(By.cssSelector("form[action='/guest'] button[type=submit]")).click();
        find(By.cssSelector("form[action='/logout']")); // the guest's session has landed before the next page
        browser.get(server.getURL() + "/decks/luo-interview/self-test/new");
        WebElement questions = find(By.id("questions"));
        questions.clear();
        questions.sendKeys("3");
        find(By.id("timed")).click();
        WebElement minutes = find(By.id("minutes"));
        minutes.clear();
        minutes.sendKeys("1");
        find(By.cssSelector("#new-test button[type=submit]")).click();
        WebElement timer = find(By.id("timer"));
        assertThat(timer.getCssValue("position")).isEqualTo("sticky");

        Matcher id = Pattern.compile("/self-tests/(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        // 57 of the 60 seconds have gone by
        tx.executeWrite(status -> {
            try (var update = status.getConnection().prepareStatement(
                    "UPDATE self_test SET started_at = started_at - 57000 WHERE id = ?")) {
                update.setLong(1, Long.parseLong(id.group(1)));
                return update.executeUpdate();
            }
        });
        browser.navigate().refresh();
        Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("time-left"),
                "time is up"));
        assertThat(browser.findElements(By.cssSelector("#answer-form fieldset, #answer-form button")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("disabled")).as(e.getAttribute("outerHTML")).isNotNull());
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/results"));
        assertThat(browser.findElements(By.id("timer"))).isEmpty();
        assertThat(find(By.tagName("main")).getText()).doesNotContain("Time left");
    }

    @Test
    void anAdminFindsTheAccountsPageInTheNavigation() {
        signedInWithRole(Roles.ADMIN);
        browser.get(server.getURL() + "/");
        find(By.cssSelector("header nav a[href='/admin/accounts']"));
        browser.get(server.getURL() + "/admin/accounts");
        assertThat(find(By.tagName("h1")).getText()).contains("Accounts");
    }

    /** A new account with {@code role}, signed in in the browser (its session cookies copied in); its name. */
    private String signedInWithRole(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        URI base = URI.create(server.getURL() + "/");
        WebSession web = WebSession.signedUp(base, name, PASSWORD);
        roles.promote(web.accountId(), role);
        web = WebSession.signedIn(base, name, PASSWORD);
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/health");
        for (String cookie : List.of("JWT", "csrfToken")) {
            var value = web.cookie(cookie);
            if (value.isPresent()) {
                browser.manage().addCookie(new Cookie(cookie, value.get().getValue(), "/"));
            }
        }
        return name;
    }

}
