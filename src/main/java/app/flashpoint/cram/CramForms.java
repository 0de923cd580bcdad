package app.flashpoint.cram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** The cram forms as posted: component names are the field names, checkbox groups are lists. */
final class CramForms {
    private CramForms() {
    }

    /** The new-session form: key points and whole families (both empty: the whole deck). */
    @Serdeable
    record Start(@Nullable String csrfToken, @Nullable List<String> keyPoint, @Nullable List<String> family) {
    }

    /**
     * One answer. A bad rating or token is a hand-made or broken form: answered 400 with the constraint's
     * message, as before. {@code shown} (epoch millis) may be missing or garbled: the answer then counts
     * without its time.
     */
    @Serdeable
    record Answer(@Nullable String csrfToken, @Nullable String card,
                  @NotNull(message = RATING) @Pattern(regexp = "\\s*[13]\\s*", message = RATING) @Nullable String rating,
                  @NotNull(message = TOKEN) @Pattern(regexp = "\\s*" + CramPages.TOKEN_PATTERN + "\\s*", message = TOKEN)
                  @Nullable String token,
                  @Nullable String shown) {
        static final String RATING = "rating must be 1 (Again) or 3 (Good)";
        static final String TOKEN = "this answer form is incomplete; reload the page";
    }

    /** A form whose only field is the CSRF token. */
    @Serdeable
    record Token(@Nullable String csrfToken) {
    }

    static String stripped(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
