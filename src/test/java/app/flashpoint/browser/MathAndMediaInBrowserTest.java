package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.support.AnkiPackages;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported card with inline and display math, a malformed formula and an image: KaTeX (served by the app)
 * draws the math and the image loads in daily study, cram, a self-test and a class quiz on the private deck, in
 * the text's colour in both schemes, with no console error; a typed answer is left as typed.
 */
@SharedApp
class MathAndMediaInBrowserTest extends BrowserTest {
    static final String FRONT = "Simplify \\(x^2\\) times \\[\\frac{a}{b}\\] (not \\(\\frac{1}\\)) [image: grid.png]";
    static final String SECOND = "Which is \\(y_1\\)? \\[\\frac{\\sqrt{y}}{2}\\] (not \\(\\frac{2}\\)) [image: grid.png]";

    @Inject
    Roles roles;

    @Test
    void mathAndAnImageShowInStudyCramAndASelfTest() throws Exception {
        signUp("math-" + UUID.randomUUID().toString().substring(0, 8));
        String slug = importDeck();

        browser.get(server.getURL() + "/study/" + slug);
        WebElement card = find(By.cssSelector("[data-testid=study-card]"));
        assertMathAndImage(card);
        // the formula takes the text's colour, and follows it into dark mode
        String lightText = colourOf(card.findElement(By.cssSelector("h1, .prompt, p")));
        assertThat(colourOf(card.findElement(By.cssSelector(".katex")))).isEqualTo(colourOf(
                card.findElement(By.cssSelector(".katex")).findElement(By.xpath(".."))));
        find(By.id("theme-switch")).click();
        Browser.patientWait(browser).until(d -> "dark".equals(browser.executeScript(
                "return document.documentElement.dataset.theme")));
        card = find(By.cssSelector("[data-testid=study-card]"));
        assertMathAndImage(card);
        WebElement math = card.findElement(By.cssSelector(".katex"));
        assertThat(colourOf(math)).isEqualTo(colourOf(math.findElement(By.xpath("..")))).isNotEqualTo(lightText);
        assertThat(colourOf(card.findElement(By.cssSelector(".katex-error"))))
                .isEqualTo(colourOf(card.findElement(By.cssSelector(".katex-error")).findElement(By.xpath(".."))));
        // the next card comes from the study API, drawn in place: its math and image too
        String first = card.getAttribute("data-card");
        find(By.id("reveal")).click();
        find(By.cssSelector("#rate-form[data-api] button[value='3']")).click();
        Browser.patientWait(browser).until(d -> !first.equals(
                browser.findElement(By.cssSelector("[data-testid=study-card]")).getAttribute("data-card")));
        assertMathAndImage(find(By.cssSelector("[data-testid=study-card]")));
        assertNoConsoleError("study");

        browser.get(server.getURL() + "/decks/" + slug + "/cram/new");
        find(By.id("start-cram")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/cram/\\d+"));
        assertMathAndImage(find(By.cssSelector("[data-testid=study-card]")));
        assertNoConsoleError("cram");

        browser.get(server.getURL() + "/decks/" + slug + "/self-test/new");
        WebElement questions = find(By.id("questions"));
        questions.clear();
        questions.sendKeys("1");
        find(By.cssSelector("#new-test button[type=submit]")).click();
        WebElement question = find(By.cssSelector(".question-card"));
        assertMathAndImage(question);
        // what the learner types is an input's value: math in it is never drawn
        WebElement typed = question.findElement(By.cssSelector("input[type=text], input:not([type])"));
        typed.sendKeys("\\(ab\\)");
        assertThat(typed.getAttribute("value")).isEqualTo("\\(ab\\)");
        find(By.cssSelector("#answer-form button[type=submit]")).click();
        find(By.cssSelector("#feedback .verdict"));
        assertMathAndImage(find(By.cssSelector(".question-card")));
        assertNoConsoleError("self-test");
    }

    @Test
    void aStudentTakingAClassQuizOnAPrivateImportedDeckSeesItsMathAndImage() throws Exception {
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(teacher);
        roles.promote(roles.accounts().stream().filter(a -> a.username().equals(teacher)).findFirst().orElseThrow().id(),
                Roles.INSTRUCTOR);
        signIn(teacher);
        String slug = importDeck();
        browser.get(server.getURL() + "/classes/new");
        find(By.name("name")).sendKeys("Algebra");
        find(By.cssSelector("select[name=deck] option[value='" + slug + "']")).click();
        find(By.cssSelector("#new-class-form button[type=submit]")).click();
        String code = find(By.cssSelector("[data-testid=join-code]")).getText();
        find(By.id("new-quiz")).click();
        find(By.id("title")).sendKeys("Fractions quiz");
        WebElement questions = find(By.id("questions"));
        questions.clear();
        questions.sendKeys("1");
        find(By.cssSelector("#new-assignment button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=assignments]")).getText()).contains("Fractions quiz");

        browser.manage().deleteAllCookies();
        signUp("student-" + UUID.randomUUID().toString().substring(0, 8));
        browser.get(server.getURL() + "/join/" + code);
        find(By.cssSelector("#join-form button[type=submit]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/classes$"));
        browser.get(server.getURL() + "/assignments");
        find(By.linkText("Fractions quiz")).click();
        find(By.id("start")).click();
        assertMathAndImage(find(By.cssSelector("[data-question]")));
        assertNoConsoleError("quiz");
    }

    /** Imports the package through the Import page; answers the new deck's slug. */
    private String importDeck() throws Exception {
        Path apkg = Files.createTempFile("Algebra", ".apkg");
        Files.write(apkg, mathPackage());
        browser.get(server.getURL() + "/import");
        find(By.id("file")).sendKeys(apkg.toString());
        find(By.cssSelector("#import-form button[type=submit]")).click();
        find(By.cssSelector("#confirm-import button[type=submit]")).click();
        assertThat(find(By.cssSelector("[data-testid=import-done]")).getText()).contains("Imported");
        find(By.cssSelector("[data-testid=open-deck]")).click();
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/decks/"));
        Files.delete(apkg);
        return URI.create(browser.getCurrentUrl()).getPath().replaceFirst("^/decks/", "");
    }

    private void assertMathAndImage(WebElement within) {
        Browser.patientWait(browser).until(d -> within.findElements(By.cssSelector(".katex")).size() >= 2);
        assertThat(within.findElements(By.cssSelector(".katex-display .katex"))).as("the display formula").hasSize(1);
        // KaTeX's own markup: x with a superscript (or y with a subscript), a fraction in the display formula
        assertThat(within.findElements(By.cssSelector(".katex .msupsub"))).isNotEmpty();
        assertThat(within.findElements(By.cssSelector(".katex-display .mfrac"))).hasSize(1);
        // the malformed formula shows its source, not a broken page
        assertThat(within.findElement(By.cssSelector(".katex-error")).getText()).matches("\\\\frac\\{[12]}");
        assertThat(within.getText()).doesNotContain("\\(").doesNotContain("\\[").doesNotContain("[image:");
        WebElement image = within.findElement(By.cssSelector("img.card-media"));
        assertThat(image.getAttribute("alt")).isEqualTo("grid.png");
        Browser.patientWait(browser).until(d -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        // the fonts are the app's own (woff2): the formula is not drawn in a fallback font
        Browser.patientWait(browser).until(d -> (Boolean) browser.executeScript(
                "return document.fonts.check('16px KaTeX_Main') && document.fonts.status === 'loaded'"));
    }

    private String colourOf(WebElement element) {
        return element.getCssValue("color");
    }

    private void assertNoConsoleError(String page) {
        List<String> errors = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .forEach(e -> errors.add(e.getMessage()));
        assertThat(errors).as("console errors on the " + page + " page").isEmpty();
    }

    static byte[] mathPackage() throws Exception {
        var image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xf4f1e8));
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(0x1f5fbf));
        for (int x = 0; x < 120; x += 20) {
            g.drawLine(x, 0, x, 80);
        }
        for (int y = 0; y < 80; y += 20) {
            g.drawLine(0, y, 120, y);
        }
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var deck = new Deck("algebra", "Algebra", "", List.of(), List.of(new KeyPoint("fractions", "Fractions", "", "", 3)),
                List.of(new Item("simplify", "fractions", Bloom.REMEMBER, new ItemContent.Basic(FRONT, "ab"), "", List.of()),
                        new Item("root", "fractions", Bloom.REMEMBER, new ItemContent.Basic(SECOND, "y"), "", List.of())));
        return AnkiPackages.withMedia(ApkgWriter.write(deck, 1_600_000_000_000L, Instant.parse("2026-01-01T00:00:00Z")),
                Map.of("grid.png", png.toByteArray()));
    }
}
