package app.flashpoint.core.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Scheduler} needs besides the card: weights, target retention, the
 * sub-day learning steps, the interval cap and whether to fuzz.
 */
public record SchedulerSettings(
        Parameters parameters,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval,
        boolean enableFuzz) {

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;

    public SchedulerSettings {
        Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException(
                    "desiredRetention must be in [0.70, 0.99], got " + desiredRetention);
        }
        learningSteps = positiveSteps(learningSteps, "learningSteps");
        relearningSteps = positiveSteps(relearningSteps, "relearningSteps");
        if (maximumInterval < 1 || maximumInterval > 36500) {
            throw new IllegalArgumentException("maximumInterval must be in [1, 36500], got " + maximumInterval);
        }
    }

    /** Defaults as in py-fsrs and Anki: retention 0.9, steps 1m/10m, relearning 10m, fuzz on. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(
                Parameters.defaults(),
                0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                36500,
                true);
    }

    public SchedulerSettings withParameters(Parameters newParameters) {
        return new SchedulerSettings(newParameters, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, enableFuzz);
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(parameters, retention, learningSteps, relearningSteps,
                maximumInterval, enableFuzz);
    }

    public SchedulerSettings withLearningSteps(List<Duration> steps) {
        return new SchedulerSettings(parameters, desiredRetention, steps, relearningSteps,
                maximumInterval, enableFuzz);
    }

    public SchedulerSettings withRelearningSteps(List<Duration> steps) {
        return new SchedulerSettings(parameters, desiredRetention, learningSteps, steps,
                maximumInterval, enableFuzz);
    }

    public SchedulerSettings withMaximumInterval(int days) {
        return new SchedulerSettings(parameters, desiredRetention, learningSteps, relearningSteps,
                days, enableFuzz);
    }

    public SchedulerSettings withFuzz(boolean fuzz) {
        return new SchedulerSettings(parameters, desiredRetention, learningSteps, relearningSteps,
                maximumInterval, fuzz);
    }

    private static List<Duration> positiveSteps(List<Duration> steps, String name) {
        Objects.requireNonNull(steps, name);
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException(name + " must be positive durations, got " + steps);
            }
        }
        return List.copyOf(steps);
    }
}
