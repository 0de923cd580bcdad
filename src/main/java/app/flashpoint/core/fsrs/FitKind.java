package app.flashpoint.core.fsrs;

/** How much of the model the optimizer could fit from the data it was given. */
public enum FitKind {
    /** Fewer than 8 training items: the default weights. */
    DEFAULTS,
    /** Fewer than 64 items (or only first long-term reviews): S0 fitted, the rest default. */
    INITIAL_STABILITY_ONLY,
    /** All 21 weights fitted. */
    FULL
}
