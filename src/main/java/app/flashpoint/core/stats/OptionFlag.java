package app.flashpoint.core.stats;

/** Why a distractor (wrong option) is not working. Keys are never flagged. */
public enum OptionFlag {
    /** Chosen by fewer than 5 % of attempts (including never chosen). */
    RARELY_CHOSEN,
    /** Chosen by a larger share of the high-scoring third than of the low-scoring third. */
    FAVOURS_HIGH_SCORERS
}
