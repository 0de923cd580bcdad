package app.flashpoint.core.fsrs;

/**
 * The FSRS-6 memory model as plain functions of the weights. Mirrors fsrs-rs {@code model.rs}
 * step for step (including which quantities are clamped and where), in double precision.
 */
final class MemoryModel {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    static final double D_MIN = 1;
    static final double D_MAX = 10;

    private final double[] w;
    private final double decay;
    private final double factor;

    MemoryModel(Parameters parameters) {
        this(parameters.toArray());
    }

    MemoryModel(double[] weights) {
        this.w = weights;
        this.decay = -weights[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** R(t, S): probability of recall t days after a review that left stability S. */
    double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Days until retrievability falls to {@code retention}; equals S at 0.9. */
    double interval(double stability, double retention) {
        return stability / factor * (Math.pow(retention, 1 / decay) - 1);
    }

    double initialStability(Rating rating) {
        return clamp(w[rating.grade() - 1], S_MIN, S_MAX);
    }

    /** Unclamped on purpose: mean reversion targets the raw D0(Easy). */
    double rawInitialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    double initialDifficulty(Rating rating) {
        return clamp(rawInitialDifficulty(rating.grade()), D_MIN, D_MAX);
    }

    MemoryState initial(Rating rating) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = w[7] * rawInitialDifficulty(4) + (1 - w[7]) * damped;
        return clamp(reverted, D_MIN, D_MAX);
    }

    double stabilityAfterRecall(double s, double d, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9])
                * (Math.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
    }

    double stabilityAfterLapse(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1)
                * Math.exp((1 - r) * w[14]);
        double ceiling = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, ceiling);
    }

    /**
     * Same-day review. fsrs-rs floors the increase at 1 for every passing grade (Hard included);
     * py-fsrs only for Good/Easy. We follow fsrs-rs.
     */
    double stabilityShortTerm(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        return s * (rating.isRecall() ? Math.max(increase, 1) : increase);
    }

    /** One review of a card that already has a memory state, {@code elapsedDays} whole days after the last. */
    MemoryState next(MemoryState state, double elapsedDays, Rating rating) {
        double s = clamp(state.stability(), S_MIN, S_MAX);
        double d = clamp(state.difficulty(), D_MIN, D_MAX);
        double newS;
        if (elapsedDays == 0) {
            newS = stabilityShortTerm(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            newS = rating == Rating.AGAIN ? stabilityAfterLapse(s, d, r) : stabilityAfterRecall(s, d, r, rating);
        }
        return new MemoryState(clamp(newS, S_MIN, S_MAX), nextDifficulty(d, rating));
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }
}
