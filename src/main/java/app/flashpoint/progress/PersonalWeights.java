package app.flashpoint.progress;

import app.flashpoint.core.fsrs.Parameters;
import jakarta.inject.Singleton;

/**
 * The FSRS weights a learner's schedule should use: their last fit from /progress/fsrs, or the FSRS-6
 * defaults when they never fitted or reverted. The study scheduler reads this; nothing here writes.
 */
@Singleton
public class PersonalWeights {
    private final FittedWeightsRepository fitted;

    PersonalWeights(FittedWeightsRepository fitted) {
        this.fitted = fitted;
    }

    public Parameters forAccount(long accountId) {
        return fitted.findByAccountId(accountId).map(FittedWeightsRow::parameters).orElse(Parameters.defaults());
    }

    /** Whether {@link #forAccount} gives fitted weights rather than the defaults. */
    public boolean isPersonal(long accountId) {
        return fitted.findByAccountId(accountId).isPresent();
    }
}
