package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.support.Viewers;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
@SharedApp
class ClassQuizInBrowserTest extends BrowserTest {

    private static final String SLUG = "luo-interview";

    @Inject
    Roles roles;
    @Inject
    StudyDecks decks;

    @Test
    void anInstructorSetsAQuizThatAStudentTakes() {
        Quiz quiz = quizOf("Browser seminar", "Browser quiz", "true_false");
        assertThat(quiz.classPath()).matches("/classes/\\d+");
        String student = studentStarts(quiz);
        long studentId = accountId(student);
        String teacher = quiz.teacher();
        String classPath = quiz.classPath();

        find(By.cssSelector("[data-question]"));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-question]"));
        assertThat(cards).hasSize(2);
        // submitting with blanks asks first and says how many; dismissed, the attempt stays open
        find(By.id("submit")).click();
        Alert blanks = Browser.patientWait(browser).until(ExpectedConditions.alertIsPresent());
        assertThat(blanks.getText()).startsWith("2 of 2 questions are not answered and will score 0.");
        blanks.dismiss();
        assertThat(find(By.id("submit")).isDisplayed()).isTrue();
        for (WebElement card : cards) {
            card.findElement(By.cssSelector("input[value=true]")).click();
            Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElement(
                    card.findElement(By.cssSelector(".save-state")), "Saved at"));
        }
        // the answers were saved by the script alone: a reload shows them chosen
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("[data-question] input[value=true]:checked"))).hasSize(2);
        find(By.id("submit")).click();

        assertThat(find(By.cssSelector("[data-testid=submitted]")).getText()).startsWith("Submitted");
        String score = find(By.id("score")).getText();
        assertThat(score).matches("0%|50%|100%");
        assertThat(browser.findElements(By.cssSelector("article.answer-result"))).hasSize(2);

        // the instructor's gradebook: the student's row holds that grade (one decimal there)
        signIn(teacher);
        browser.get(server.getURL() + classPath);
        find(By.linkText("Gradebook")).click();
        String percent = score.replace("%", "");
        WebElement row = find(By.cssSelector("#gradebook tr[data-student='" + studentId + "']"));
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

    /**
     * A quiz of an ordering and a matching question: the student orders with the move buttons (keyboard) and
     * matches by dragging, the page saves each change, and both are right; the instructor then re-marks the
     * first answer to half marks on the student's gradebook page, and the grade follows.
     */
    @Test
    void aStudentOrdersAndMatchesInAnAttemptAndTheInstructorReMarksOneAnswer() {
        Quiz quiz = quizOf("Arranging seminar", "Order and match", "ordering", "matching");
        // a drag needs both of its ends on the screen: a window tall enough for the whole attempt
        browser.manage().window().setSize(new Dimension(1280, 2400));
        long studentId = accountId(studentStarts(quiz));
        String teacher = quiz.teacher();
        String classPath = quiz.classPath();

        find(By.cssSelector("[data-question]"));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-question]"));
        assertThat(cards).hasSize(2);
        for (WebElement card : cards) {
            String prompt = card.findElement(By.cssSelector("legend")).getText().replaceFirst("^\\d+\\. ", "");
            if (!card.findElements(By.cssSelector(".reorder-row")).isEmpty()) {
                List<String> sequence = decks.of(SLUG, Viewers.ADMIN).cards().stream()
                        .filter(c -> c.face() instanceof CardFace.Ordering o && o.prompt().equals(prompt))
                        .map(c -> ((CardFace.Ordering) c.face()).sequence()).findFirst().orElseThrow();
                assertThat(texts(card, ".reorder-text")).as("never shown in order").isNotEqualTo(sequence);
                for (int place = 0; place < sequence.size(); place++) {
                    while (texts(card, ".reorder-text").indexOf(sequence.get(place)) > place) {
                        String text = sequence.get(place);
                        card.findElements(By.cssSelector(".reorder-row")).stream()
                                .filter(r -> r.findElement(By.cssSelector(".reorder-text")).getText().equals(text))
                                .findFirst().orElseThrow().findElement(By.cssSelector("[data-move='-1']"))
                                .sendKeys(Keys.ENTER);
                    }
                }
            } else {
                List<ItemContent.Pair> pairs = decks.of(SLUG, Viewers.ADMIN).cards().stream()
                        .filter(c -> c.face() instanceof CardFace.Matching m && m.prompt().equals(prompt))
                        .map(c -> ((CardFace.Matching) c.face()).pairs()).findFirst().orElseThrow();
                List<WebElement> lefts = card.findElements(By.cssSelector(".match-row"));
                for (int i = 0; i < pairs.size(); i++) {
                    WebElement right = card.findElement(By.cssSelector(".match-rights li[data-right='"
                            + pairs.get(i).right().replace("'", "\\'") + "']"));
                    new Actions(browser).dragAndDrop(right, lefts.get(i)).perform();
                }
            }
            Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElement(
                    card.findElement(By.cssSelector(".save-state")), "Saved at"));
        }
        find(By.id("submit")).click();
        assertThat(find(By.id("score")).getText()).isEqualTo("100%");

        // the instructor gives the first answer half marks on the student's page; the grade follows
        signIn(teacher);
        browser.get(server.getURL() + classPath + "/gradebook/students/" + studentId);
        WebElement percent = find(By.cssSelector("td.remark input.percent"));
        assertThat(percent.getAttribute("value")).isEqualTo("100");
        percent.clear();
        percent.sendKeys("50");
        percent.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-assignment] h2"), "75.0%"));
        assertThat(find(By.cssSelector(".remarked")).getText()).contains("re-marked by you (marked correct, 1.00)");
    }

    /** A new instructor's class on the interview deck and a 2-question quiz of the given kinds in it. */
    private record Quiz(String teacher, String classPath, String code, String title) {
    }

    private Quiz quizOf(String className, String title, String... kinds) {
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(teacher);
        roles.promote(accountId(teacher), Roles.INSTRUCTOR);
        signIn(teacher);
        browser.get(server.getURL() + "/classes/new");
        find(By.name("name")).sendKeys(className);
        find(By.cssSelector("#new-class-form button[type=submit]")).click();
        String code = find(By.cssSelector("[data-testid=join-code]")).getText();
        String classPath = URI.create(browser.getCurrentUrl()).getPath();
        find(By.id("new-quiz")).click();
        find(By.id("title")).sendKeys(title);
        WebElement questions = find(By.id("questions"));
        questions.clear();
        questions.sendKeys("2");
        for (String kind : kinds) {
            find(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
        }
        find(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=assignments]")).getText()).contains(title);
        return new Quiz(teacher, classPath, code, title);
    }

    /** A new student joins the quiz's class with its code and starts the quiz; answers their name. */
    private String studentStarts(Quiz quiz) {
        browser.manage().deleteAllCookies();
        String student = "student-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(student);
        browser.get(server.getURL() + "/join/" + quiz.code());
        find(By.cssSelector("#join-form button[type=submit]")).click();
        // the join's redirect must land before the next get, or it replaces the assignments page
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/classes$"));
        browser.get(server.getURL() + "/assignments");
        find(By.linkText(quiz.title())).click();
        find(By.id("start")).click();
        // the page's scripts (moves, dragging, autosave) are in place once it has loaded
        find(By.cssSelector("[data-question]"));
        Browser.patientWait(browser).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        return student;
    }


    private static List<String> texts(WebElement within, String selector) {
        return within.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private long accountId(String username) {
        return roles.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
    }


}
