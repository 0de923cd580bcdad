package app.flashpoint.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each account says about itself (display name, time zone, daily goal), read on every study request for
 * the zone: remembered for a short while per instance, so another instance follows a change within that time.
 */
@Singleton
public class Profiles {
    public static final int DEFAULT_DAILY_GOAL = 20;
    static final int MAX_DAILY_GOAL = 1000;

    /** {@code displayName} and {@code chosenZone} are null when the account left them to the defaults. */
    public record Profile(@Nullable String displayName, @Nullable String chosenZone, ZoneId zone, int dailyGoal) {
    }

    private final ProfileRepository rows;
    private final ZoneId serverZone;
    private final Cache<Long, Profile> known = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    Profiles(ProfileRepository rows, @Value("${flashpoint.time-zone:}") String serverZone) {
        this.rows = rows;
        this.serverZone = serverZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(serverZone);
    }

    public Profile of(long accountId) {
        return known.get(accountId, id -> rows.find(id).map(this::profile)
                .orElseGet(() -> new Profile(null, null, serverZone, DEFAULT_DAILY_GOAL)));
    }

    /** The zone the account's study day, streak and progress follow. */
    public ZoneId zone(long accountId) {
        return of(accountId).zone();
    }

    public ZoneId serverZone() {
        return serverZone;
    }

    /** Display names that accounts chose, by id; accounts that chose none are left out. */
    Map<Long, String> displayNames(Collection<Long> ids) {
        return rows.findAll(ids).stream().filter(r -> r.displayName() != null)
                .collect(Collectors.toMap(ProfileRepository.ProfileRow::accountId, ProfileRepository.ProfileRow::displayName));
    }

    void save(long accountId, @Nullable String displayName, @Nullable String zone, int dailyGoal) {
        rows.save(accountId, displayName, zone, dailyGoal);
        known.invalidate(accountId);
    }

    private Profile profile(ProfileRepository.ProfileRow row) {
        ZoneId zone = Optional.ofNullable(row.timeZone()).filter(ZoneId.getAvailableZoneIds()::contains)
                .map(ZoneId::of).orElse(serverZone);
        return new Profile(row.displayName(), row.timeZone(), zone, row.dailyGoal());
    }
}
