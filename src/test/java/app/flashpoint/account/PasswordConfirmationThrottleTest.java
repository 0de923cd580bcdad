package app.flashpoint.account;

import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in account's own password checks (deleting the account, changing the password) are throttled as sign-in
 * is: after five wrong passwords no password is checked, the right one included, and the form says until when.
 */
@SharedApp
class PasswordConfirmationThrottleTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    @Inject
    LoginAttemptRepository loginAttempts;

    private URI base() {
        return URI.create(server.getURL() + "/");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void wrongPasswordsOnTheDeleteFormAreThrottledAndNothingIsDeleted() {
        String username = unique("closer");
        WebSession web = WebSession.signedUp(base(), username, PASSWORD);
        web.get("/account/delete");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            HttpResponse<String> wrong = web.post("/account/delete", Map.of("password", "guess " + i));
            assertThat(wrong.statusCode()).as("guess " + i).isEqualTo(422);
            assertThat(wrong.body()).contains("That is not your password. Nothing was deleted.");
        }
        HttpResponse<String> blocked = web.post("/account/delete", Map.of("password", PASSWORD));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, LoginThrottle.WINDOW.toSeconds()));
        assertThat(blocked.body()).contains("Too many wrong passwords. Try again after")
                .contains("Nothing was deleted.").contains("id=\"password-error\"");

        // not deleted: still signed in, and the password still signs in from a new browser, which the
        // confirmations' allowance does not touch
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
        WebSession.signedIn(base(), username, PASSWORD);

        // the same allowance covers the password form: the right current password is not checked either
        web.get("/account");
        HttpResponse<String> change = web.post("/account/password",
                Map.of("current", PASSWORD, "password", "a new long password", "confirm", "a new long password"));
        assertThat(change.statusCode()).isEqualTo(429);
        assertThat(change.headers().firstValue("Retry-After")).isPresent();
        assertThat(change.body()).contains("Too many wrong passwords. Try again after")
                .contains("Your password is unchanged.");
        WebSession.signedIn(base(), username, PASSWORD);

        // the counts are in the database (every instance sees them); a window later they are gone
        long id = web.accountId();
        Instant now = Instant.now();
        assertThat(new LoginThrottle(Clock.fixed(now, ZoneOffset.UTC), loginAttempts).reserveConfirmation(id)
                .retryAt()).isPresent();
        assertThat(new LoginThrottle(Clock.fixed(now.plus(LoginThrottle.WINDOW).plusSeconds(1), ZoneOffset.UTC),
                loginAttempts).reserveConfirmation(id).retryAt()).isEmpty();
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormAreThrottledAndARightOneDoesNotCount() {
        String username = unique("changer");
        WebSession web = WebSession.signedUp(base(), username, PASSWORD);
        web.get("/account");
        // a right password among the wrong ones uses up nothing (changing to the same password keeps it simple)
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            HttpResponse<String> wrong = web.post("/account/password",
                    Map.of("current", "guess " + i, "password", PASSWORD, "confirm", PASSWORD));
            assertThat(wrong.statusCode()).as("guess " + i).isEqualTo(422);
            assertThat(wrong.body()).contains("That is not your current password.");
        }
        HttpResponse<String> right = web.post("/account/password",
                Map.of("current", PASSWORD, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(right.statusCode()).isEqualTo(303);
        web.get("/account");
        assertThat(web.post("/account/password", Map.of("current", "guess 5", "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(422);
        HttpResponse<String> blocked = web.post("/account/password",
                Map.of("current", PASSWORD, "password", PASSWORD, "confirm", PASSWORD));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many wrong passwords").doesNotContain("That is not your current password");

        // and the delete form is closed to guesses too
        web.get("/account/delete");
        assertThat(web.post("/account/delete", Map.of("password", PASSWORD)).statusCode()).isEqualTo(429);
    }
}
