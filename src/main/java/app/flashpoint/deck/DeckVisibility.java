package app.flashpoint.deck;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who may study a deck: PRIVATE (its authors, admins and the classes on it; a browser deck's default) or PUBLIC
 * (anyone; every bank deck). Stored as its lower-case code: raw SQL elsewhere reads {@code visibility = 'public'}.
 */
public enum DeckVisibility {
    PRIVATE, PUBLIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeckVisibility of(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No deck visibility '" + code + "'"));
    }

    /** The column's text to the enum and back. */
    @Singleton
    static final class Converter implements AttributeConverter<DeckVisibility, String> {
        @Override
        public String convertToPersistedValue(DeckVisibility visibility, ConversionContext context) {
            return visibility == null ? null : visibility.code();
        }

        @Override
        public DeckVisibility convertToEntityValue(String code, ConversionContext context) {
            return code == null ? null : of(code);
        }
    }
}
