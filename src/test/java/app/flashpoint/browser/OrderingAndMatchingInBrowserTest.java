package app.flashpoint.browser;

import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.Viewers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordering and matching cards are answered on the card itself, in daily study: by keyboard (the move buttons, a
 * list per place), by mouse (dragging rows and answers), and the answer is marked and suggests the rating.
 */
@SharedApp
class OrderingAndMatchingInBrowserTest extends BrowserTest {
    private static final String SLUG = "luo-interview";

    @Inject
    StudyDecks decks;

    private WebDriverWait wait;

    @BeforeEach
    void asAGuest() {
        wait = Browser.patientWait(browser);
        browser.get(server.getURL() + "/study/" + SLUG);
        browser.findElement(By.id("start-guest")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=study-card]")));
    }

    @Test
    void anOrderingCardIsPutInOrderWithTheKeyboard() {
        Card card = first(CardFace.Ordering.class);
        List<String> sequence = ((CardFace.Ordering) card.face()).sequence();
        show(card);
        List<String> shown = texts(".reorder-text");
        assertThat(shown).as("shuffled, never already in order").isNotEqualTo(sequence)
                .containsExactlyInAnyOrderElementsOf(sequence);

        for (int place = 0; place < sequence.size(); place++) {
            while (texts(".reorder-text").indexOf(sequence.get(place)) > place) {
                row(sequence.get(place)).findElement(By.cssSelector("[data-move='-1']")).sendKeys(Keys.ENTER);
            }
        }
        assertThat(texts(".reorder-text")).containsExactlyElementsOf(sequence);
        assertThat(browser.findElement(By.cssSelector("[data-reorder-status]")).getAttribute("textContent"))
                .contains("place").contains("of " + sequence.size());

        reveal();
        assertThat(feedback()).isEqualTo("Correct.");
        assertThat(suggestedRating()).isEqualTo("3");
        assertThat(browser.findElements(By.cssSelector(".given-order .out-of-place"))).isEmpty();
    }

    @Test
    void anOrderingCardIsRearrangedByDraggingAndPartlyRightIsNearlyRight() {
        Card card = first(CardFace.Ordering.class);
        List<String> sequence = ((CardFace.Ordering) card.face()).sequence();
        show(card);
        // drag rows into the right order, then swap the last two by picking a place from the list
        for (int place = 0; place < sequence.size(); place++) {
            int at = texts(".reorder-text").indexOf(sequence.get(place));
            if (at != place) {
                new Actions(browser).dragAndDrop(row(sequence.get(place)), rows().get(place)).perform();
            }
        }
        assertThat(texts(".reorder-text")).as("dragged into order").containsExactlyElementsOf(sequence);
        new Select(row(sequence.get(sequence.size() - 1)).findElement(By.tagName("select")))
                .selectByValue(String.valueOf(sequence.size() - 1));

        reveal();
        assertThat(feedback()).isEqualTo("Nearly right.");
        assertThat(browser.findElement(By.cssSelector(".back")).getText())
                .contains((sequence.size() - 1) + " of " + sequence.size() + " items in the right order.");
        assertThat(suggestedRating()).isEqualTo("2");
    }

    @Test
    void aMatchingCardIsAnsweredByDraggingAndByPickingFromTheLists() {
        Card card = first(CardFace.Matching.class);
        List<ItemContent.Pair> pairs = ((CardFace.Matching) card.face()).pairs();
        show(card);
        List<WebElement> lefts = browser.findElements(By.cssSelector(".match-row"));
        // the first pair by dragging its answer onto it, the others by keyboard in their lists
        WebElement right = browser.findElement(By.cssSelector(".match-rights li[data-right='"
                + pairs.get(0).right().replace("'", "\\'") + "']"));
        new Actions(browser).dragAndDrop(right, lefts.get(0)).perform();
        assertThat(new Select(lefts.get(0).findElement(By.tagName("select"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(pairs.get(0).right());
        for (int i = 1; i < pairs.size(); i++) {
            new Select(lefts.get(i).findElement(By.tagName("select"))).selectByValue(pairs.get(i).right());
        }

        reveal();
        assertThat(feedback()).isEqualTo("Correct.");
        assertThat(suggestedRating()).isEqualTo("3");
    }

    @Test
    void aSelfTestsOrderingAndMatchingQuestionsAreAnsweredByKeyboardAndByDragging() {
        for (String kind : List.of("ordering", "matching")) {
            browser.get(server.getURL() + "/decks/" + SLUG + "/self-test/new");
            WebElement count = browser.findElement(By.id("questions"));
            count.clear();
            count.sendKeys("1");
            browser.findElement(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
            browser.findElement(By.cssSelector("#new-test button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
            String prompt = browser.findElement(By.cssSelector("#answer-form legend")).getText();
            if (kind.equals("ordering")) {
                List<String> sequence = decks.of(SLUG, Viewers.ADMIN).cards().stream()
                        .filter(c -> c.face() instanceof CardFace.Ordering o && o.prompt().equals(prompt))
                        .map(c -> ((CardFace.Ordering) c.face()).sequence()).findFirst().orElseThrow();
                for (int place = 0; place < sequence.size(); place++) {
                    while (texts(".reorder-text").indexOf(sequence.get(place)) > place) {
                        row(sequence.get(place)).findElement(By.cssSelector("[data-move='-1']")).sendKeys(Keys.ENTER);
                    }
                }
            } else {
                List<ItemContent.Pair> pairs = decks.of(SLUG, Viewers.ADMIN).cards().stream()
                        .filter(c -> c.face() instanceof CardFace.Matching m && m.prompt().equals(prompt))
                        .map(c -> ((CardFace.Matching) c.face()).pairs()).findFirst().orElseThrow();
                List<WebElement> lefts = browser.findElements(By.cssSelector(".match-row"));
                for (int i = 0; i < pairs.size(); i++) {
                    WebElement right = browser.findElement(By.cssSelector(".match-rights li[data-right='"
                            + pairs.get(i).right().replace("'", "\\'") + "']"));
                    new Actions(browser).dragAndDrop(right, lefts.get(i)).perform();
                }
            }
            browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
            assertThat(browser.findElement(By.cssSelector("#feedback .verdict")).getText()).as(kind).isEqualTo("Right");
        }
    }

    private Card first(Class<? extends CardFace> kind) {
        return decks.of(SLUG, Viewers.ADMIN).cards().stream().filter(c -> kind.isInstance(c.face())).findFirst()
                .orElseThrow();
    }

    private void show(Card card) {
        browser.get(server.getURL() + "/study/" + SLUG + "?card=" + URLEncoder.encode(card.id(), StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")));
    }

    private void reveal() {
        browser.findElement(By.id("reveal")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector(".reorder-row"));
    }

    private WebElement row(String text) {
        return rows().stream().filter(r -> r.findElement(By.cssSelector(".reorder-text")).getText().equals(text))
                .findFirst().orElseThrow();
    }

    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private String feedback() {
        return browser.findElement(By.cssSelector("[data-testid=feedback]")).getText();
    }

    private String suggestedRating() {
        return browser.findElement(By.cssSelector("button.rating.suggested")).getAttribute("value");
    }
}
