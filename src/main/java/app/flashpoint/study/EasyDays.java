package app.flashpoint.study;

import app.flashpoint.core.fsrs.EasyDay;
import app.flashpoint.history.StudyStampRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A learner's load balancer switch and easy days, for all their decks. Read when a study snapshot is built
 * (not per answer); a change raises every deck's study version, as new weights do, so each instance reloads.
 */
@Singleton
class EasyDays {
    /** {@code levels}: Monday to Sunday. */
    record Choice(boolean balance, List<EasyDay> levels) {
        static final Choice DEFAULT = new Choice(true, Collections.nCopies(7, EasyDay.NORMAL));

        Choice {
            levels = List.copyOf(levels);
            if (levels.size() != 7) {
                throw new IllegalArgumentException("seven levels, Monday to Sunday");
            }
        }

        EasyDay level(DayOfWeek day) {
            return levels.get(day.getValue() - 1);
        }

        String code() {
            var b = new StringBuilder(7);
            levels.forEach(l -> b.append(l.code()));
            return b.toString();
        }

        static Choice of(boolean balance, String code) {
            var levels = new ArrayList<EasyDay>(7);
            for (int i = 0; i < 7; i++) {
                levels.add(i < code.length() ? EasyDay.ofCode(code.charAt(i)) : EasyDay.NORMAL);
            }
            return new Choice(balance, levels);
        }
    }

    private final LoadBalanceRepository rows;
    private final StudyStampRepository stamps;
    private final boolean versioned;

    EasyDays(LoadBalanceRepository rows, StudyStampRepository stamps, StudyCache cache) {
        this.rows = rows;
        this.stamps = stamps;
        this.versioned = cache.versioned();
    }

    Choice of(long accountId) {
        return rows.find(accountId).map(r -> Choice.of(r.balance(), r.easyDays())).orElse(Choice.DEFAULT);
    }

    /** Stores the choice; the caller drops this instance's snapshots once it has committed. */
    @Transactional
    void save(long accountId, Choice choice) {
        rows.save(accountId, choice.balance(), choice.code());
        if (versioned) {
            stamps.raiseAll(accountId);
        }
    }
}
