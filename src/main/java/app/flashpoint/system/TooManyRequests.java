package app.flashpoint.system;

import java.time.Duration;

/** A request over one of the app's limits: 429 with Retry-After and the message (ErrorPages answers it). */
public class TooManyRequests extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least one: Retry-After has no fractions and 0 would invite a hot loop. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
