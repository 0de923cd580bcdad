package app.flashpoint.core.stats;

import java.util.List;
import java.util.Set;

/**
 * Statistics of one item. A {@code null} statistic means "not enough data" (s ≤ 1 or a needed variance is zero).
 *
 * @param itemId                   the item
 * @param maxMark                  the item's maximum mark m_i
 * @param facility                 mean(x_i)/m_i as a fraction in [0, 1]
 * @param discriminationIndex      corrected item–total correlation, in percent (−100..100)
 * @param discriminativeEfficiency Cov(x_i, X_-i) / Cov_max, in percent
 * @param flags                    problems found
 * @param options                  option usage, in declaration / first-seen order (empty if no options)
 */
public record ItemStatistics(
        String itemId,
        double maxMark,
        Double facility,
        Double discriminationIndex,
        Double discriminativeEfficiency,
        Set<ItemFlag> flags,
        List<OptionStatistics> options) {
    public ItemStatistics {
        flags = Set.copyOf(flags);
        options = List.copyOf(options);
    }
}
