package app.flashpoint.account;

import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SharedApp
class AccountFlowTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    @Inject
    AccountRepository accounts;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    LoginAttemptRepository loginAttempts;

    private WebSession session() {
        return new WebSession(URI.create(server.getURL() + "/"));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void guestSignsUpAndKeepsTheSameAccount() {
        WebSession web = session();
        web.get("/");
        HttpResponse<String> started = web.post("/guest", Map.of("next", "/decks/luo-interview"));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).contains("/decks/luo-interview");
        HttpCookie jwt = web.cookie("JWT").orElseThrow();
        assertThat(jwt.isHttpOnly()).isTrue();
        assertThat(started.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("JWT=")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(header(jwt.getValue())).contains("\"alg\":\"HS256\"");
        String guestId = claims(jwt.getValue()).replaceAll(".*\"sub\":\"(\\d+)\".*", "$1");
        assertThat(web.get("/").body()).contains("Save your progress: sign up");

        String username = unique("learner");
        web.get("/signup");
        HttpResponse<String> signedUp = web.post("/signup",
                Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));

        assertThat(signedUp.statusCode()).isEqualTo(303);
        String memberToken = web.cookie("JWT").orElseThrow().getValue();
        assertThat(claims(memberToken)).contains("\"sub\":\"" + guestId + "\"").contains("\"guest\":false");
        AccountRow account = accounts.findById(Long.parseLong(guestId)).orElseThrow();
        assertThat(account.username()).isEqualTo(username);
        assertThat(account.guest()).isFalse();
        assertThat(account.passwordHash()).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(web.get("/").body()).contains(username).doesNotContain("Save your progress");
    }

    @Test
    void theHeadersGuestButtonComesBackToThePage() {
        WebSession web = session();
        String page = web.get("/documents/luo-interview-north-korea.txt").body();
        assertThat(page).contains("name=\"next\" value=\"/documents/luo-interview-north-korea.txt\"");
        HttpResponse<String> started = web.post("/guest", Map.of("next", "/documents/luo-interview-north-korea.txt"));
        assertThat(started.headers().firstValue("Location")).contains("/documents/luo-interview-north-korea.txt");
    }

    @Test
    void signUpExplainsEveryProblemInTheForm() {
        WebSession web = session();
        web.get("/signup");
        HttpResponse<String> response = web.post("/signup", Map.of("username", "X", "password", "short", "confirm", "x"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("3 to 32 characters").contains("Use at least 10 characters.")
                .contains("aria-invalid=\"true\"");
        assertThat(accounts.findByUsername("x")).isEmpty();

        String taken = unique("taken");
        web.post("/signup", Map.of("username", taken, "password", PASSWORD, "confirm", PASSWORD));
        WebSession other = session();
        other.get("/signup");
        assertThat(other.post("/signup", Map.of("username", taken, "password", PASSWORD, "confirm", PASSWORD)).body())
                .contains("That username is taken.");
    }

    @Test
    void signInWorksAndRepeatedFailuresAreThrottled() {
        String username = unique("reader");
        WebSession creator = session();
        creator.get("/signup");
        creator.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));

        WebSession web = session();
        web.get("/login");
        HttpResponse<String> ok = web.post("/login", Map.of("username", username, "password", PASSWORD));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).doesNotContain("failed");
        assertThat(web.get("/").body()).contains(username);

        WebSession attacker = session();
        attacker.get("/login");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            HttpResponse<String> wrong = attacker.post("/login", Map.of("username", username, "password", "wrong" + i));
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?failed");
        }
        HttpResponse<String> blocked = attacker.post("/login", Map.of("username", username, "password", PASSWORD));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("Too many sign-in attempts").doesNotContain("Wrong username or password");
        assertThat(attacker.cookie("JWT")).isEmpty();

        // the owner's browser signed in before: its device cookie keeps its own allowance
        WebSession owner = web;
        owner.post("/logout", Map.of());
        owner.get("/login");
        assertThat(owner.post("/login", Map.of("username", username, "password", PASSWORD)).statusCode()).isEqualTo(303);

        // another instance of the app, sharing the database, sees the same attempts; a window later it does not
        Instant now = Instant.now();
        assertThat(new LoginThrottle(Clock.fixed(now, ZoneOffset.UTC), loginAttempts)
                .reserve(username, "192.0.2.1", null).retryAt()).isPresent();
        Instant later = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(new LoginThrottle(Clock.fixed(later, ZoneOffset.UTC), loginAttempts)
                .reserve(username, "192.0.2.1", null).retryAt()).isEmpty();
    }

    /** The colour scheme is the account's: light, dark, or back to the system's; other values mean the system's. */
    @Test
    void aChosenColourSchemeIsKeptWithTheAccount() {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        assertThat(web.get("/").body()).doesNotContain("data-theme=").contains("id=\"theme-switch\"");
        HttpResponse<String> dark = web.post("/account/theme", Map.of("theme", "dark", "next", "/progress"));
        assertThat(dark.statusCode()).isEqualTo(303);
        assertThat(dark.headers().firstValue("Location")).contains("/progress");
        assertThat(web.get("/").body()).contains("data-theme=\"dark\"").contains(">Light mode<");
        web.post("/account/theme", Map.of("theme", "purple", "next", "//elsewhere.example"));
        assertThat(web.get("/").body()).doesNotContain("data-theme=");
        web.post("/account/theme", Map.of("theme", "light"));
        assertThat(web.get("/").body()).contains("data-theme=\"light\"");
        web.post("/account/theme", Map.of("theme", "system"));
        assertThat(web.get("/").body()).doesNotContain("data-theme=");

        WebSession visitor = session();
        visitor.get("/");
        assertThat(visitor.post("/account/theme", Map.of("theme", "dark")).statusCode()).isIn(302, 303, 401, 403);
        assertThat(visitor.get("/").body()).doesNotContain("data-theme=");
    }

    /** A guest is warned first (its progress cannot be reached after), and offered to sign up instead. */
    @Test
    void aGuestsSignOutWarnsThenEndsTheSession() {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        web.get("/");
        HttpResponse<String> asked = web.post("/logout", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("data-testid=\"guest-sign-out\"").contains("progress is lost")
                .contains("href=\"/signup\"").contains("name=\"confirmed\" value=\"yes\"");
        assertThat(web.get("/").body()).as("still the guest").doesNotContain("href=\"/login\"");

        HttpResponse<String> out = web.post("/logout", Map.of("confirmed", "yes"));
        assertThat(out.statusCode()).isIn(302, 303);
        assertThat(web.get("/").body()).contains("href=\"/login\"");
    }

    @Test
    void aMembersSignOutEndsTheSessionAtOnce() {
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), unique("out"), PASSWORD);
        web.get("/");
        HttpResponse<String> out = web.post("/logout", Map.of());
        assertThat(out.statusCode()).isIn(302, 303);
        assertThat(web.get("/").body()).contains("href=\"/login\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession web = session();
        web.get("/signup");
        String username = unique("csrf");
        HttpResponse<String> response = web.postRaw("/signup",
                Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.findByUsername(username)).isEmpty();

        HttpResponse<String> forged = web.postRaw("/signup", Map.of("csrfToken", "abc.def",
                "username", username, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void unsignedOrTamperedSessionCookiesAreIgnored() {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        String token = web.cookie("JWT").orElseThrow().getValue();
        String[] parts = token.split("\\.");
        String forgedClaims = b64(claims(token).replaceAll("\"sub\":\"\\d+\"", "\"sub\":\"1\"")
                .replace("\"roles\":[\"student\"]", "\"roles\":[\"admin\"]"));

        web.forget("JWT");
        web.setCookie("JWT", b64("{\"alg\":\"none\"}") + "." + forgedClaims + ".");
        assertThat(web.get("/").body()).contains("href=\"/login\"");

        web.forget("JWT");
        web.setCookie("JWT", parts[0] + "." + forgedClaims + "." + parts[2]);
        assertThat(web.get("/").body()).contains("href=\"/login\"");
    }

    private static String header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    private static String claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
