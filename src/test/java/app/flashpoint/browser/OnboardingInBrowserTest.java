package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough's onboarding and teacher defects, in Chromium as a new user meets them: a guest's sign-out
 * warns before losing the progress; a join link survives signing up; a typed join code finds the class; an
 * assignment can be edited and deleted with a confirmation that says what goes; the account page saves with
 * a toast and the home page follows the daily goal.
 */
@SharedApp
class OnboardingInBrowserTest extends BrowserTest {

    @Inject
    Roles roles;

    @Test
    void aGuestWhoSignsOutIsWarnedAndCanSignUpInstead() {
        browser.get(server.getURL() + "/decks/luo-interview");
        find(By.cssSelector("form[action='/guest'] button[type=submit]")).click();
        find(By.cssSelector("form[action='/logout'] button[type=submit]"));
        find(By.cssSelector("form[action='/logout'] button[type=submit]")).click();

        assertThat(find(By.cssSelector("[data-testid=guest-sign-out]")).getText()).contains("that progress is lost");
        assertThat(browser.findElements(By.cssSelector("form[action='/logout'] button"))).as("still signed in")
                .hasSizeGreaterThanOrEqualTo(1);
        find(By.linkText("Sign up and keep your progress")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/signup"));

        browser.navigate().back();
        find(By.id("sign-out-anyway")).click();
        find(By.cssSelector("form[action='/guest']"));
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
    }

    @Test
    void aJoinLinkOpenedSignedOutLeadsThroughSignUpIntoTheClass() {
        String code = classCode();
        browser.get(server.getURL() + "/join/" + code);
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/login"));
        find(By.linkText("Create an account")).click();
        String student = "joiner-" + UUID.randomUUID().toString().substring(0, 8);
        find(By.name("username")).sendKeys(student);
        find(By.name("password")).sendKeys(PASSWORD);
        find(By.name("confirm")).sendKeys(PASSWORD);
        find(By.cssSelector("form[action='/signup'] button[type=submit]")).click();

        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/join/" + code));
        find(By.cssSelector("#join-form button[type=submit]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/classes$"));
        assertThat(find(By.cssSelector("[data-testid=joined]")).getText()).contains("Onboarding seminar");
    }

    @Test
    void aTypedJoinCodeFindsTheClass() {
        String code = classCode();
        signUp("coder-" + UUID.randomUUID().toString().substring(0, 8));
        browser.get(server.getURL() + "/classes");
        find(By.id("join-code")).sendKeys(" " + code + " ");
        find(By.cssSelector("#join-code-form button[type=submit]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/join/" + code));
        assertThat(find(By.tagName("main")).getText()).contains("Onboarding seminar");
    }

    @Test
    void anInstructorEditsAndThenDeletesAnAssignment() {
        String teacher = instructorWithClass();
        signIn(teacher);
        browser.get(server.getURL() + "/classes");
        find(By.linkText("Onboarding seminar")).click();
        find(By.id("new-quiz")).click();
        find(By.id("title")).sendKeys("First title");
        find(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=toast]")).getText()).contains("Assignment created: “First title”.");

        find(By.linkText("Progress of First title")).click();
        find(By.id("edit-assignment")).click();
        WebElement title = find(By.id("title"));
        title.clear();
        title.sendKeys("Renamed quiz");
        find(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=saved]")).getText()).contains("Your changes are saved.");
        assertThat(find(By.tagName("h1")).getText()).contains("Renamed quiz");

        find(By.id("delete-assignment")).click();
        assertThat(find(By.cssSelector("[data-testid=what-goes]")).getText()).contains("Nobody has started it yet");
        find(By.cssSelector("#delete-form button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=deleted]")).getText()).contains("“Renamed quiz” is deleted");
        assertThat(browser.findElements(By.linkText("Progress of Renamed quiz"))).isEmpty();
    }

    @Test
    void theAccountPageSavesWithAToastAndTheHomePageFollowsTheGoal() {
        signUp("settler-" + UUID.randomUUID().toString().substring(0, 8));
        browser.get(server.getURL() + "/account");
        find(By.id("displayName")).sendKeys("Ada");
        new Select(find(By.id("timeZone"))).selectByValue("Asia/Tokyo");
        WebElement goal = find(By.id("dailyGoal"));
        goal.clear();
        goal.sendKeys("5");
        find(By.cssSelector("[data-testid=profile-form] button[type=submit]")).click();

        WebElement toast = find(By.cssSelector("[data-testid=toast]"));
        assertThat(toast.getText()).contains("Saved: your name, time zone and daily goal.");
        assertThat(new Select(find(By.id("timeZone"))).getFirstSelectedOption().getText()).isEqualTo("Asia/Tokyo");
        toast.findElement(By.cssSelector("button")).click();
        Browser.patientWait(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=toast]"), 0));

        browser.get(server.getURL() + "/");
        assertThat(find(By.cssSelector("[data-testid=goal]")).getText()).contains("0 of 5 answers today");
        assertThat(find(By.cssSelector("[data-testid=streak]")).getText()).contains("No streak yet");
    }

    /** A new instructor's class on the interview deck, made over HTTP; answers its join code. */
    private String classCode() {
        Matcher m = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(newClass().page());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String instructorWithClass() {
        return newClass().teacher();
    }

    private record NewClass(String teacher, String page) {
    }

    private NewClass newClass() {
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), teacher, PASSWORD);
        roles.promote(web.accountId(), Roles.INSTRUCTOR);
        web = WebSession.signedIn(URI.create(server.getURL() + "/"), teacher, PASSWORD);
        web.get("/classes/new");
        HttpResponse<String> created = web.post("/classes", Map.of("name", "Onboarding seminar", "deck", "luo-interview"));
        assertThat(created.statusCode()).isEqualTo(303);
        return new NewClass(teacher, web.get(created.headers().firstValue("Location").orElseThrow()).body());
    }



}
