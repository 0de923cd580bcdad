package app.flashpoint.study;

import app.flashpoint.core.fsrs.DueLoad;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.history.CardStateRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many of a learner-deck's review cards fall due on each day of the learner's calendar: the load the balancer
 * evens out, counted from the study snapshot's rows (no query of its own) and moved along with each answer.
 * Per deck, as Anki balances per preset. Immutable: each answer makes a new one.
 */
final class DueDays implements DueLoad {
    private final ZoneId zone;
    private final Map<Long, Integer> counts;

    private DueDays(ZoneId zone, Map<Long, Integer> counts) {
        this.zone = zone;
        this.counts = counts;
    }

    static DueDays of(Collection<CardStateRow> rows, ZoneId zone) {
        var counts = new HashMap<Long, Integer>();
        for (CardStateRow row : rows) {
            if (counted(row)) {
                counts.merge(day(row, zone), 1, Integer::sum);
            }
        }
        return new DueDays(zone, counts);
    }

    /** The load after a card went from {@code before} (null: it was new) to {@code after}. */
    DueDays moved(CardStateRow before, CardStateRow after) {
        var next = new HashMap<>(counts);
        if (before != null && counted(before)) {
            next.computeIfPresent(day(before, zone), (k, n) -> n > 1 ? n - 1 : null);
        }
        if (counted(after)) {
            next.merge(day(after, zone), 1, Integer::sum);
        }
        return new DueDays(zone, next);
    }

    @Override
    public int dueOn(LocalDate day) {
        return counts.getOrDefault(day.toEpochDay(), 0);
    }

    /** Cards still being learnt come back within the day: only review cards make a day's load. */
    private static boolean counted(CardStateRow row) {
        return State.REVIEW.name().equals(row.state());
    }

    private static long day(CardStateRow row, ZoneId zone) {
        return Instant.ofEpochMilli(row.due()).atZone(zone).toLocalDate().toEpochDay();
    }
}
