package app.flashpoint.system;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) for per-address limits. With PostgreSQL they live in the rate_limit_bucket table,
 * so every instance takes from the same bucket (SELECT … FOR UPDATE serialises concurrent takes); SQLite
 * means one instance, so they live in memory. Blocking on PostgreSQL: call off the event loop.
 */
@Singleton
public class RateBuckets {
    private static final int CLEAN_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    private record Local(Bucket bucket, long capacity) {
    }

    RateBuckets(DatabaseDescription database, DataSource dataSource) {
        this.shared = database.kind().equals("postgresql")
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                        .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket")
                        .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                        // a full bucket is the same as none: its row may go once it has refilled
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build()
                : null;
    }

    /**
     * Takes one token from {@code key}'s bucket. Empty when taken; otherwise how long until one is free.
     * The rate is part of the stored key, so a changed limit starts fresh buckets instead of keeping old ones.
     */
    public Optional<Duration> take(String key, Rate rate) {
        String id = key + "@" + rate;
        Bucket bucket = shared != null ? shared.builder().build(id, rate::bucket)
                : local.computeIfAbsent(id, k -> new Local(Bucket.builder().addLimit(rate.bandwidth()).build(),
                        rate.count())).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Forgets buckets that have refilled (a full bucket is what a new one would be), so addresses do not pile up. */
    @Scheduled(fixedDelay = "10m", initialDelay = "10m")
    void forgetFull() {
        local.values().removeIf(l -> l.bucket().getAvailableTokens() >= l.capacity());
        if (shared != null) {
            while (shared.removeExpired(CLEAN_BATCH) >= CLEAN_BATCH) {
                // another batch
            }
        }
    }
}
