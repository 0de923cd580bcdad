package app.flashpoint.account;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins per account and per client address within a sliding window (OWASP ASVS 6.3.1),
 * so passwords cannot be guessed at speed. Kept in memory: each instance limits what it sees.
 */
@Singleton
class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        return recent("account:" + username) >= PER_ACCOUNT || recent("address:" + address) >= PER_ADDRESS;
    }

    void failed(String username, String address) {
        long now = clock.millis();
        failures.computeIfAbsent("account:" + username, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("address:" + address, k -> new ArrayDeque<>()).addLast(now);
    }

    void succeeded(String username) {
        failures.remove("account:" + username);
    }

    private int recent(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long cutoff = clock.millis() - WINDOW.toMillis();
            while (!times.isEmpty() && times.peekFirst() < cutoff) {
                times.pollFirst();
            }
            return times.size();
        }
    }
}
