package app.flashpoint.browser;

import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Temporary screenshots; not committed. */
@SharedApp
class WalkthroughShots extends BrowserTest {
    @Test
    void shots() throws Exception {
        Path out = Path.of("/tmp/shots");
        Files.createDirectories(out);
        String name = "walker-" + UUID.randomUUID().toString().substring(0, 6);
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), name, "correct horse battery");
        browser.get(server.getURL() + "/health");
        for (String c : List.of("JWT", "csrfToken")) {
            web.cookie(c).ifPresent(k -> browser.manage().addCookie(new Cookie(c, k.getValue(), "/")));
        }
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int w : new int[]{375, 1280}) {
                browser.manage().window().setSize(new Dimension(w, 900));
                browser.get(server.getURL() + "/account");
                browser.findElement(By.id("displayName")).clear();
                browser.findElement(By.id("displayName")).sendKeys("Ada " + scheme);
                browser.findElement(By.cssSelector("[data-testid=profile-form] button[type=submit]")).click();
                Thread.sleep(400);
                Files.write(out.resolve("account-toast-" + w + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
                Thread.sleep(200);
                Files.write(out.resolve("account-bottom-" + w + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                browser.get(server.getURL() + "/");
                Thread.sleep(200);
                Files.write(out.resolve("home-" + w + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                browser.get(server.getURL() + "/account/delete");
                Thread.sleep(200);
                Files.write(out.resolve("delete-" + w + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        }
    }
}
