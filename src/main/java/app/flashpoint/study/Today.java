package app.flashpoint.study;

import app.flashpoint.history.ReviewLogRow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A learner's answers in one deck since local midnight. An answer to a card first answered today counts
 * toward the new-card limit (once per card); any other answer counts toward the review limit. Public only
 * because the templates call it by reflection.
 */
public record Today(int answers, int cards, int again, long millis, int newCards, int reviews) {

    static Today of(List<ReviewLogRow> rows, List<String> answeredBefore) {
        Set<String> before = new HashSet<>(answeredBefore);
        Set<String> cards = new HashSet<>();
        Set<String> introduced = new HashSet<>();
        int again = 0;
        int reviews = 0;
        long millis = 0;
        for (ReviewLogRow row : rows) {
            cards.add(row.cardId());
            if (row.rating() == 1) {
                again++;
            }
            millis += row.durationMs();
            if (before.contains(row.cardId())) {
                reviews++;
            } else {
                introduced.add(row.cardId());
            }
        }
        return new Today(rows.size(), cards.size(), again, millis, introduced.size(), reviews);
    }

    /** Share of today's answers rated Again, as a whole percentage. */
    public long againPercent() {
        return answers == 0 ? 0 : Math.round(100.0 * again / answers);
    }

    public String time() {
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
