package app.flashpoint.account;

import app.flashpoint.support.MutableClock;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's one-time password-reset link (issue 12), through the real server on a clock moved by hand. */
@MicronautTest(transactional = false)
class PasswordResetTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final Pattern LINK = Pattern.compile("value=\"(http://[^\"]+/reset/([A-Za-z0-9_-]+))\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;
    @Inject
    AccountRepository accounts;
    @Inject
    PasswordResetRepository resets;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void anAdminsLinkSetsANewPasswordOnceAndEndsEverySession() {
        WebSession admin = admin();
        String username = unique("forgetful");
        WebSession owner = signedUp(username);
        long id = owner.accountId();
        WebSession laptop = signedIn(username, PASSWORD);

        assertThat(admin.get("/admin/accounts").body()).contains("data-reset=\"" + id + "\"");
        HttpResponse<String> issued = admin.post("/admin/accounts/" + id + "/reset-link", Map.of());
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Location")).isEmpty();
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(issued.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(issued.body()).contains("<h1>Reset link for <span>" + username + "</span></h1>");
        String link = link(issued);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).hasSize(43); // 32 random bytes, URL-safe Base64
        assertThat(resets.findById(token)).as("the token itself is not stored").isEmpty();
        PasswordResetRow row = resets.findById(PasswordResets.hash(token)).orElseThrow();
        assertThat(row.accountId()).isEqualTo(id);
        assertThat(row.expiresAt()).isEqualTo(CLOCK.millis() + Duration.ofHours(24).toMillis());

        WebSession stranger = session();
        String path = URI.create(link).getPath();
        HttpResponse<String> form = stranger.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(form.body()).contains("id=\"reset-form\"").contains(username);
        HttpResponse<String> differ = stranger.post(path, Map.of("password", NEW_PASSWORD, "confirm", "something else"));
        assertThat(differ.statusCode()).isEqualTo(422);
        assertThat(differ.body()).contains("The two passwords differ.");
        HttpResponse<String> tooShort = stranger.post(path, Map.of("password", "short", "confirm", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("Use at least 10 characters.");
        assertThat(stranger.postRaw(path, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD)).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(resets.findById(PasswordResets.hash(token)).orElseThrow().usedAt()).as("refusals spend nothing").isNull();

        HttpResponse<String> done = stranger.post(path, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).isEqualTo(303);
        String signIn = done.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).startsWith("/login");
        assertThat(stranger.get(signIn).body()).contains("Your new password is set");
        assertEnded(owner);
        assertEnded(laptop);
        assertThat(signInFails(username, PASSWORD)).as("the old password").isTrue();
        signedIn(username, NEW_PASSWORD);

        // the link works once
        HttpResponse<String> again = session().get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link has expired or was used");
        String hashAfterReset = accounts.findById(id).orElseThrow().passwordHash();
        stranger.get("/login");
        assertThat(stranger.post(path, Map.of("password", "a third password", "confirm", "a third password"))
                .statusCode()).isEqualTo(410);
        assertThat(accounts.findById(id).orElseThrow().passwordHash()).isEqualTo(hashAfterReset);
    }

    @Test
    void aNewLinkReplacesTheUnusedOne() {
        WebSession admin = admin();
        long id = signedUp(unique("twice")).accountId();
        admin.get("/admin/accounts");
        String first = URI.create(link(admin.post("/admin/accounts/" + id + "/reset-link", Map.of()))).getPath();
        String second = URI.create(link(admin.post("/admin/accounts/" + id + "/reset-link", Map.of()))).getPath();
        assertThat(second).isNotEqualTo(first);
        assertThat(session().get(first).statusCode()).isEqualTo(410);
        assertThat(session().get(second).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminIssuesLinksAndOnlyForSignedUpAccounts() {
        String name = unique("victim");
        long id = signedUp(name).accountId();
        WebSession student = signedUp(unique("student"));
        String teacherName = unique("teacher");
        roles.promote(signedUp(teacherName).accountId(), Roles.INSTRUCTOR);
        WebSession teacher = signedIn(teacherName, PASSWORD);
        WebSession anonymous = session();
        for (WebSession web : new WebSession[]{student, teacher, anonymous}) {
            assertThat(web.get("/").body()).as("no accounts link in the header").doesNotContain("href=\"/admin/accounts\"");
            HttpResponse<String> refused = web.post("/admin/accounts/" + id + "/reset-link", Map.of());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("/reset/");
        }

        WebSession admin = admin();
        assertThat(admin.get("/").body()).as("the header links the admin to the accounts").contains("href=\"/admin/accounts\"");
        admin.get("/admin/accounts");
        assertThat(admin.postRaw("/admin/accounts/" + id + "/reset-link", Map.of("csrfToken", "abc.def")).statusCode())
                .as("a forged CSRF token").isEqualTo(403);

        WebSession guest = session();
        guest.get("/");
        guest.post("/guest", Map.of());
        long guestId = guest.accountId();
        assertThat(admin.get("/admin/accounts").body()).doesNotContain("data-reset=\"" + guestId + "\"");
        assertThat(admin.post("/admin/accounts/" + guestId + "/reset-link", Map.of()).statusCode()).isEqualTo(404);
        assertThat(admin.post("/admin/accounts/999999999/reset-link", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredLinkIsRefused() {
        WebSession admin = admin();
        String username = unique("late");
        long id = signedUp(username).accountId();
        admin.get("/admin/accounts");
        String path = URI.create(link(admin.post("/admin/accounts/" + id + "/reset-link", Map.of()))).getPath();

        CLOCK.advance(Duration.ofHours(24).minusMinutes(1));
        WebSession web = session();
        assertThat(web.get(path).statusCode()).as("a minute before it expires").isEqualTo(200);
        CLOCK.advance(Duration.ofMinutes(2));
        assertThat(session().get(path).statusCode()).isEqualTo(410);
        HttpResponse<String> late = web.post(path, Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired or was used");
        assertThat(resets.spend(PasswordResets.hash(path.substring(path.lastIndexOf('/') + 1)), CLOCK.millis()))
                .as("the UPDATE itself refuses an expired link").isZero();
        assertThat(signInFails(username, NEW_PASSWORD)).isTrue();
    }

    @Test
    void ofConcurrentResetsWithOneLinkExactlyOneSucceeds() throws Exception {
        WebSession admin = admin();
        String username = unique("racer");
        long id = signedUp(username).accountId();
        admin.get("/admin/accounts");
        String path = URI.create(link(admin.post("/admin/accounts/" + id + "/reset-link", Map.of()))).getPath();

        int n = 8;
        var browsers = new ArrayList<WebSession>();
        for (int i = 0; i < n; i++) {
            WebSession web = session();
            assertThat(web.get(path).statusCode()).isEqualTo(200);
            browsers.add(web);
        }
        var pool = Executors.newFixedThreadPool(n);
        var go = new CountDownLatch(1);
        var results = new ArrayList<Future<Integer>>();
        for (int i = 0; i < n; i++) {
            WebSession web = browsers.get(i);
            String password = "racing password " + i;
            results.add(pool.submit(() -> {
                go.await();
                return web.post(path, Map.of("password", password, "confirm", password)).statusCode();
            }));
        }
        go.countDown();
        var statuses = new ArrayList<Integer>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(303, 410);
        assertThat(statuses.stream().filter(s -> s == 303).count()).as(statuses.toString()).isEqualTo(1);
        int winner = statuses.indexOf(303);
        signedIn(username, "racing password " + winner);
    }

    private WebSession session() {
        return new WebSession(URI.create(server.getURL() + "/"));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebSession admin() {
        String username = unique("admin");
        roles.promote(signedUp(username).accountId(), Roles.ADMIN);
        return signedIn(username, PASSWORD);
    }

    private WebSession signedUp(String username) {
        return WebSession.signedUp(URI.create(server.getURL() + "/"), username, PASSWORD);
    }

    private WebSession signedIn(String username, String password) {
        return WebSession.signedIn(URI.create(server.getURL() + "/"), username, password);
    }

    private boolean signInFails(String username, String password) {
        WebSession web = session();
        web.get("/login");
        return web.post("/login", Map.of("username", username, "password", password)).headers()
                .firstValue("Location").orElseThrow().contains("failed");
    }

    private static String link(HttpResponse<String> issued) {
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher m = LINK.matcher(issued.body());
        assertThat(m.find()).as("the page shows the link").isTrue();
        return m.group(1);
    }

    /** The session is refused: the page is not shown, the cookie is cleared. */
    private static void assertEnded(WebSession web) {
        HttpResponse<String> page = web.get("/progress");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("JWT=;"));
    }
}
