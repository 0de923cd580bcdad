package app.flashpoint.core.stats;

import java.util.Set;

/**
 * How one option of a multiple-choice item was used.
 *
 * @param option    the option label
 * @param key       true if the option is (one of) the correct answer(s)
 * @param count     attempts that chose it
 * @param share     count / attempts, in [0, 1]; {@code null} when there are no attempts
 * @param highShare share of the high-scoring third that chose it; {@code null} when the thirds are empty (s &lt; 3)
 * @param lowShare  share of the low-scoring third that chose it; {@code null} when the thirds are empty
 * @param flags     distractor flags (always empty for keys and when s ≤ 1)
 */
public record OptionStatistics(
        String option, boolean key, int count, Double share, Double highShare, Double lowShare, Set<OptionFlag> flags) {
    public OptionStatistics {
        flags = Set.copyOf(flags);
    }
}
