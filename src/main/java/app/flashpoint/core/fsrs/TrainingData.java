package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a review log into per-card histories and time-ordered training items. */
final class TrainingData {

    private TrainingData() {
    }

    static List<CardHistory> histories(List<ReviewRecord> log) {
        Map<Long, List<ReviewRecord>> byCard = new LinkedHashMap<>();
        for (ReviewRecord record : log) {
            byCard.computeIfAbsent(record.cardId(), id -> new ArrayList<>()).add(record);
        }
        List<CardHistory> histories = new ArrayList<>(byCard.size());
        for (Map.Entry<Long, List<ReviewRecord>> entry : byCard.entrySet()) {
            List<ReviewRecord> reviews = entry.getValue();
            reviews.sort(Comparator.comparing(ReviewRecord::time));
            int n = reviews.size();
            int[] grades = new int[n];
            int[] days = new int[n];
            long[] seconds = new long[n];
            for (int i = 0; i < n; i++) {
                grades[i] = reviews.get(i).rating().grade();
                seconds[i] = reviews.get(i).time().getEpochSecond();
                days[i] = i == 0 ? 0 : (int) Scheduler.elapsedDays(reviews.get(i - 1).time(), reviews.get(i).time());
            }
            histories.add(new CardHistory(entry.getKey(), grades, days, seconds));
        }
        return histories;
    }

    /**
     * Every review after a card's first that came at least a day after the previous one, ordered
     * by when it happened (fsrs-rs's recency weighting and time-series split rely on that order).
     */
    static List<TrainingItem> items(List<CardHistory> histories) {
        List<TrainingItem> items = new ArrayList<>();
        for (CardHistory card : histories) {
            for (int i = 1; i < card.size(); i++) {
                if (card.elapsedDays()[i] > 0) {
                    items.add(new TrainingItem(card, i));
                }
            }
        }
        items.sort(Comparator.comparingLong(TrainingItem::time));
        return items;
    }

}
