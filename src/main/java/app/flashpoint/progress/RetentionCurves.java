package app.flashpoint.progress;

import app.flashpoint.core.fsrs.OptimalRetention;
import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.SimulationConfig;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workload-against-retention chart of /progress/fsrs: {@link OptimalRetention} run on the learner's
 * own weights, with a fixed small deck (1,000 cards learned over a year, 30 minutes a day, seeds 1 and 2),
 * about 0.25 s warm (0.6 s cold). Charts are kept per set of weights (at most 64), so a page load usually costs nothing.
 */
@Singleton
class RetentionCurves {
    static final int DECK = 1000;
    static final int SPAN = 365;
    static final double MAX_COST_PER_DAY = 1800;
    static final long[] SEEDS = {1, 2};

    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    static final int LEFT = 56;
    static final int TOP = 10;
    static final int PLOT_WIDTH = WIDTH - LEFT - 10;
    static final int PLOT_HEIGHT = HEIGHT - TOP - 34;

    private final Map<Parameters, Chart> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Parameters, Chart> eldest) {
            return size() > 64;
        }
    };

    /** One point of the curve, placed on the SVG and formatted for the table. */
    public record Point(String retention, String secondsPerCard, String reviewsPerDay, String minutesPerDay,
                        String x, String y, boolean optimum) {
    }

    public record Tick(String label, String x, String y) {
    }

    /** {@code polyline} is the SVG points attribute; ticks are axis labels. */
    public record Chart(String optimum, String optimumX, String optimumY, String polyline, List<Point> points,
                        List<Tick> xTicks, List<Tick> yTicks, int width, int height, int left, int baseline,
                        int right) {
    }

    Chart forWeights(Parameters parameters) {
        synchronized (cache) {
            Chart chart = cache.get(parameters);
            if (chart != null) {
                return chart;
            }
        }
        Chart chart = draw(OptimalRetention.find(
                SimulationConfig.of(parameters, 0.9, DECK, SPAN, MAX_COST_PER_DAY), SEEDS));
        synchronized (cache) {
            cache.put(parameters, chart);
        }
        return chart;
    }

    static Chart draw(OptimalRetention.Result result) {
        List<OptimalRetention.Point> curve = result.curve();
        double min = curve.stream().mapToDouble(OptimalRetention.Point::costPerMemorized).min().orElse(0);
        double max = curve.stream().mapToDouble(OptimalRetention.Point::costPerMemorized).max().orElse(1);
        double low = Math.floor(min * 0.9 / 10) * 10;
        double high = Math.ceil(max / 10) * 10;
        if (high <= low) {
            high = low + 10;
        }
        List<Point> points = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        String ox = "0";
        String oy = "0";
        for (OptimalRetention.Point p : curve) {
            double x = x(p.retention());
            double y = TOP + (1 - (p.costPerMemorized() - low) / (high - low)) * PLOT_HEIGHT;
            boolean optimum = p.retention() == result.retention();
            String sx = fmt("%.1f", x);
            String sy = fmt("%.1f", y);
            if (optimum) {
                ox = sx;
                oy = sy;
            }
            polyline.append(polyline.length() == 0 ? "" : " ").append(sx).append(',').append(sy);
            points.add(new Point(fmt("%.2f", p.retention()), fmt("%.0f", p.costPerMemorized()),
                    fmt("%.1f", p.reviewsPerDay()), fmt("%.1f", p.costPerDay() / 60), sx, sy, optimum));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (double r : new double[] {0.70, 0.75, 0.80, 0.85, 0.90, 0.95}) {
            xTicks.add(new Tick(fmt("%.2f", r), fmt("%.1f", x(r)), String.valueOf(TOP + PLOT_HEIGHT + 16)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            double value = low + (high - low) * i / 2;
            yTicks.add(new Tick(fmt("%.0f s", value), String.valueOf(LEFT - 6),
                    fmt("%.1f", TOP + (1 - (double) i / 2) * PLOT_HEIGHT + 4)));
        }
        return new Chart(fmt("%.2f", result.retention()), ox, oy, polyline.toString(), points, xTicks, yTicks,
                WIDTH, HEIGHT, LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH);
    }

    private static double x(double retention) {
        return LEFT + (retention - SimulationConfig.MIN_RETENTION)
                / (SimulationConfig.MAX_RETENTION - SimulationConfig.MIN_RETENTION) * PLOT_WIDTH;
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
