package app.flashpoint.study;

import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.progress.WeightsChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What {@link Study#plan} reads for one learner and deck (settings, the scheduler built from them and the
 * learner's weights, card states, today's answers), kept between requests so a review does not re-read them
 * all: a recorded answer is applied to the copy once its transaction has committed; undo, a settings change
 * and a new fit or revert of the weights ({@link WeightsChanged}) drop it; a new day reloads it.
 * <p>
 * Only for one instance per database: another instance's writes would not reach this copy. So it is on by
 * default with SQLite (one process owns the file) and off with PostgreSQL, where several stateless
 * instances may serve the same learner ({@code flashpoint.study.cache} overrides). Code that writes these
 * tables behind the study package's back (tests seeding rows) calls {@link #forget}.
 */
@Singleton
public class StudyCache {
    /** A bound on memory: past this many learner-decks the copies are dropped and rebuilt on demand. */
    static final int MAX_ENTRIES = 20_000;

    private record Key(long accountId, String slug) {
    }

    /** Everything is read-only once built; an answer makes a new snapshot. */
    record Snapshot(long dayStart, StudySettingsRow settings, Scheduler scheduler, Map<String, CardStateRow> states,
                    List<ReviewLogRow> today, List<String> answeredBefore) {

        Snapshot with(CardStateRow state, ReviewLogRow log) {
            var nextStates = new HashMap<>(states);
            nextStates.put(state.cardId(), state);
            var nextToday = today;
            if (log.reviewedAt() >= dayStart && today.stream().noneMatch(r -> r.answerToken().equals(log.answerToken()))) {
                nextToday = new ArrayList<>(today);
                nextToday.add(log);
            }
            return new Snapshot(dayStart, settings, scheduler, Map.copyOf(nextStates), List.copyOf(nextToday), answeredBefore);
        }
    }

    /** Each learner-deck's lock and current snapshot; loads and updates of one learner-deck take turns. */
    private static final class Slot {
        private Snapshot snapshot;
    }

    private final boolean enabled;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    StudyCache(@Value("${flashpoint.study.cache:auto}") String configured,
               @Value("${flashpoint.db.dialect:sqlite}") String dialect) {
        this.enabled = configured.equals("auto") ? dialect.equals("sqlite") : Boolean.parseBoolean(configured);
    }

    boolean enabled() {
        return enabled;
    }

    /** The learner-deck's snapshot for the day starting at {@code dayStart}, loaded when missing or from another day. */
    Snapshot get(long accountId, String slug, long dayStart, Supplier<Snapshot> load) {
        if (!enabled) {
            return load.get();
        }
        if (slots.size() > MAX_ENTRIES) {
            slots.clear();
        }
        Slot slot = slots.computeIfAbsent(new Key(accountId, slug), k -> new Slot());
        synchronized (slot) {
            if (slot.snapshot == null || slot.snapshot.dayStart() != dayStart) {
                slot.snapshot = load.get();
            }
            return slot.snapshot;
        }
    }

    /**
     * Applies a committed answer. Idempotent, so a snapshot loaded after the commit (which already holds the
     * answer) stays right.
     */
    void recorded(CardStateRow state, ReviewLogRow log) {
        if (!enabled) {
            return;
        }
        Slot slot = slots.get(new Key(state.accountId(), state.deckSlug()));
        if (slot != null) {
            synchronized (slot) {
                if (slot.snapshot != null) {
                    slot.snapshot = slot.snapshot.with(state, log);
                }
            }
        }
    }

    /** Drops the learner's copies (call after the change has committed). */
    public void forget(long accountId) {
        slots.entrySet().removeIf(e -> e.getKey().accountId() == accountId);
    }

    /** A fit or revert changed the weights the snapshots' schedulers were built from. */
    @EventListener
    void weightsChanged(WeightsChanged changed) {
        forget(changed.accountId());
    }

    /** For undo and settings: one learner-deck. */
    void forget(long accountId, String slug) {
        slots.remove(new Key(accountId, slug));
    }
}
