package app.flashpoint.progress;

/**
 * Published once a learner's fitted weights were saved or removed (fit, revert), after the write: whoever
 * keeps a scheduler built from {@link PersonalWeights} drops it.
 */
public record WeightsChanged(long accountId) {
}
