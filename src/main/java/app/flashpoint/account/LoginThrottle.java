package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Limits password checks (OWASP ASVS 2.2.1, with OWASP's "device cookies"): a browser that has signed in
 * to an account before (a valid device cookie) has its own allowance, so guesses from elsewhere never lock
 * the owner out; a right password does not count; every other browser shares one allowance per account, however many addresses it comes
 * from, plus one per address. An attempt is reserved (a row inserted and committed) before it is counted
 * and before the password is checked: the k-th reservation always counts at least k rows, so concurrent
 * guesses cannot pass the limit. A refused attempt drops its rows (it checked no password). Rows live in
 * the database, so every instance shares the counts; old ones are deleted as new ones arrive.
 *
 * <p>A signed-in account confirming its password (deleting itself, changing its password) is limited the same way,
 * by an allowance of its own ({@link #reserveConfirmation}): a stolen session cannot guess the password without
 * limit, and strangers guessing at the sign-in form cannot keep the owner from changing it.
 */
@Singleton
class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_DEVICE = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final LoginAttemptRepository attempts;

    LoginThrottle(Clock clock, LoginAttemptRepository attempts) {
        this.clock = clock;
        this.attempts = attempts;
    }

    /** The rows reserved for one attempt, when the password may be checked. */
    record Reservation(List<LoginAttemptRow> rows) {
    }

    /** Either the attempt's reservation (the password may be checked) or when to try again. */
    Result reserve(String username, String address, @Nullable String device) {
        return reserve(device != null
                ? List.of(new Limit("device:" + device + ":" + username, PER_DEVICE))
                : List.of(new Limit("account:" + username, PER_ACCOUNT), new Limit("address:" + address, PER_ADDRESS)));
    }

    /**
     * A password check by the signed-in account itself: every session of the account shares one allowance (a
     * session comes only from a right password, so a thief holding one gets no more than this), apart from the
     * sign-in form's.
     */
    Result reserveConfirmation(long accountId) {
        return reserve(List.of(new Limit("confirm:" + accountId, PER_ACCOUNT)));
    }

    private Result reserve(List<Limit> limits) {
        long now = clock.millis();
        long since = now - WINDOW.toMillis();
        attempts.forgetBefore(since);
        var reserved = new ArrayList<LoginAttemptRow>();
        for (Limit limit : limits) {
            reserved.add(attempts.save(new LoginAttemptRow(null, limit.key(), now)));
        }
        for (Limit limit : limits) {
            if (attempts.countByThrottleKeyAndAttemptedAtGreaterThanEquals(limit.key(), since) > limit.max()) {
                attempts.deleteAll(reserved);
                long oldest = attempts.oldestSince(limit.key(), since).orElse(now);
                return Result.retryAt(Instant.ofEpochMilli(oldest + WINDOW.toMillis()));
            }
        }
        return Result.reserved(new Reservation(reserved));
    }

    /** A right password is not a guess: its attempt stops counting, so the owner never uses up a limit. */
    void succeeded(Reservation reservation) {
        attempts.deleteAll(reservation.rows());
    }

    record Result(Optional<Reservation> reservation, Optional<Instant> retryAt) {
        static Result reserved(Reservation reservation) {
            return new Result(Optional.of(reservation), Optional.empty());
        }

        static Result retryAt(Instant when) {
            return new Result(Optional.empty(), Optional.of(when));
        }
    }

    private record Limit(String key, int max) {
    }
}
