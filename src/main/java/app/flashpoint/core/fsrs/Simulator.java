package app.flashpoint.core.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Monte Carlo simulation of a learner studying one deck with FSRS, after the method of fsrs-rs
 * {@code simulation.rs} (BSD-3; re-implemented here, not translated).
 *
 * <p>Day by day: first the cards that are due (today's and any put off from earlier days) are reviewed,
 * then new cards are learned, at most {@code learnLimitPerDay}. Before each card the day's cost is
 * checked: once it exceeds {@code maxCostPerDay}, the rest of the day's cards wait for the next day (so a
 * day can end at most one card's cost over the limit). A new card's first rating is drawn from
 * {@code firstRatingProbabilities} and sets its initial stability and difficulty; a review is recalled
 * with probability R(elapsed days, S) and then rated Hard/Good/Easy by {@code reviewRatingProbabilities},
 * or else rated Again; the memory state moves by the FSRS-6 formulas ({@link MemoryModel}). The next
 * interval is the FSRS interval for the desired retention, rounded, in [1, maxInterval], without fuzz.
 * {@code memorized[d]} is the sum of R over all learned cards on day d.
 *
 * After a learn or a lapse come fsrs-rs's same-day steps ({@link SimulationConfig.ShortTermSteps}):
 * ratings drawn from a transition matrix, each moving S by the short-term formula and costing its step cost.
 *
 * <p>Simplifications against fsrs-rs: no review limit, no review-priority ordering within a day (cards
 * put off from earlier days first, then today's in the order they were scheduled), no suspension after
 * lapses, no existing cards. Deterministic for a seed (one {@link SplittableRandom}).
 * Work and memory are O(deckSize + learnSpan) per day plus O(days each card is held) for memorized, so
 * about deckSize × learnSpan in the worst case: callers bound that product.
 */
public final class Simulator {

    private Simulator() {
    }

    public static SimulationResult simulate(SimulationConfig config, long seed) {
        MemoryModel model = new MemoryModel(config.parameters());
        SplittableRandom random = new SplittableRandom(seed);
        int span = config.learnSpan();
        int n = config.deckSize();
        double[] learnCosts = config.learnCosts();
        double[] reviewCosts = config.reviewCosts();
        double[] first = cumulative(config.firstRatingProbabilities());
        double[] recalled = cumulative(config.reviewRatingProbabilities());
        double retention = config.desiredRetention();
        int maxInterval = config.maxInterval();
        SimulationConfig.ShortTermSteps steps = config.steps();
        double[][] learnTransitions = cumulative(steps.learningTransitions());
        double[][] relearnTransitions = cumulative(steps.relearningTransitions());

        double[] stability = new double[n];
        double[] difficulty = new double[n];
        int[] lastDay = new int[n];

        double[] memorized = new double[span];
        int[] reviews = new int[span];
        int[] learned = new int[span];
        double[] cost = new double[span];

        IntList[] due = new IntList[span];
        IntList waiting = new IntList();
        int nextNew = 0;

        for (int day = 0; day < span; day++) {
            IntList today = waiting;
            if (due[day] != null) {
                today.addAll(due[day]);
                due[day] = null;
            }
            waiting = new IntList();
            for (int k = 0; k < today.size; k++) {
                int card = today.items[k];
                if (cost[day] > config.maxCostPerDay()) {
                    waiting.add(card);
                    continue;
                }
                int elapsed = day - lastDay[card];
                double s = stability[card];
                double r = model.retrievability(elapsed, s);
                addMemorized(memorized, model, lastDay[card], day, s);
                Rating rating = random.nextDouble() < r
                        ? Rating.ofGrade(2 + pick(recalled, random.nextDouble()))
                        : Rating.AGAIN;
                MemoryState next = model.next(new MemoryState(s, difficulty[card]), elapsed, rating);
                reviews[day]++;
                cost[day] += reviewCosts[rating.grade() - 1];
                if (rating == Rating.AGAIN) {
                    next = steps(model, next, Rating.AGAIN, steps.relearningSteps(), relearnTransitions,
                            steps.relearnCosts(), random, cost, day);
                }
                stability[card] = next.stability();
                difficulty[card] = next.difficulty();
                schedule(card, day, next.stability(), model, retention, maxInterval, lastDay, due, span);
            }
            while (nextNew < n && learned[day] < config.learnLimitPerDay() && cost[day] <= config.maxCostPerDay()) {
                int card = nextNew++;
                Rating rating = Rating.ofGrade(1 + pick(first, random.nextDouble()));
                learned[day]++;
                cost[day] += learnCosts[rating.grade() - 1];
                MemoryState state = steps(model, model.initial(rating), rating, steps.learningSteps(),
                        learnTransitions, learnCosts, random, cost, day);
                stability[card] = state.stability();
                difficulty[card] = state.difficulty();
                schedule(card, day, state.stability(), model, retention, maxInterval, lastDay, due, span);
            }
        }
        // Cards still held at the end (due after the span, or waiting) count until the last day.
        for (int card = 0; card < nextNew; card++) {
            addMemorized(memorized, model, lastDay[card], span, stability[card]);
        }
        return new SimulationResult(boxed(memorized), boxed(reviews), boxed(learned), boxed(cost));
    }

    /** The same-day steps after a learn or a lapse rated {@code rating}; adds their cost to the day. */
    private static MemoryState steps(MemoryModel model, MemoryState state, Rating rating, int stepCount,
                                     double[][] transitions, double[] costs, SplittableRandom random,
                                     double[] cost, int day) {
        int needed = rating.grade() > 2 ? stepCount - 1 : stepCount;
        int passed = 0;
        double s = state.stability();
        double d = state.difficulty();
        for (int step = 0; step < 5 && passed < needed && rating != Rating.EASY; step++) {
            rating = Rating.ofGrade(1 + pick(transitions[rating.grade() - 1], random.nextDouble()));
            s = MemoryModel.clamp(model.stabilityShortTerm(s, rating), MemoryModel.S_MIN, MemoryModel.S_MAX);
            d = model.nextDifficulty(d, rating);
            cost[day] += costs[rating.grade() - 1];
            if (rating.grade() > 2) {
                passed++;
            } else if (rating == Rating.AGAIN) {
                passed = 0;
            }
        }
        return new MemoryState(s, d);
    }

    private static double[][] cumulative(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = cumulative(rows[i]);
        }
        return c;
    }

    private static void schedule(int card, int day, double stability, MemoryModel model, double retention,
                                 int maxInterval, int[] lastDay, IntList[] due, int span) {
        lastDay[card] = day;
        long interval = Math.round(model.interval(stability, retention));
        int days = (int) Math.max(1, Math.min(maxInterval, interval));
        int when = day + days;
        if (when < span) {
            if (due[when] == null) {
                due[when] = new IntList();
            }
            due[when].add(card);
        }
    }

    /** Adds R on days [from, to) of a card last reviewed on day {@code from}, to the end of the span. */
    private static void addMemorized(double[] memorized, MemoryModel model, int from, int to, double stability) {
        int end = Math.min(to, memorized.length);
        for (int d = from; d < end; d++) {
            memorized[d] += model.retrievability(d - from, stability);
        }
    }

    private static double[] cumulative(double[] probabilities) {
        double[] c = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += probabilities[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    private static final class IntList {
        int[] items = new int[8];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.items[i]);
            }
        }
    }
}
