package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Home → deck → key point → item → source reader, in a real browser. */
@SharedApp
class BrowseDeckToSourceTest extends BrowserTest {

    @Test
    void learnerFollowsAnItemBackToItsPassage() {
        browser.get(server.getURL() + "/");
        browser.findElement(By.linkText("North Korea in U.S.–China relations")).click();

        assertThat(browser.findElements(By.cssSelector("section.family h2")))
                .extracting(WebElement::getText).anyMatch(t -> t.startsWith("China's core interests"));
        browser.findElement(By.partialLinkText("The three “no”s")).click();
        List<WebElement> items = browser.findElements(By.cssSelector(".item-list a"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        // the list shows what each item asks; its id is the link's
        assertThat(items.get(0).getText()).isNotEqualTo(items.get(0).getAttribute("data-item")).isNotBlank();
        String itemId = items.get(0).getAttribute("data-item");
        items.get(0).click();

        WebElement card = browser.findElement(By.cssSelector("[data-testid=item-card]"));
        WebElement reveal = card.findElement(By.tagName("summary"));
        WebElement answer = card.findElement(By.cssSelector("details > :not(summary)"));
        assertThat(answer.isDisplayed()).isFalse();
        reveal.click();
        assertThat(answer.isDisplayed()).isTrue();

        // the explanation and source give the answer away: they stay folded until asked for
        WebElement behind = browser.findElement(By.id("explanation-and-source"));
        assertThat(behind.findElement(By.cssSelector("a.passage-link")).isDisplayed()).isFalse();
        behind.findElement(By.tagName("summary")).click();
        browser.findElement(By.cssSelector("a.passage-link")).click();

        assertThat(browser.getCurrentUrl()).contains("/documents/luo-interview-north-korea.txt#q-" + itemId + "-0");
        WebElement selected = browser.findElement(By.cssSelector("mark.cited.selected"));
        assertThat(selected.getAttribute("data-cites")).contains("q-" + itemId + "-0");
        assertThat(panelItemIds()).contains(itemId);
    }

    @Test
    void keyboardSelectsAHighlightAndThePanelListsItsItems() {
        browser.get(server.getURL() + "/documents/luo-interview-north-korea.txt");
        assertThat(browser.findElement(By.id("citation-empty")).isDisplayed()).isTrue();

        WebElement mark = browser.findElements(By.cssSelector("mark.cited")).get(0);
        mark.sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.id("citation-empty")).isDisplayed()).isFalse();
        List<String> listed = panelItemIds();
        assertThat(listed).isNotEmpty();
        for (String anchor : mark.getAttribute("data-cites").split(" ")) {
            assertThat(listed).anyMatch(id -> anchor.startsWith("q-" + id + "-"));
        }
        browser.findElement(By.cssSelector("#citation-list a")).click();
        assertThat(browser.getCurrentUrl()).contains("/decks/luo-interview/items/" + listed.get(0));
    }

    /** At phone width the citing items open in a sheet over the bottom of the screen, next to the passage. */
    @Test
    void onAPhoneTheCitingItemsOpenInASheetAtTheBottomOfTheScreen() {
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(server.getURL() + "/documents/luo-interview-north-korea.txt");
        WebElement panel = browser.findElement(By.id("citation-panel"));
        assertThat(panel.isDisplayed()).isFalse();

        List<WebElement> marks = browser.findElements(By.cssSelector("mark.cited"));
        WebElement mark = marks.get(marks.size() / 2);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", mark);
        mark.click();
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getCssValue("position")).isEqualTo("fixed");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        Number bottom = (Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().bottom", panel);
        assertThat(bottom.doubleValue()).as("the sheet's bottom, in the viewport").isBetween(viewport - 2.0, viewport + 1.0);
        assertThat(panel.getSize().getHeight()).isLessThanOrEqualTo((int) (viewport / 2));
        assertThat(panelItemIds()).isNotEmpty();

        browser.findElement(By.id("citation-close")).click();
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(mark);
        mark.sendKeys(Keys.ENTER);
        assertThat(panel.isDisplayed()).isTrue();
        mark.sendKeys(Keys.ESCAPE);
        assertThat(panel.isDisplayed()).isFalse();
    }

    private List<String> panelItemIds() {
        return browser.findElements(By.cssSelector("#citation-list code")).stream().map(WebElement::getText).toList();
    }
}
