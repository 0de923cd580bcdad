package app.flashpoint.scheduling;

import app.flashpoint.system.TooManyRequests;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How many optimizer requests may run at once, per caller and in all: each fit takes a CPU and up to
 * hundreds of MB of heap, and four at once ran a 256 MB server out of memory. A request over either bound
 * is refused at once (429) instead of queued, so waiting costs the server nothing.
 */
@Singleton
class OptimizerSlots {
    /** A typical log fits in well under a second and a 10 MB one in about ten. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Semaphore all;
    private final int perCaller;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    OptimizerSlots(@Value("${flashpoint.optimize.concurrency:2}") int total,
                   @Value("${flashpoint.optimize.per-caller:1}") int perCaller) {
        this.all = new Semaphore(Math.max(0, total));
        this.perCaller = Math.max(0, perCaller);
    }

    /** A slot for {@code caller} (an account or a network address), to be closed when its fit is over. */
    Slot take(String caller) {
        boolean[] taken = {false};
        running.compute(caller, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perCaller) {
                return n;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new TooManyRequests("You already have " + perCaller + " optimizer request(s) running; "
                    + "send the next one when it has answered.", RETRY_AFTER);
        }
        if (!all.tryAcquire()) {
            release(caller);
            throw new TooManyRequests("The optimizer is busy with other requests; try again in "
                    + RETRY_AFTER.toSeconds() + " seconds.", RETRY_AFTER);
        }
        return () -> {
            all.release();
            release(caller);
        };
    }

    private void release(String caller) {
        running.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
    }

    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
