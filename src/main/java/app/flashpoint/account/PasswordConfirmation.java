package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A signed-in account typing its own password to confirm a step (deleting the account, changing the password),
 * throttled as sign-in is ({@link LoginThrottle#reserveConfirmation}): after five wrong passwords in fifteen
 * minutes no password is checked until the oldest of them leaves the window.
 */
@Singleton
public class PasswordConfirmation {
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Clock clock;

    PasswordConfirmation(AccountRepository accounts, Passwords passwords, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    public sealed interface Outcome {
    }

    public record Confirmed() implements Outcome {
    }

    /** The password is not the account's (a guest has none, so never matches). */
    public record Wrong() implements Outcome {
    }

    /** Too many wrong passwords: none is checked before {@code retryAt}. */
    public record Throttled(Instant retryAt, Duration left) implements Outcome {
        /** As the sign-in page says it: "14:05 UTC". */
        public String at() {
            return DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(retryAt);
        }

        /** The Retry-After header's value, at least a second. */
        public String retryAfterSeconds() {
            return String.valueOf(Math.max(1, left.toSeconds()));
        }

        /** What the form says. */
        public String message() {
            return "Too many wrong passwords. Try again after " + at() + ".";
        }
    }

    public Outcome check(long accountId, @Nullable String password) {
        LoginThrottle.Result reserved = throttle.reserveConfirmation(accountId);
        if (reserved.retryAt().isPresent()) {
            Instant at = reserved.retryAt().get();
            return new Throttled(at, Duration.between(clock.instant(), at));
        }
        boolean matches = accounts.findById(accountId).filter(a -> !a.guest() && a.passwordHash() != null)
                .map(a -> passwords.matches(password == null ? "" : password, a.passwordHash())).orElse(false);
        if (!matches) {
            return new Wrong();
        }
        throttle.succeeded(reserved.reservation().orElseThrow());
        return new Confirmed();
    }
}
