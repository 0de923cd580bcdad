package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier removal ({@code dataset.rs}): among cards with one long-term review, drop the
 * rarest (first rating, first interval) groups, about 5 % per first rating, and any group with a
 * suspiciously long first interval; then drop every training item whose card started in a dropped group.
 */
final class OutlierFilter {

    record Result(List<TrainingItem> initializationSet, List<TrainingItem> trainingSet) {
    }

    private OutlierFilter() {
    }

    static Result apply(List<TrainingItem> items) {
        List<TrainingItem> candidates = new ArrayList<>();
        for (TrainingItem item : items) {
            if (item.longTermReviewCount() == 1) {
                candidates.add(item);
            }
        }
        // first grade -> first long-term interval (days, >= 1) -> items
        Map<Integer, Map<Integer, List<TrainingItem>>> groups = new TreeMap<>();
        for (TrainingItem item : candidates) {
            groups.computeIfAbsent(item.grade(0), g -> new TreeMap<>())
                    .computeIfAbsent(bucket(item), d -> new ArrayList<>())
                    .add(item);
        }
        List<Set<Integer>> removed = new ArrayList<>();
        for (int g = 0; g <= 4; g++) {
            removed.add(new HashSet<>());
        }
        List<TrainingItem> kept = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<TrainingItem>>> byGrade : groups.entrySet()) {
            int grade = byGrade.getKey();
            List<Map.Entry<Integer, List<TrainingItem>>> subGroups = new ArrayList<>(byGrade.getValue().entrySet());
            // Smallest groups first, ties by shorter interval first.
            subGroups.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size())
                    : Integer.compare(a.getKey(), b.getKey()));
            int total = subGroups.stream().mapToInt(e -> e.getValue().size()).sum();
            int alreadyRemoved = 0;
            for (Map.Entry<Integer, List<TrainingItem>> sub : subGroups) {
                int days = sub.getKey();
                int size = sub.getValue().size();
                if (alreadyRemoved + size >= Math.max(20, total / 20)) {
                    if (size < 6 || days > (grade != 4 ? 100 : 365)) {
                        removed.get(grade).add(days);
                    } else {
                        kept.addAll(sub.getValue());
                    }
                } else {
                    alreadyRemoved += size;
                    removed.get(grade).add(days);
                }
            }
        }
        List<TrainingItem> training = new ArrayList<>(items.size());
        for (TrainingItem item : items) {
            if (item.longTermReviewCount() == 0 || !removed.get(item.grade(0)).contains(bucket(item))) {
                training.add(item);
            }
        }
        return new Result(kept, training);
    }

    private static int bucket(TrainingItem item) {
        return Math.max(1, item.elapsedDays(item.firstLongTermIndex()));
    }
}
