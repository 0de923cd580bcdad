package app.flashpoint.account;

import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The account findings of the security probe, each reproduced through the real server. */
@SharedApp
class AccountSecurityTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    @Inject
    AccountRepository accounts;

    @Inject
    Roles roles;

    private WebSession session() {
        return new WebSession(URI.create(server.getURL() + "/"));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private WebSession signedUp(String username) {
        return WebSession.signedUp(URI.create(server.getURL() + "/"), username, PASSWORD);
    }

    private WebSession signedIn(String username, String password) {
        return WebSession.signedIn(URI.create(server.getURL() + "/"), username, password);
    }

    /** A second browser holding a copy of {@code web}'s session cookie (as a thief would). */
    private WebSession copyOf(WebSession web) {
        WebSession thief = session();
        thief.setCookie("JWT", web.cookie("JWT").orElseThrow().getValue());
        return thief;
    }

    @Test
    void aStaleGuestCookieCannotRenameTheAccountItBecame() {
        WebSession owner = session();
        owner.get("/");
        owner.post("/guest", Map.of());
        WebSession stale = copyOf(owner);
        long id = owner.accountId();

        String username = unique("owner");
        owner.get("/signup");
        owner.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));

        stale.get("/signup");
        HttpResponse<String> takeover = stale.post("/signup",
                Map.of("username", unique("thief"), "password", "thief password 1", "confirm", "thief password 1"));
        assertThat(takeover.statusCode()).isNotEqualTo(303);
        assertThat(accounts.findById(id).orElseThrow().username()).isEqualTo(username);
        assertEnded(stale);
        signedIn(username, PASSWORD);
    }

    @Test
    void signingUpRotatesTheSessionToken() {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        String guestToken = web.cookie("JWT").orElseThrow().getValue();
        web.get("/signup");
        String username = unique("rotate");
        web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(web.cookie("JWT").orElseThrow().getValue()).isNotEqualTo(guestToken);
        assertThat(web.get("/progress").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenCapturedBeforeSignOutIsDeadAfterIt() {
        String username = unique("leaver");
        WebSession web = signedUp(username);
        WebSession thief = copyOf(web);
        assertThat(thief.get("/progress").statusCode()).isEqualTo(200);

        web.get("/");
        web.post("/logout", Map.of());

        assertEnded(thief);
    }

    /**
     * A CSRF token is bound to its session: planted in another browser's cookie (as a sibling subdomain could)
     * and posted with the form, it is refused, and that browser stays signed in. A new session gets a new token.
     */
    @Test
    void aCsrfTokenFromAnotherSessionIsRefused() {
        WebSession attacker = signedUp(unique("planter"));
        attacker.get("/");
        String planted = attacker.csrfToken();
        WebSession victim = signedUp(unique("victim"));
        victim.get("/");
        assertThat(victim.csrfToken()).isNotEqualTo(planted);

        victim.setCookie("csrfToken", planted);
        assertThat(victim.post("/logout", Map.of("csrfToken", planted)).statusCode()).isEqualTo(403);
        assertThat(victim.get("/progress").statusCode()).as("still signed in").isEqualTo(200);

        // the token of the visitor before sign-in is not the token after it
        WebSession web = session();
        web.get("/login");
        String before = web.csrfToken();
        String username = unique("rotating");
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        web.get("/");
        assertThat(web.csrfToken()).isNotEqualTo(before);
        assertThat(web.post("/logout", Map.of()).statusCode()).as("the new token works").isEqualTo(303);
    }

    /** The session is refused: the page is not shown, the cookie is cleared, and the visit starts signed out. */
    private static void assertEnded(WebSession web) {
        HttpResponse<String> page = web.get("/progress");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/progress");
        assertThat(page.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("JWT=;"));
        assertThat(page.body()).doesNotContain("Your progress");
    }

    @Test
    void theApiRefusesAnEndedSessionWith401() {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        WebSession thief = copyOf(web);
        assertThat(thief.getJson("/api/study/luo-interview/next").statusCode()).isEqualTo(200);
        web.get("/");
        web.post("/logout", Map.of("confirmed", "yes")); // a guest confirms, as its sign-out page asks
        HttpResponse<String> refused = thief.getJson("/api/study/luo-interview/next");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("session has ended");
    }

    @Test
    void aDemotedInstructorLosesInstructorPagesAtOnce() {
        String username = unique("teacher");
        WebSession signup = signedUp(username);
        long id = signup.accountId();
        roles.promote(id, Roles.INSTRUCTOR);
        WebSession teacher = signedIn(username, PASSWORD);
        assertThat(teacher.get("/classes/new").statusCode()).isEqualTo(200);

        roles.promote(id, Roles.STUDENT);
        assertEnded(teacher);
        WebSession again = signedIn(username, PASSWORD);
        assertThat(again.get("/classes/new").statusCode()).isEqualTo(403);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
        String username = unique("changer");
        WebSession web = signedUp(username);
        WebSession other = signedIn(username, PASSWORD);

        web.get("/account");
        HttpResponse<String> wrong = web.post("/account/password",
                Map.of("current", "not my password", "password", "a new long password", "confirm", "a new long password"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("That is not your current password.");

        web.get("/account");
        HttpResponse<String> changed = web.post("/account/password",
                Map.of("current", PASSWORD, "password", "a new long password", "confirm", "a new long password"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(web.get(changed.headers().firstValue("Location").orElseThrow()).body()).contains("Password changed");
        assertEnded(other);
        signedIn(username, "a new long password");
    }

    @Test
    void signOutEverywhereEndsEverySession() {
        String username = unique("everywhere");
        WebSession web = signedUp(username);
        WebSession laptop = signedIn(username, PASSWORD);
        web.get("/account");
        assertThat(web.post("/account/sign-out-everywhere", Map.of()).statusCode()).isEqualTo(303);
        assertEnded(laptop);
        assertThat(web.cookie("JWT")).isEmpty();
    }

    @Test
    void concurrentGuessesCheckAtMostFivePasswordsAndTheOwnerStillSignsIn() throws Exception {
        String username = unique("target");
        WebSession owner = signedUp(username);
        owner.post("/logout", Map.of());
        owner.get("/login");
        owner.post("/login", Map.of("username", username, "password", PASSWORD)); // the owner's device cookie

        var pool = Executors.newFixedThreadPool(20);
        var guesses = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            Callable<Integer> guess = () -> {
                WebSession attacker = session(); // a new browser and a new address each time
                attacker.get("/login");
                return attacker.post("/login", Map.of("username", username, "password", "guess " + n)).statusCode();
            };
            guesses.add(pool.submit(guess));
        }
        int checked = 0;
        int throttled = 0;
        for (Future<Integer> f : guesses) {
            int status = f.get();
            if (status == 429) {
                throttled++;
            } else {
                checked++;
            }
        }
        pool.shutdown();
        assertThat(checked).as("password checks of 40 concurrent guesses").isLessThanOrEqualTo(LoginThrottle.PER_ACCOUNT);
        assertThat(throttled).isGreaterThanOrEqualTo(40 - LoginThrottle.PER_ACCOUNT);

        owner.get("/login");
        assertThat(owner.post("/login", Map.of("username", username, "password", PASSWORD)).statusCode())
                .as("the owner's known browser is not locked out").isEqualTo(303);
    }

    @Test
    void signInTakesAsLongForAnUnknownNameAsForAWrongPassword() {
        String username = unique("timed");
        signedUp(username);
        long known = 0;
        long unknown = 0;
        for (int i = 0; i < 4; i++) {
            known += timedSignIn(username, "wrong password " + i);
            unknown += timedSignIn(unique("nobody"), "wrong password " + i);
        }
        // a BCrypt check costs tens of milliseconds; skipping it (the finding) made an unknown name ~7× faster
        assertThat((double) unknown / known).isGreaterThan(0.6);
    }

    private long timedSignIn(String username, String password) {
        WebSession web = session();
        web.get("/login");
        long start = System.nanoTime();
        assertThat(web.post("/login", Map.of("username", username, "password", password)).statusCode()).isEqualTo(303);
        return System.nanoTime() - start;
    }

    @Test
    void afterSignInOnlyPathsOfThisSiteAreFollowed() {
        String username = unique("redirect");
        signedUp(username);
        for (String next : new String[]{"/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example",
                "/\n/evil.example", "/ /evil.example"}) {
            WebSession web = session();
            web.get("/login");
            HttpResponse<String> ok = web.post("/login", Map.of("username", username, "password", PASSWORD, "next", next));
            String location = ok.headers().firstValue("Location").orElseThrow();
            assertThat(location).as(next).doesNotContain("evil.example").startsWith("/");
            assertThat(location.startsWith("//")).isFalse();
        }
        WebSession web = session();
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", username, "password", PASSWORD, "next", "/progress?x=1"))
                .headers().firstValue("Location")).contains("/progress?x=1");
    }

    @Test
    void aLongNonAsciiPasswordIsAcceptedAndChecked() {
        String username = unique("accents");
        // 63 characters, 78 UTF-8 bytes: over BCrypt's 72
        String password = "déjà-vu à Noël: où êtes-vous, Zoé? ça déçoit. Éléonore à Génève";
        WebSession web = session();
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", password, "confirm", password))
                .statusCode()).isEqualTo(303);
        signedIn(username, password);
        WebSession wrong = session();
        wrong.get("/login");
        assertThat(wrong.post("/login", Map.of("username", username, "password", password.replace("Génève", "Geneve")))
                .headers().firstValue("Location").orElseThrow()).contains("failed");
    }
}
