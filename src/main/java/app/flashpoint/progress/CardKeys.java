package app.flashpoint.progress;

import app.flashpoint.core.generate.text.Seeds;

/**
 * The optimizer groups reviews by a numeric card id; review_log keys cards by text ("item#ordinal").
 * FNV-1a 64-bit keeps distinct cards apart (a collision among a learner's few thousand cards has
 * probability around 1e-12) and is stable across runs and instances.
 */
final class CardKeys {
    private CardKeys() {
    }

    static long of(String cardId) {
        return Seeds.of("card", cardId);
    }
}
