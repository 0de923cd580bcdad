package app.flashpoint.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless, with the flags that keep it off the network (none is
 * reachable here). .ci/run installs both; without them locally the browser tests are skipped.
 */
final class Browser {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Polls for up to 10 s; a page caught mid-navigation means "not yet", not a failure. */
    static WebDriverWait patientWait(ChromeDriver driver) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    static ChromeDriver start() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the page's console messages, for the audit's "no console error"
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return driver;
    }
}
