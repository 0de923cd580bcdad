package app.flashpoint.core.fsrs;

/**
 * How much review a weekday should carry, as a share of a normal day's (Anki 24.11's easy days): the load
 * balancer treats a day's load as if it were divided by {@link #share}, so a Reduced day fills to about half
 * of its neighbours, and a Minimum day is used only when no other day in the range is allowed.
 */
public enum EasyDay {
    NORMAL(1.0), REDUCED(0.5), MINIMUM(0.0);

    private final double share;

    EasyDay(double share) {
        this.share = share;
    }

    public double share() {
        return share;
    }

    /** One letter per level, as stored: N, R, M. */
    public char code() {
        return name().charAt(0);
    }

    public static EasyDay ofCode(char code) {
        for (EasyDay d : values()) {
            if (d.code() == code) {
                return d;
            }
        }
        throw new IllegalArgumentException("no easy-day level " + code);
    }
}
