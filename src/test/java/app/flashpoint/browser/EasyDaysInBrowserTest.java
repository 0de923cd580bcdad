package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner finds easy days from a deck's study settings, makes Sunday Minimum and Saturday Reduced, and sees them kept. */
@SharedApp
class EasyDaysInBrowserTest extends BrowserTest {

    @Test
    void easyDaysAreSetInTheFormAndSaved() {
        signUp("easy" + UUID.randomUUID().toString().substring(0, 8));
        browser.get(server.getURL() + "/study/luo-interview/settings");
        find(By.linkText("Load balancing and easy days")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/account/easy-days"));
        assertThat(find(By.id("balance")).isSelected()).as("on by default").isTrue();
        assertThat(new Select(find(By.id("sunday"))).getFirstSelectedOption().getText()).isEqualTo("Normal");

        new Select(find(By.id("sunday"))).selectByValue("M");
        new Select(find(By.id("saturday"))).selectByValue("R");
        find(By.id("balance")).click();
        find(By.cssSelector("form.easy-days button[type=submit]")).click();

        Browser.patientWait(browser).until(ExpectedConditions.urlContains("saved=1"));
        assertThat(find(By.cssSelector("p.notice.ok")).getText()).contains("Saved");
        browser.navigate().refresh();
        assertThat(new Select(find(By.id("sunday"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("M");
        assertThat(new Select(find(By.id("saturday"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("R");
        assertThat(new Select(find(By.id("monday"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("N");
        assertThat(find(By.id("balance")).isSelected()).isFalse();
    }
}
