package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;

import java.util.List;

/**
 * What one Moodle question became: content with its explanation and what was lost on the way (partial credit,
 * a tolerance), or a reason it could not become an item at all.
 */
record Mapped(ItemContent content, String explanation, List<String> losses, String skipped) {
    Mapped {
        losses = losses == null ? List.of() : List.copyOf(losses);
    }

    static Mapped made(ItemContent content, String explanation, List<String> losses) {
        return new Mapped(content, explanation, losses, null);
    }

    static Mapped skip(String why) {
        return new Mapped(null, "", List.of(), why);
    }

    boolean isSkipped() {
        return skipped != null;
    }
}
