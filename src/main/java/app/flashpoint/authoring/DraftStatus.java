package app.flashpoint.authoring;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;

/** Where a draft stands in the review queue. Stored as its lower-case code (the column's CHECK lists them). */
enum DraftStatus {
    PENDING, APPROVED, REJECTED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DraftStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No draft status '" + code + "'"));
    }

    /** The column's text to the enum and back, for the row and for the repository's finder parameters. */
    @Singleton
    static final class Converter implements AttributeConverter<DraftStatus, String> {
        @Override
        public String convertToPersistedValue(DraftStatus status, ConversionContext context) {
            return status == null ? null : status.code();
        }

        @Override
        public DraftStatus convertToEntityValue(String code, ConversionContext context) {
            return code == null ? null : of(code);
        }
    }
}
