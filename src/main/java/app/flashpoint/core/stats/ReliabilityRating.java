package app.flashpoint.core.stats;

/** Verdict on Cronbach's alpha (percent): above 75 satisfactory, below 64 unsatisfactory. */
public enum ReliabilityRating {
    SATISFACTORY,
    ACCEPTABLE,
    UNSATISFACTORY;

    /** Rating for an alpha in percent, or {@code null} when alpha is unknown. */
    public static ReliabilityRating of(Double alpha) {
        if (alpha == null) {
            return null;
        }
        if (alpha > 75) {
            return SATISFACTORY;
        }
        return alpha < 64 ? UNSATISFACTORY : ACCEPTABLE;
    }
}
