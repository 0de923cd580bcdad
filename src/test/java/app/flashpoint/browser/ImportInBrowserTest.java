package app.flashpoint.browser;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.support.AnkiPackages;
import app.flashpoint.support.SharedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner imports an Anki package with an image through the Import page: the preview shows its cards and
 * counts the image, "Import" starts it and its page shows it done with a full bar, the deck opens from there (and
 * the Import page lists the import), and the card shows the picture; a stranger cannot fetch it.
 */
@SharedApp
class ImportInBrowserTest extends BrowserTest {

    @Test
    void anAnkiPackageWithAnImageImportsAndTheCardShowsIt() throws Exception {
        Path apkg = Files.createTempFile("Anatomy", ".apkg");
        Files.write(apkg, packageWithImage());
        signUp("importer-" + UUID.randomUUID().toString().substring(0, 8));

        browser.get(server.getURL() + "/");
        find(By.cssSelector("[data-testid=import-link] a")).click();
        find(By.id("file")).sendKeys(apkg.toString());
        find(By.cssSelector("#import-form button[type=submit]")).click();
        String summary = find(By.cssSelector("[data-testid=import-summary]")).getText();
        assertThat(summary).contains("2 cards and questions").contains("1 media files");
        assertThat(find(By.cssSelector("[data-testid=preview-rows]")).getText()).contains("Which bone is this?");

        // the import runs in the background: its page shows the stage and a bar, then what it made
        find(By.cssSelector("#confirm-import button[type=submit]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/import/jobs/[0-9a-f]+$"));
        String jobPage = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(find(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("Imported 2 cards and questions into “Anatomy”.").contains("1 media files stored");
        WebElement bar = find(By.cssSelector("progress[data-testid=job-progress]"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        assertThat(find(By.cssSelector("[data-testid=import-job] .stage-label")).getText()).isEqualTo("Done");
        find(By.cssSelector("[data-testid=open-deck]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/decks/anatomy[0-9-]*$"));
        String deckPath = URI.create(browser.getCurrentUrl()).getPath();
        // the Import page lists it, for coming back later
        browser.get(server.getURL() + "/import");
        assertThat(find(By.cssSelector("[data-testid=import-jobs] a[href='" + jobPage + "']")).getText())
                .isEqualTo("Anatomy");
        browser.get(server.getURL() + deckPath);
        find(By.cssSelector("a[href*='/key-points/']")).click();
        find(By.xpath("//a[contains(., 'Which bone is this?')]")).click();

        WebElement image = find(By.cssSelector("img.card-media"));
        Browser.patientWait(browser).until(d -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        assertThat(image.getAttribute("alt")).isEqualTo("femur.png");

        HttpResponse<String> stranger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + deckPath + "/media/femur.png")).header("Accept", "image/png").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(404);
    }

    private static byte[] packageWithImage() throws Exception {
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", png);
        var deck = new Deck("anatomy", "Anatomy", "", List.of(), List.of(new KeyPoint("bones", "Bones", "", "", 3)),
                List.of(new Item("femur", "bones", Bloom.REMEMBER,
                                new ItemContent.Basic("Which bone is this? [image: femur.png]", "The femur"), "", List.of()),
                        new Item("tibia", "bones", Bloom.REMEMBER,
                                new ItemContent.Basic("The shin bone?", "The tibia"), "", List.of())));
        return AnkiPackages.withMedia(ApkgWriter.write(deck, 1_600_000_000_000L, Instant.parse("2026-01-01T00:00:00Z")),
                Map.of("femur.png", png.toByteArray()));
    }

}
