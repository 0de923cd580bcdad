package app.flashpoint.gradebook;

import java.util.Locale;

/** Numbers as pages and exports show them: a dot for decimals whatever the server's locale. */
final class Figures {
    static final String NONE = "—";

    private Figures() {
    }

    /** A fraction 0..1 as a percentage with one decimal ("72.5%"), or a dash. */
    static String percent(Double fraction) {
        return fraction == null ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** A figure already in percent, or on its own scale, with one decimal, or a dash. */
    static String decimal(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    /** For CSV cells: two decimals, empty when there is no value. */
    static String csv(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
