package app.flashpoint.assignment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Assignment times as people type and read them: datetime-local values and dates in the installation's
 * zone ({@code flashpoint.time-zone}, default the JVM's), stored as epoch millis.
 */
@Singleton
class LocalTimes {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    LocalTimes(@Value("${flashpoint.time-zone:}") String zone) {
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    String show(@Nullable Long millis) {
        return millis == null ? "" : SHOWN.format(Instant.ofEpochMilli(millis).atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The value of a datetime-local input, to the minute. */
    String input(long millis) {
        return INPUT.format(Instant.ofEpochMilli(millis).atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    /** Null for a blank field. @throws DateTimeParseException when it is not a date and time */
    @Nullable
    Long parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(text.strip()).atZone(zone).toInstant().toEpochMilli();
    }

    String zoneId() {
        return zone.getId();
    }
}
