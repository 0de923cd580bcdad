package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots: a guest studies a few cards, then the study page and the progress dashboard are
 * taken at 1280 × 800. They are written to {@code target/screenshots}; with {@code SCREENSHOTS_DIR} set (the
 * README's command sets {@code docs/screenshots}) also there.
 */
@SharedApp
class ReadmeScreenshotsTest extends BrowserTest {

    @Test
    void theStudyPageAndTheProgressDashboard() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 800));
        WebDriverWait wait = Browser.patientWait(browser);
        browser.get(server.getURL() + "/study/luo-interview");
        browser.findElement(By.id("start-guest")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=study-card]")));
        for (int i = 0; i < 6; i++) {
            boolean typing = browser.switchTo().activeElement().getTagName().equals("input");
            new Actions(browser).sendKeys(typing ? Keys.ENTER : Keys.SPACE).perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
            new Actions(browser).sendKeys(i % 3 == 0 ? "1" : "3").perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveal-form")));
        }
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=answered-today]"), "6 answered today"));
        save("study.png");

        browser.get(server.getURL() + "/progress");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your progress");
        assertThat(browser.findElements(By.cssSelector("svg.heatmap"))).isNotEmpty();
        save("progress.png");
    }

    private void save(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as(name + " width").isGreaterThanOrEqualTo(1260);
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
        String dir = System.getenv("SCREENSHOTS_DIR");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), png);
        }
    }
}
