package app.flashpoint.study;

import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.StudyStampRepository;
import app.flashpoint.progress.WeightsChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What {@link Study#plan} reads for one learner and deck (settings, the scheduler built from them and the
 * learner's weights, card states, today's answers), kept between requests so a review does not re-read them
 * all: a recorded answer is applied to the copy once its transaction has committed; undo, a settings change
 * and a new fit or revert of the weights ({@link WeightsChanged}) drop it; a new day reloads it.
 * <p>
 * With SQLite one process owns the file, so the copy is trusted as it is. With PostgreSQL several stateless
 * instances may serve the same learner, so the copy is checked against the learner-deck's version in
 * {@code study_stamp}, which every write raises in its own transaction ({@link #written}): a page or next card
 * costs one primary-key read instead of re-reading everything, and another instance's write is seen by the
 * learner's next request. An answer costs none: it is recorded with the copy as it is ({@link #known}), and its
 * commit returns the version it wrote, which moves the copy along or, when someone else wrote in between,
 * drops it; the next card that the answer's own request shows then needs no read either.
 * {@code flashpoint.study.cache=false} turns the copy off. Code that writes these tables behind the study
 * package's back (tests seeding rows) calls {@link #forget}.
 */
@Singleton
public class StudyCache {
    /** A bound on memory: past this many learner-decks the least recently used copies are dropped. */
    static final int MAX_ENTRIES = 20_000;

    private record Key(long accountId, String slug) {
    }

    /**
     * Everything is read-only once built; an answer makes a new snapshot. {@code version} is the learner-deck's
     * {@code study_stamp} version read before the rows (0 where versions are not kept). {@code dues} is the
     * load the scheduler balances over, null when the learner turned the load balancer off. {@code goals}: the
     * "ready by" goals in the deck, the learner's own and those of their classes.
     */
    record Snapshot(long dayStart, StudySettingsRow settings, Scheduler scheduler, Map<String, CardStateRow> states,
                    Map<String, CardFlagRow> flags, List<ReviewLogRow> today, List<String> answeredBefore, long version,
                    @Nullable DueDays dues, List<ReadyByGoal> goals) {

        /** {@code buried} and {@code leech} are the flags the answer wrote, merged as the database merged them. */
        Snapshot with(CardStateRow state, ReviewLogRow log, List<CardFlagRow> buried, @Nullable CardFlagRow leech,
                      long newVersion) {
            var nextStates = new HashMap<>(states);
            nextStates.put(state.cardId(), state);
            var nextFlags = flags;
            if (!buried.isEmpty() || leech != null) {
                var merged = new HashMap<>(flags);
                for (CardFlagRow b : buried) {
                    merged.put(b.cardId(), merged.getOrDefault(b.cardId(), b.withBuried(0, null))
                            .buriedBySibling(b.buriedUntil(), b.buriedBy()));
                }
                if (leech != null) {
                    merged.put(leech.cardId(), merged.getOrDefault(leech.cardId(), leech.withSuspendedBy(null))
                            .leechAt(leech.leechLapses(), leech.suspended()));
                }
                nextFlags = Map.copyOf(merged);
            }
            var nextToday = today;
            if (log.reviewedAt() >= dayStart && today.stream().noneMatch(r -> r.answerToken().equals(log.answerToken()))) {
                nextToday = new ArrayList<>(today);
                nextToday.add(log);
            }
            // the answer moved the card's due day: the next answer balances over the load with it
            DueDays nextDues = dues == null ? null : dues.moved(states.get(state.cardId()), state);
            Scheduler nextScheduler = nextDues == null ? scheduler
                    : scheduler.withLoadBalance(scheduler.loadBalance().withLoad(nextDues));
            return new Snapshot(dayStart, settings, nextScheduler, Map.copyOf(nextStates), nextFlags, List.copyOf(nextToday),
                    answeredBefore, newVersion, nextDues, goals);
        }
    }

    /** Each learner-deck's lock and current snapshot; loads and updates of one learner-deck take turns. */
    private static final class Slot {
        private Snapshot snapshot;
        /** Set by an answer applied here: the use that follows it (its request's next card) skips the version read. */
        private boolean justWritten;
    }

    private final boolean enabled;
    private final boolean versioned;
    private final StudyStampRepository stamps;
    /** Least recently used learner-decks go first; one not used for a day would be reloaded anyway (new day). */
    private final Cache<Key, Slot> slots = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterAccess(Duration.ofHours(24)).build();

    @Inject
    StudyCache(@Value("${flashpoint.study.cache:true}") boolean enabled,
               @Value("${flashpoint.db.dialect:sqlite}") String dialect, StudyStampRepository stamps) {
        this(enabled, !dialect.equals("sqlite"), stamps);
    }

    /** {@code versioned}: check each use against {@code study_stamp}, as where several instances share the database. */
    StudyCache(boolean enabled, boolean versioned, StudyStampRepository stamps) {
        this.enabled = enabled;
        this.versioned = versioned;
        this.stamps = stamps;
    }

    boolean enabled() {
        return enabled;
    }

    boolean versioned() {
        return versioned;
    }

    /**
     * Marks a write to the learner-deck's study rows; call inside the writing transaction. Returns the new
     * version (0 where versions are not kept).
     */
    long written(long accountId, String slug) {
        if (!versioned) {
            return 0;
        }
        stamps.raise(accountId, slug);
        return stamps.version(accountId, slug).orElseThrow();
    }

    /**
     * The learner-deck's snapshot for the day starting at {@code dayStart}, loaded when missing, from another
     * day or (versioned) older than the stored version. {@code load} is given the version to record.
     */
    Snapshot get(long accountId, String slug, long dayStart, LongFunction<Snapshot> load) {
        if (!enabled) {
            return load.apply(0);
        }
        Slot slot = slots.get(new Key(accountId, slug), k -> new Slot());
        synchronized (slot) {
            Snapshot s = slot.snapshot;
            if (slot.justWritten && s != null && s.dayStart() == dayStart) {
                slot.justWritten = false;
                return s;
            }
            // read before the rows: a write landing in between leaves a newer version, so the next use reloads
            long version = versioned ? stamps.version(accountId, slug).orElse(0L) : 0;
            if (s == null || s.dayStart() != dayStart || s.version() != version) {
                slot.snapshot = load.apply(version);
            }
            return slot.snapshot;
        }
    }

    /**
     * The learner-deck's snapshot as this instance last had it, without the version read: what an answer is
     * recorded with. Its commit returns the version it wrote ({@link #recorded}), which tells whether another
     * instance wrote in between, and then the copy is dropped; the scheduler it lends the answer is the one this
     * instance last showed the learner intervals from.
     */
    Snapshot known(long accountId, String slug, long dayStart, LongFunction<Snapshot> load) {
        Slot slot = enabled ? slots.getIfPresent(new Key(accountId, slug)) : null;
        if (slot != null) {
            synchronized (slot) {
                if (slot.snapshot != null && slot.snapshot.dayStart() == dayStart) {
                    return slot.snapshot;
                }
            }
        }
        return get(accountId, slug, dayStart, load);
    }

    /**
     * Applies a committed answer whose write raised the version to {@code version}. Idempotent, so a snapshot
     * loaded after the commit (which already holds the answer) stays right; a versioned snapshot that missed a
     * write in between (another instance's) is dropped instead.
     */
    void recorded(CardStateRow state, ReviewLogRow log, long version) {
        recorded(state, log, List.of(), null, version);
    }

    /** As above, with the flags the answer wrote: its siblings' burials and the leech flag it set, if any. */
    void recorded(CardStateRow state, ReviewLogRow log, List<CardFlagRow> buried, @Nullable CardFlagRow leech,
                  long version) {
        if (!enabled) {
            return;
        }
        Slot slot = slots.getIfPresent(new Key(state.accountId(), state.deckSlug()));
        if (slot != null) {
            synchronized (slot) {
                Snapshot s = slot.snapshot;
                if (s == null || (versioned && s.version() >= version)) {
                    return;
                }
                slot.snapshot = !versioned || s.version() == version - 1 ? s.with(state, log, buried, leech, version) : null;
                slot.justWritten = versioned && slot.snapshot != null;
            }
        }
    }

    /** Drops the learner's copies (call after the change has committed). */
    public void forget(long accountId) {
        slots.asMap().keySet().removeIf(k -> k.accountId() == accountId);
    }

    /** A fit or revert changed the weights the snapshots' schedulers were built from. */
    @EventListener
    void weightsChanged(WeightsChanged changed) {
        if (versioned) {
            stamps.raiseAll(changed.accountId());
        }
        forget(changed.accountId());
    }

    /**
     * Goals from a {@link GoalSource} changed for the learner (an assignment's target was set or moved): their
     * snapshots are stale. Call after the change has committed.
     */
    public void goalsChanged(long accountId) {
        if (versioned) {
            stamps.raiseAll(accountId);
        }
        forget(accountId);
    }

    /** For undo and settings: one learner-deck. */
    void forget(long accountId, String slug) {
        slots.invalidate(new Key(accountId, slug));
    }
}
