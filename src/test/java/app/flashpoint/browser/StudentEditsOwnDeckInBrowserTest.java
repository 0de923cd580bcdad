package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student signs up, imports a small CSV through the Import page, follows "Edit this deck" from the deck's page
 * to its card, changes the answer, and studies the deck: the card shows the new answer.
 */
@SharedApp
class StudentEditsOwnDeckInBrowserTest extends BrowserTest {

    @Test
    void aStudentChangesACardOfTheirImportedDeckAndStudiesTheChange() throws Exception {
        Path csv = Files.createTempFile("Rivers", ".csv");
        Files.writeString(csv, "Which river runs through Vienna?,The Rhine\n");
        signUp("student-" + UUID.randomUUID().toString().substring(0, 8));

        browser.get(server.getURL() + "/import");
        find(By.id("file")).sendKeys(csv.toString());
        find(By.cssSelector("#import-form button[type=submit]")).click();
        find(By.cssSelector("#confirm-import button[type=submit]")).click();
        find(By.cssSelector("[data-testid=open-deck]")).click();
        assertThat(find(By.cssSelector("[data-testid=author-link]")).getAttribute("textContent")).isEqualTo("Your decks");

        find(By.cssSelector("[data-testid=edit-deck]")).click();
        find(By.xpath("//li[@data-item][contains(., 'Which river runs through Vienna?')]/a")).click();
        WebElement back = find(By.name("basicBack"));
        assertThat(back.getAttribute("value")).isEqualTo("The Rhine");
        back.clear();
        back.sendKeys("The Danube");
        find(By.cssSelector("#item-form button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=saved]")).getText()).startsWith("Saved");

        find(By.xpath("//a[contains(., 'See it as a learner')]")).click();
        find(By.cssSelector("[data-testid=study-deck]")).click();
        assertThat(find(By.cssSelector("[data-testid=study-card]")).getText()).contains("Which river runs through Vienna?");
        find(By.id("reveal")).click();
        String shown = find(By.cssSelector("[data-testid=study-card] .back")).getText();
        assertThat(shown).contains("The Danube").doesNotContain("The Rhine");
    }
}
