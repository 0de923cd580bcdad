package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor creates a class and a quiz assignment in the browser; a student joins with the code, takes
 * the quiz (answers autosaved by the page script) and submits it, and sees the result.
 */
@MicronautTest(transactional = false)
class ClassQuizInBrowserTest extends BrowserTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    Roles roles;

    @Test
    void anInstructorSetsAQuizThatAStudentTakes() {
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(teacher);
        long teacherId = roles.accounts().stream().filter(a -> a.username().equals(teacher)).findFirst().orElseThrow().id();
        roles.promote(teacherId, Roles.INSTRUCTOR);
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("username")).sendKeys(teacher);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();

        browser.get(server.getURL() + "/classes/new");
        browser.findElement(By.name("name")).sendKeys("Browser seminar");
        browser.findElement(By.cssSelector("#new-class-form button[type=submit]")).click();
        String code = browser.findElement(By.cssSelector("[data-testid=join-code]")).getText();

        browser.findElement(By.id("new-quiz")).click();
        browser.findElement(By.id("title")).sendKeys("Browser quiz");
        WebElement questions = browser.findElement(By.id("questions"));
        questions.clear();
        questions.sendKeys("2");
        browser.findElement(By.cssSelector("input[name=kind][value=true_false]")).click();
        browser.findElement(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=assignments]")).getText()).contains("Browser quiz");

        browser.manage().deleteAllCookies();
        signUp("student-" + UUID.randomUUID().toString().substring(0, 8));
        browser.get(server.getURL() + "/join/" + code);
        browser.findElement(By.cssSelector("#join-form button[type=submit]")).click();
        browser.get(server.getURL() + "/assignments");
        browser.findElement(By.linkText("Browser quiz")).click();
        browser.findElement(By.id("start")).click();

        List<WebElement> cards = browser.findElements(By.cssSelector("[data-question]"));
        assertThat(cards).hasSize(2);
        for (WebElement card : cards) {
            card.findElement(By.cssSelector("input[value=true]")).click();
            Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElement(
                    card.findElement(By.cssSelector(".save-state")), "Saved at"));
        }
        // the answers were saved by the script alone: a reload shows them chosen
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("[data-question] input[value=true]:checked"))).hasSize(2);
        browser.findElement(By.id("submit")).click();

        assertThat(browser.findElement(By.cssSelector("[data-testid=submitted]")).getText()).startsWith("Submitted");
        assertThat(browser.findElement(By.id("score")).getText()).matches("0%|50%|100%");
        assertThat(browser.findElements(By.cssSelector("article.answer-result"))).hasSize(2);
    }

    private void signUp(String username) {
        browser.get(server.getURL() + "/signup");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.name("confirm")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        Browser.patientWait(browser).until(d -> !d.getCurrentUrl().contains("/signup"));
    }
}
