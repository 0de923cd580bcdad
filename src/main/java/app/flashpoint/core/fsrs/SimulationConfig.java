package app.flashpoint.core.fsrs;

import java.util.Objects;

/**
 * What {@link Simulator} simulates: a deck of {@code deckSize} new cards learned at most
 * {@code learnLimitPerDay} a day over {@code learnSpan} days, reviewed when due at
 * {@code desiredRetention}, with at most {@code maxCostPerDay} seconds of study a day.
 *
 * <p>Costs are seconds: {@code learnCosts[g-1]} for learning a new card whose first rating is grade g,
 * {@code reviewCosts[g-1]} for a review rated g. {@code firstRatingProbabilities} are the chances of
 * Again/Hard/Good/Easy on a new card; {@code reviewRatingProbabilities} those of Hard/Good/Easy given
 * the card was recalled. The defaults are the ones fsrs-rs's {@code SimulatorConfig} uses (its learning
 * and review rows of {@code state_rating_costs}).
 */
public record SimulationConfig(
        Parameters parameters,
        double desiredRetention,
        int deckSize,
        int learnSpan,
        double maxCostPerDay,
        int learnLimitPerDay,
        int maxInterval,
        double[] learnCosts,
        double[] reviewCosts,
        double[] firstRatingProbabilities,
        double[] reviewRatingProbabilities,
        ShortTermSteps steps) {

    /**
     * The sub-day steps after a learn or a lapse, as fsrs-rs models them: a new card keeps being shown
     * until it has been passed (Good or Easy) {@code learningSteps} times in a row after an Again or Hard
     * first rating (one fewer after Good; none after Easy), a lapsed card {@code relearningSteps} times,
     * at most 5 steps. The rating of each step is drawn from a row of the transition matrix by the
     * previous rating (rows Again, Hard, Good; columns Again..Easy), moves S by the short-term formula and
     * D as any rating does, and costs {@code learnCosts} (learning) or {@code relearnCosts} (relearning).
     */
    public record ShortTermSteps(int learningSteps, int relearningSteps, double[][] learningTransitions,
                                 double[][] relearningTransitions, double[] relearnCosts) {

        public static final ShortTermSteps DEFAULT = new ShortTermSteps(2, 1,
                new double[][] {{0.3686, 0.0628, 0.5108, 0.0577}, {0.0442, 0.4553, 0.4457, 0.0549},
                        {0.0519, 0.047, 0.8462, 0.055}},
                new double[][] {{0.2157, 0.0643, 0.6595, 0.0604}, {0.05, 0.4638, 0.4475, 0.0387},
                        {0.1057, 0.1434, 0.7266, 0.0244}},
                new double[] {16.44, 15.25, 12.32, 8.03});

        public ShortTermSteps {
            if (learningSteps < 0 || learningSteps > 5 || relearningSteps < 0 || relearningSteps > 5) {
                throw new IllegalArgumentException("learningSteps and relearningSteps must be in [0, 5]");
            }
            learningTransitions = matrix(learningTransitions, "learningTransitions");
            relearningTransitions = matrix(relearningTransitions, "relearningTransitions");
            relearnCosts = costs(relearnCosts, "relearnCosts");
        }

        private static double[][] matrix(double[][] rows, String name) {
            Objects.requireNonNull(rows, name);
            if (rows.length != 3) {
                throw new IllegalArgumentException(name + " must have 3 rows (after Again, Hard, Good)");
            }
            double[][] copy = new double[3][];
            for (int i = 0; i < 3; i++) {
                copy[i] = probabilities(rows[i], 4, name + "[" + i + "]");
            }
            return copy;
        }
    }

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final int MAX_DECK_SIZE = 100_000;
    public static final int MAX_LEARN_SPAN = 3650;

    public static final double[] DEFAULT_LEARN_COSTS = {19.58, 18.79, 13.78, 10.71};
    public static final double[] DEFAULT_REVIEW_COSTS = {19.38, 17.59, 12.38, 8.94};
    public static final double[] DEFAULT_FIRST_RATING_PROBABILITIES = {0.24, 0.094, 0.495, 0.171};
    public static final double[] DEFAULT_REVIEW_RATING_PROBABILITIES = {0.224, 0.631, 0.145};

    public SimulationConfig {
        Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desiredRetention must be in [0.70, 0.97], got " + desiredRetention);
        }
        if (deckSize < 1 || deckSize > MAX_DECK_SIZE) {
            throw new IllegalArgumentException("deckSize must be in [1, 100000], got " + deckSize);
        }
        if (learnSpan < 1 || learnSpan > MAX_LEARN_SPAN) {
            throw new IllegalArgumentException("learnSpan must be in [1, 3650], got " + learnSpan);
        }
        if (!(maxCostPerDay > 0) || !Double.isFinite(maxCostPerDay)) {
            throw new IllegalArgumentException("maxCostPerDay must be a positive number of seconds, got " + maxCostPerDay);
        }
        if (learnLimitPerDay < 1) {
            throw new IllegalArgumentException("learnLimitPerDay must be at least 1, got " + learnLimitPerDay);
        }
        if (maxInterval < 1 || maxInterval > 36500) {
            throw new IllegalArgumentException("maxInterval must be in [1, 36500], got " + maxInterval);
        }
        learnCosts = costs(learnCosts, "learnCosts");
        reviewCosts = costs(reviewCosts, "reviewCosts");
        firstRatingProbabilities = probabilities(firstRatingProbabilities, 4, "firstRatingProbabilities");
        reviewRatingProbabilities = probabilities(reviewRatingProbabilities, 3, "reviewRatingProbabilities");
        Objects.requireNonNull(steps, "steps");
    }

    /** fsrs-rs's defaults for everything but the weights, retention and sizes; learns ceil(deckSize / learnSpan) a day. */
    public static SimulationConfig of(Parameters parameters, double desiredRetention, int deckSize, int learnSpan,
                                      double maxCostPerDay) {
        int limit = deckSize >= 1 && learnSpan >= 1 ? (deckSize + learnSpan - 1) / learnSpan : 1;
        return new SimulationConfig(parameters, desiredRetention, deckSize, learnSpan, maxCostPerDay, limit, 36500,
                DEFAULT_LEARN_COSTS, DEFAULT_REVIEW_COSTS, DEFAULT_FIRST_RATING_PROBABILITIES,
                DEFAULT_REVIEW_RATING_PROBABILITIES, ShortTermSteps.DEFAULT);
    }

    public SimulationConfig withDesiredRetention(double retention) {
        return new SimulationConfig(parameters, retention, deckSize, learnSpan, maxCostPerDay, learnLimitPerDay,
                maxInterval, learnCosts, reviewCosts, firstRatingProbabilities, reviewRatingProbabilities, steps);
    }

    public SimulationConfig withLearnLimitPerDay(int limit) {
        return new SimulationConfig(parameters, desiredRetention, deckSize, learnSpan, maxCostPerDay, limit,
                maxInterval, learnCosts, reviewCosts, firstRatingProbabilities, reviewRatingProbabilities, steps);
    }

    public SimulationConfig withMaxInterval(int days) {
        return new SimulationConfig(parameters, desiredRetention, deckSize, learnSpan, maxCostPerDay, learnLimitPerDay,
                days, learnCosts, reviewCosts, firstRatingProbabilities, reviewRatingProbabilities, steps);
    }

    @Override
    public double[] learnCosts() {
        return learnCosts.clone();
    }

    @Override
    public double[] reviewCosts() {
        return reviewCosts.clone();
    }

    @Override
    public double[] firstRatingProbabilities() {
        return firstRatingProbabilities.clone();
    }

    @Override
    public double[] reviewRatingProbabilities() {
        return reviewRatingProbabilities.clone();
    }

    public SimulationConfig withSteps(ShortTermSteps newSteps) {
        return new SimulationConfig(parameters, desiredRetention, deckSize, learnSpan, maxCostPerDay, learnLimitPerDay,
                maxInterval, learnCosts, reviewCosts, firstRatingProbabilities, reviewRatingProbabilities, newSteps);
    }

    private static double[] costs(double[] values, String name) {
        Objects.requireNonNull(values, name);
        if (values.length != 4) {
            throw new IllegalArgumentException(name + " must have 4 values (Again, Hard, Good, Easy), got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException(name + " must be non-negative seconds, got " + v);
            }
        }
        return values.clone();
    }

    private static double[] probabilities(double[] values, int count, String name) {
        Objects.requireNonNull(values, name);
        if (values.length != count) {
            throw new IllegalArgumentException(name + " must have " + count + " values, got " + values.length);
        }
        double sum = 0;
        for (double v : values) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException(name + " must be non-negative, got " + v);
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-3) {
            throw new IllegalArgumentException(name + " must sum to 1, got " + sum);
        }
        return values.clone();
    }
}
