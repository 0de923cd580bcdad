package app.flashpoint.core.fsrs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Picks a review's day within its fuzz range, weighting each day inversely by the square of the reviews already
 * due on it (as Anki 24.11's load balancer is described), so the days even out, while the pick stays random
 * (from the same seeded draw fuzz uses), so cards answered together still spread. A day's load counts
 * {@code load / share} for its weekday's {@link EasyDay} share: a Reduced day (½) weighs as if twice as full, and
 * settles at about half of a Normal day's load; a Minimum day (0) gets no weight unless every day in the range is
 * Minimum, when the levels are ignored. Pure: the same range, time, loads and draw give the same day.
 */
final class LoadBalancer {
    private static final long SECONDS_PER_DAY = 86_400;

    private LoadBalancer() {
    }

    /** A day in [{@code lower}, {@code upper}] after {@code now}, for a draw {@code u} in [0, 1). */
    static int pick(int lower, int upper, Instant now, LoadBalance balance, double u) {
        int n = upper - lower + 1;
        double[] weights = new double[n];
        double total = 0;
        int[] loads = new int[n];
        for (int i = 0; i < n; i++) {
            LocalDate day = now.plusSeconds((lower + i) * SECONDS_PER_DAY).atZone(balance.zone()).toLocalDate();
            loads[i] = Math.max(balance.load().dueOn(day), 0);
            double share = balance.level(day.getDayOfWeek()).share();
            weights[i] = share == 0 ? 0 : weight(loads[i] / share);
            total += weights[i];
        }
        if (total == 0) { // every day Minimum: balance on the loads alone
            for (int i = 0; i < n; i++) {
                weights[i] = weight(loads[i]);
                total += weights[i];
            }
        }
        double target = u * total;
        for (int i = 0; i < n; i++) {
            target -= weights[i];
            if (target < 0 && weights[i] > 0) {
                return lower + i;
            }
        }
        for (int i = n - 1; i >= 0; i--) { // rounding left the draw past the end: the last day with weight
            if (weights[i] > 0) {
                return lower + i;
            }
        }
        return upper;
    }

    private static double weight(double load) {
        double w = 1 / (1 + load);
        return w * w;
    }
}
