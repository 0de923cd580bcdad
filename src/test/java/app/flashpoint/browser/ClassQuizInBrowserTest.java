package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor creates a class and a quiz assignment in the browser; a student joins with the code, takes
 * the quiz (answers autosaved by the page script) and submits it, and sees the result; the instructor then
 * sees that grade in the class gradebook, and its CSV download has the right columns and the student's row.
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
        roles.promote(accountId(teacher), Roles.INSTRUCTOR);
        signIn(teacher);

        browser.get(server.getURL() + "/classes/new");
        browser.findElement(By.name("name")).sendKeys("Browser seminar");
        browser.findElement(By.cssSelector("#new-class-form button[type=submit]")).click();
        String code = browser.findElement(By.cssSelector("[data-testid=join-code]")).getText();
        String classPath = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(classPath).matches("/classes/\\d+");

        browser.findElement(By.id("new-quiz")).click();
        browser.findElement(By.id("title")).sendKeys("Browser quiz");
        WebElement questions = browser.findElement(By.id("questions"));
        questions.clear();
        questions.sendKeys("2");
        browser.findElement(By.cssSelector("input[name=kind][value=true_false]")).click();
        browser.findElement(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=assignments]")).getText()).contains("Browser quiz");

        browser.manage().deleteAllCookies();
        String student = "student-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(student);
        long studentId = accountId(student);
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
        String score = browser.findElement(By.id("score")).getText();
        assertThat(score).matches("0%|50%|100%");
        assertThat(browser.findElements(By.cssSelector("article.answer-result"))).hasSize(2);

        // the instructor's gradebook: the student's row holds that grade (one decimal there)
        signIn(teacher);
        browser.get(server.getURL() + classPath);
        browser.findElement(By.linkText("Gradebook")).click();
        String percent = score.replace("%", "");
        WebElement row = browser.findElement(By.cssSelector("#gradebook tr[data-student='" + studentId + "']"));
        assertThat(row.getText()).contains(student).contains(percent + ".0%").contains("1 attempt");

        // the CSV, fetched with the instructor's cookies: the header and the student's row
        String csv = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                classPath + "/gradebook.csv");
        // (fetch's text() drops the byte-order mark; GradebookFlowTest checks the bytes)
        assertThat(csv.lines().toList()).containsExactly(
                "Student,Account id,Browser quiz (grade %)",
                student + "," + studentId + "," + percent + ".00");
    }

    private long accountId(String username) {
        return roles.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        Browser.patientWait(browser).until(d -> !d.getCurrentUrl().contains("/login"));
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
