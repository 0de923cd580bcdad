package app.flashpoint.deck;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a key point stands. A key point the bank no longer names is RETIRED, not deleted: its items' history
 * stays. Stored as its lower-case code; the row keeps that code as text because the templates compare it with
 * string literals, which OGNL refuses to do with an enum.
 */
public enum KeyPointStatus {
    ACTIVE, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stored code is this one. */
    public boolean is(String code) {
        return code().equals(code);
    }

    public static KeyPointStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.is(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No a key point status '" + code + "'"));
    }
}
