package app.flashpoint.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Each account's chosen colour scheme ({@code light} or {@code dark}; none: the system's), read for every page.
 * Remembered for a short while per instance: another instance sees a change within that time.
 */
@Singleton
public class Themes {
    public static final Set<String> CHOICES = Set.of("light", "dark");

    private final ThemeRepository rows;
    private final Cache<Long, Optional<String>> chosen = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    Themes(ThemeRepository rows) {
        this.rows = rows;
    }

    public Optional<String> of(long accountId) {
        return chosen.get(accountId, id -> rows.find(id).map(ThemeRepository.ThemeRow::theme));
    }

    /** {@code theme} one of {@link #CHOICES}, or anything else (e.g. "system") to follow the system again. */
    void choose(long accountId, String theme) {
        if (CHOICES.contains(theme)) {
            rows.choose(accountId, theme);
        } else {
            rows.forget(accountId);
        }
        chosen.invalidate(accountId);
    }
}
