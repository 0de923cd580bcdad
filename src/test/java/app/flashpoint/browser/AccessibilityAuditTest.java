package app.flashpoint.browser;

import app.flashpoint.account.Roles;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's pages, audited in Chromium for what a screen-reader or keyboard user needs: a language, a
 * title, one h1 and a main landmark; every form control and button with an accessible name; images with alt
 * text; a visible focus ring on the first tabbed-to control; and no sideways scrolling at phone width.
 */
@SharedApp
class AccessibilityAuditTest extends BrowserTest {
    @Inject
    Roles roles;

    /** Returns one line per problem found on the current page. */
    private static final String AUDIT = """
            const problems = [];
            if (!document.documentElement.lang) problems.push('html has no lang');
            if (!document.title.trim()) problems.push('no <title>');
            if (document.querySelectorAll('h1').length !== 1) problems.push('h1 count ' + document.querySelectorAll('h1').length + ' on "' + document.title + '": ' + document.body.innerText.slice(0, 200));
            if (!document.querySelector('main')) problems.push('no <main> landmark');
            const named = el => {
              if ((el.getAttribute('aria-label') || '').trim()) return true;
              const by = el.getAttribute('aria-labelledby');
              if (by && by.split(/\\s+/).some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
              if (el.labels && Array.from(el.labels).some(l => l.textContent.trim())) return true;
              if ((el.getAttribute('title') || '').trim()) return true;
              if (el.tagName === 'BUTTON' || el.tagName === 'A') return el.textContent.trim().length > 0;
              if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return (el.value || '').trim().length > 0;
              return false;
            };
            document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]').forEach(el => {
              if (!named(el)) problems.push('no accessible name: ' + el.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(el => {
              if (!el.form) problems.push('control outside any form: ' + el.outerHTML.slice(0, 120));
            });
            const width = document.documentElement.clientWidth;
            Array.from(document.querySelectorAll('body *'))
              .filter(el => el.getBoundingClientRect().right > width + 1)
              .filter(el => { // content a scroll box holds is reachable, not cut off
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return false;
                }
                return true;
              })
              .filter(el => !Array.from(el.children).some(c => c.getBoundingClientRect().right > width + 1))
              .slice(0, 3)
              .forEach(el => problems.push('wider than the screen: ' + el.outerHTML.slice(0, 120)));
            document.querySelectorAll('img').forEach(img => {
              if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.outerHTML.slice(0, 120));
            });
            const ids = {};
            document.querySelectorAll('[id]').forEach(el => { ids[el.id] = (ids[el.id] || 0) + 1; });
            Object.entries(ids).filter(([, n]) => n > 1).forEach(([id]) => problems.push('duplicate id ' + id));
            return problems;
            """;

    /**
     * Text against what is drawn behind it, WCAG 2 contrast: at least 4.5 (3 for large text: 24 px, or 18.66 px
     * bold). The background is the nearest opaque one up the tree; text over a translucent or image background
     * is not judged. One line per failing element (at most 5 a page).
     */
    private static final String CONTRAST = """
            const rgb = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const behind = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e);
                if (s.backgroundImage !== 'none') return null; const c = rgb(s.backgroundColor);
                if (c && c.a === 1) return c; if (c && c.a > 0) return null; }
              return rgb(getComputedStyle(document.documentElement).backgroundColor) || {r: 255, g: 255, b: 255, a: 1}; };
            const problems = [];
            document.querySelectorAll('body *').forEach(el => {
              if (problems.length >= 5) return;
              const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
              const control = ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName) && (el.value || el.textContent || '').trim();
              if (!own && !control) return;
              const s = getComputedStyle(el); const box = el.getBoundingClientRect();
              if (s.visibility === 'hidden' || box.width === 0 || box.height === 0 || el.closest('[hidden], .visually-hidden')) return;
              if (el.disabled || el.closest('fieldset:disabled')) return;
              const fg = rgb(s.color), bg = behind(el); if (!fg || !bg || fg.a < 1) return;
              const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a); const ratio = (hi + 0.05) / (lo + 0.05);
              const px = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
              const needed = px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;
              if (ratio < needed) problems.push(ratio.toFixed(2) + ' < ' + needed + ': ' + el.tagName.toLowerCase()
                + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' "' + (el.textContent || el.value).trim().slice(0, 40) + '"');
            });
            return problems;
            """;

    @Test
    void learnerPagesPassTheAuditAtDesktopAndPhoneWidth() {
        List<String> pages = signedUpLearnersPages();
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 800))) {
            browser.manage().window().setSize(size);
            for (String page : pages) {
                browser.get(page.startsWith("http") ? page : server.getURL() + page);
                List<String> found = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<String> audit = (List<String>) browser.executeScript(AUDIT);
                found.addAll(audit);
                found.addAll(focusRingProblems());
                if (!found.isEmpty()) {
                    problems.put(size.width + "px " + browser.getCurrentUrl(), found);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The same pages in the light and the dark scheme (the system setting, emulated): every text readable. */
    @Test
    void textKeepsItsContrastInTheLightAndTheDarkScheme() {
        List<String> pages = signedUpLearnersPages();
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : pages) {
                browser.get(page.startsWith("http") ? page : server.getURL() + page);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(CONTRAST);
                if (!found.isEmpty()) {
                    problems.put(scheme + " " + browser.getCurrentUrl(), found);
                }
            }
            String background = browser.findElement(By.tagName("html")).getCssValue("background-color");
            assertThat(background).as(scheme + " page background")
                    .isEqualTo(scheme.equals("dark") ? "rgba(20, 23, 31, 1)" : "rgba(251, 251, 248, 1)");
        }
        assertThat(problems).isEmpty();
    }

    /**
     * At phone width the header is one line (the brand and a Menu button) and the links open below it; at
     * desktop width every link is in the header and there is no button.
     */
    @Test
    void thePhoneHeaderFoldsItsLinksIntoAMenu() {
        signedUpLearnersPages();
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(server.getURL() + "/progress");
        WebElement header = browser.findElement(By.cssSelector("header.site"));
        WebElement menu = header.findElement(By.cssSelector(".menu-toggle"));
        WebElement selfTests = header.findElement(By.cssSelector("a[href='/self-tests']"));
        assertThat(header.getSize().getHeight()).as("header height at 375 px").isLessThanOrEqualTo(64);
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(selfTests.isDisplayed()).isFalse();

        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(selfTests.isDisplayed()).isTrue();
        assertThat(header.findElement(By.cssSelector("form[action='/logout'] button")).isDisplayed()).isTrue();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertThat(selfTests.isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(menu);
        menu.sendKeys(Keys.ENTER);
        selfTests.click();
        Browser.patientWait(browser).until(ExpectedConditions.urlContains("/self-tests"));

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.getURL() + "/progress");
        assertThat(browser.findElement(By.cssSelector("header.site .menu-toggle")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.linkText("Self-tests")).isDisplayed()).isTrue();
    }

    /**
     * Every page an instructor and an admin reach (a class with a student, a submitted quiz attempt, authoring),
     * at 375 and 1280 px, light and dark: the audit above, text contrast, and no error in the console.
     */
    @Test
    void instructorAndAdminPagesPassTheAuditInBothSchemesAndWidths() {
        URI base = URI.create(server.getURL() + "/");
        String password = "correct horse battery";
        String name = "a11y-teacher-" + UUID.randomUUID().toString().substring(0, 6);
        WebSession first = WebSession.signedUp(base, name, password);
        roles.promote(first.accountId(), Roles.ADMIN);
        WebSession teacher = WebSession.signedIn(base, name, password);
        WebSession student = WebSession.signedUp(base, "a11y-student-" + UUID.randomUUID().toString().substring(0, 6),
                password);
        teacher.get("/classes/new");
        String classPath = teacher.post("/classes", Map.of("name", "Audit seminar", "deck", "luo-interview"))
                .headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("data-testid=\"join-code\">([^<]+)<").matcher(teacher.get(classPath).body());
        assertThat(code.find()).isTrue();
        student.get("/join/" + code.group(1));
        student.post("/join/" + code.group(1), Map.of());
        java.time.format.DateTimeFormatter input = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .withZone(java.time.ZoneOffset.UTC);
        java.time.Instant now = java.time.Instant.now();
        teacher.get(classPath + "/assignments/new/quiz");
        assertThat(teacher.post(classPath + "/assignments/quiz", Map.of("title", "Audit quiz", "questions", "3",
                "opens", input.format(now.minusSeconds(60)), "closes", input.format(now.plusSeconds(7200)),
                "due", input.format(now.plusSeconds(3600)), "grading", "highest", "feedback", "after_submit"))
                .statusCode()).isEqualTo(303);
        Matcher quiz = Pattern.compile("/assignments/(\\d+)").matcher(teacher.get(classPath + "/assignments").body());
        assertThat(quiz.find()).isTrue();
        String assignment = "/assignments/" + quiz.group(1);
        student.get(assignment);
        String attempt = student.post(assignment + "/start", Map.of()).headers().firstValue("Location").orElseThrow();
        student.get(attempt);
        student.post(attempt + "/submit", Map.of());
        String someItem = Pattern.compile("/decks/luo-interview/items/([^\"]+)\"").matcher(
                teacher.get("/decks/luo-interview/key-points/three-nos").body()).results().findFirst()
                .map(m -> m.group(1)).orElseThrow();
        List<String> pages = List.of("/classes", classPath, classPath + "/assignments",
                classPath + "/assignments/new/quiz", classPath + "/assignments/new/practice",
                assignment + "/progress", assignment + "/delete", assignment + "/edit", classPath + "/gradebook", classPath + "/gradebook/students/" + student.accountId(),
                classPath + "/assignments/" + quiz.group(1) + "/statistics", classPath + "/progress",
                "/items/" + someItem + "/statistics", "/author", "/author/decks/new", "/admin/accounts");

        browser.get(server.getURL() + "/health");
        for (String cookie : List.of("JWT", "csrfToken")) {
            teacher.cookie(cookie).ifPresent(c -> browser.manage().addCookie(new Cookie(c.getName(), c.getValue())));
        }
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 800))) {
                browser.manage().window().setSize(size);
                for (String page : pages) {
                    browser.get(server.getURL() + page);
                    List<String> found = new ArrayList<>();
                    @SuppressWarnings("unchecked")
                    List<String> audit = (List<String>) browser.executeScript(AUDIT);
                    found.addAll(audit);
                    @SuppressWarnings("unchecked")
                    List<String> contrast = (List<String>) browser.executeScript(CONTRAST);
                    found.addAll(contrast);
                    browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                            .forEach(e -> found.add("console: " + e.getMessage()));
                    if (!browser.getTitle().contains("·") || browser.getPageSource().contains("403 ·")) {
                        found.add("not the page: " + browser.getTitle());
                    }
                    if (!found.isEmpty()) {
                        problems.put(scheme + " " + size.width + "px " + page, found);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The header's switch makes the pages dark; the choice is the account's, so it is back after signing in anew. */
    @Test
    void theHeaderSwitchesToDarkAndTheChoiceFollowsTheAccount() {
        String username = "theme" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(server.getURL() + "/signup");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        browser.findElement(By.id("confirm")).sendKeys("correct horse battery", Keys.ENTER);
        Browser.patientWait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signup")));
        browser.get(server.getURL() + "/progress");
        String light = "rgba(251, 251, 248, 1)";
        String dark = "rgba(20, 23, 31, 1)";
        assertThat(browser.findElement(By.tagName("html")).getCssValue("background-color")).isEqualTo(light);
        WebElement change = browser.findElement(By.id("theme-switch"));
        assertThat(change.getText()).isEqualTo("Dark mode");
        change.click();
        Browser.patientWait(browser).until(d -> "dark".equals(d.findElement(By.tagName("html")).getAttribute("data-theme")));
        assertThat(browser.getCurrentUrl()).endsWith("/progress");
        assertThat(browser.findElement(By.tagName("html")).getCssValue("background-color")).isEqualTo(dark);
        assertThat(browser.findElement(By.id("theme-switch")).getText()).isEqualTo("Light mode");

        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("correct horse battery", Keys.ENTER);
        Browser.patientWait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(server.getURL() + "/decks/luo-interview");
        assertThat(browser.findElement(By.tagName("html")).getCssValue("background-color")).isEqualTo(dark);
        browser.findElement(By.id("theme-switch")).click();
        Browser.patientWait(browser).until(d -> "light".equals(d.findElement(By.tagName("html")).getAttribute("data-theme")));
        assertThat(browser.findElement(By.tagName("html")).getCssValue("background-color")).isEqualTo(light);
    }

    /** Signs a new learner up and lists the pages a learner meets (a key point and an item of the deck among them). */
    private List<String> signedUpLearnersPages() {
        browser.get(server.getURL() + "/signup");
        String username = "a11y" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        browser.findElement(By.id("confirm")).sendKeys("correct horse battery", Keys.ENTER);
        Browser.patientWait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signup")));

        browser.get(server.getURL() + "/decks/luo-interview");
        String keyPoint = browser.findElement(By.cssSelector("a[href*='/key-points/']")).getAttribute("href");
        browser.get(keyPoint);
        String item = browser.findElement(By.cssSelector("a[href*='/items/']")).getAttribute("href");
        // a deck of the learner's own, made on the authoring pages, with a key point and a card
        browser.get(server.getURL() + "/author/decks/new");
        browser.findElement(By.name("title")).sendKeys("Audit cards " + username, Keys.ENTER);
        Browser.patientWait(browser).until(ExpectedConditions.urlMatches("/author/decks/[a-z0-9-]+$"));
        String own = URI.create(browser.getCurrentUrl()).getPath();
        browser.get(server.getURL() + own + "/items/new");
        browser.findElement(By.name("newKeyPoint")).sendKeys("Rivers");
        browser.findElement(By.name("basicFront")).sendKeys("Which river runs through Vienna?");
        browser.findElement(By.name("basicBack")).sendKeys("The Danube");
        browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();
        String ownItem = Browser.patientWait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li[data-item] a"))).getAttribute("href");
        String ownKeyPoint = browser.findElement(By.cssSelector("a[href*='/key-points/'][href$='/edit']")).getAttribute("href");
        // a suspended card, so the list of suspended cards has a row (and its Unsuspend button) to check
        browser.get(server.getURL() + "/study/luo-interview");
        browser.findElement(By.cssSelector("#suspend-form button")).click();
        Browser.patientWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=suspended-link]"), "Suspended (1)"));
        // an import's page, done, with what it skipped
        String importJob = importedJobPage();
        return List.of("/", "/decks/luo-interview", keyPoint, item, "/documents/000_8ec6d7c756b77439",
                "/study/luo-interview", "/study/luo-interview/settings", "/study/luo-interview/suspended",
                "/study/luo-interview/goals", "/decks/luo-interview/self-test/new",
                "/self-tests", "/decks/luo-interview/cram/new", "/progress", "/progress/fsrs", "/classes", "/account",
                "/account/delete", "/account/easy-days", "/import", "/author", "/author/decks/new", own, own + "/edit", ownItem, ownKeyPoint,
                own + "/documents/new", own + "/drafts", own + "/export", own.replace("/author", ""), importJob);
    }

    private String importedJobPage() {
        try {
            Path csv = Files.createTempFile("Audit rivers", ".csv");
            Files.writeString(csv, "Which river runs through Vienna?,The Danube\nOnly a front,\n");
            browser.get(server.getURL() + "/import");
            browser.findElement(By.id("file")).sendKeys(csv.toString());
            browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
            Browser.patientWait(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#confirm-import button[type=submit]"))).click();
            Browser.patientWait(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid=import-done]")));
            Files.delete(csv);
            return URI.create(browser.getCurrentUrl()).getPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Checks the browser draws an outline or shadow around a control reached by keyboard: the first one Tab
     * reaches, or on a page with an autofocused control, that control left and re-entered with Shift+Tab, Tab.
     */
    private List<String> focusRingProblems() {
        if (browser.switchTo().activeElement().getTagName().equals("body")) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        } else {
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.TAB).perform();
        }
        WebElement focused = browser.switchTo().activeElement();
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        boolean visible = !"none".equals(outline) || (shadow != null && !"none".equals(shadow));
        return visible ? List.of() : List.of("no visible focus on " + focused.getTagName() + " "
                + focused.getText());
    }
}
