package app.flashpoint.core.stats;

/** Reasons an item deserves a second look. Absent statistics ("not enough data") never raise a flag. */
public enum ItemFlag {
    /** Facility below 35 %. */
    TOO_HARD,
    /** Facility 65 % or above (outside the "about right" band 35–64 %). */
    TOO_EASY,
    /** Discrimination index below 30 (includes negative values). */
    DISCRIMINATION_NEEDS_CHECKING,
    /** Discrimination index below 0: strong scorers do worse on this item; the key may be wrong. */
    LIKELY_WRONG_KEY,
    /** Discriminative efficiency below 15 %. */
    DUBIOUS_EFFICIENCY,
    /** At least one distractor is flagged (see {@link OptionFlag}). */
    DISTRACTOR_NOT_WORKING
}
