package app.flashpoint.core.generate.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Moodle's "longest ordered subset" rule (qtype_ordering, GRADING_LONGEST_ORDERED_SUBSET): the score is the
 * size of the longest set of items already in the right order relative to each other, not necessarily next to
 * each other, over the number of items; a "subset" of one item proves nothing and scores 0. So moving one item
 * to a wrong place costs one item, where counting items in their exact slot would cost all that shifted.
 * A response that is not a permutation of the items (one missing, doubled or unknown) is wrong with 0.
 * The whole order is {@link Mark#CORRECT}; half or more {@link Mark#CLOSE}; less {@link Mark#WRONG}.
 */
final class OrderingMarker {
    private OrderingMarker() {
    }

    static Grade grade(List<String> sequence, List<String> given) {
        int n = sequence.size();
        int[] positions = positions(sequence, given);
        if (positions == null) {
            return new Grade(Mark.WRONG, 0, "Place each item exactly once.");
        }
        int ordered = longestIncreasing(positions);
        if (ordered == n) {
            return new Grade(Mark.CORRECT, 1, "");
        }
        double score = ordered < 2 ? 0 : (double) ordered / n;
        String feedback = (ordered < 2 ? 0 : ordered) + " of " + n + " items in the right order.";
        return new Grade(score >= 0.5 ? Mark.CLOSE : Mark.WRONG, score, feedback);
    }

    /** Each given item's place in the right order, or null unless {@code given} is a permutation of it. */
    private static int[] positions(List<String> sequence, List<String> given) {
        if (given.size() != sequence.size()) {
            return null;
        }
        var free = new HashMap<String, List<Integer>>();
        for (int i = 0; i < sequence.size(); i++) {
            free.computeIfAbsent(sequence.get(i), s -> new ArrayList<>()).add(i);
        }
        int[] positions = new int[given.size()];
        for (int i = 0; i < given.size(); i++) {
            List<Integer> left = free.get(given.get(i));
            if (left == null || left.isEmpty()) {
                return null;
            }
            positions[i] = left.remove(0);
        }
        return positions;
    }

    /** Patience sorting, O(n log n). */
    static int longestIncreasing(int[] values) {
        int[] tails = new int[values.length];
        int size = 0;
        for (int v : values) {
            int at = Arrays.binarySearch(tails, 0, size, v);
            if (at < 0) {
                at = -at - 1;
            }
            tails[at] = v;
            if (at == size) {
                size++;
            }
        }
        return size;
    }
}
