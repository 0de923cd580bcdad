package app.flashpoint.account;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Limits failed sign-ins per account and per client address within a sliding window (OWASP ASVS 2.2.1),
 * so passwords cannot be guessed at speed. The failures live in the database, so every instance sees the
 * same count, and old ones are deleted as new ones arrive, so a flood of made-up usernames cannot grow
 * the table beyond one window's worth.
 */
@Singleton
class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final LoginFailureRepository failures;

    LoginThrottle(Clock clock, LoginFailureRepository failures) {
        this.clock = clock;
        this.failures = failures;
    }

    boolean blocked(String username, String address) {
        long since = clock.millis() - WINDOW.toMillis();
        return failures.countByThrottleKeyAndFailedAtGreaterThanEquals(accountKey(username), since) >= PER_ACCOUNT
                || failures.countByThrottleKeyAndFailedAtGreaterThanEquals(addressKey(address), since) >= PER_ADDRESS;
    }

    void failed(String username, String address) {
        long now = clock.millis();
        failures.forgetBefore(now - WINDOW.toMillis());
        // one save each: SQLite's driver returns no generated keys for a batch
        failures.save(new LoginFailureRow(null, accountKey(username), now));
        failures.save(new LoginFailureRow(null, addressKey(address), now));
    }

    void succeeded(String username) {
        failures.forget(accountKey(username));
    }

    private static String accountKey(String username) {
        return "account:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
