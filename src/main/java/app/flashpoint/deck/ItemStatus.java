package app.flashpoint.deck;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an item stands. Learners only ever see PUBLISHED items; a retired one keeps its history. Stored as its
 * lower-case code; the row keeps that code as text because the templates compare it with string literals, which
 * OGNL refuses to do with an enum.
 */
public enum ItemStatus {
    DRAFT, PUBLISHED, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stored code is this one. */
    public boolean is(String code) {
        return code().equals(code);
    }

    public static ItemStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.is(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No an item status '" + code + "'"));
    }
}
