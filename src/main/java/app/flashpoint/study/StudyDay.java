package app.flashpoint.study;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The study day. "Today" starts at local midnight in the server's time zone (the JVM default, or
 * {@code flashpoint.time-zone}); daily limits and the summary count answers since then. Times come from
 * the injected clock, truncated to milliseconds because the log stores milliseconds: a live review and
 * its replay from the log must see the very same instant.
 */
@Singleton
class StudyDay {
    private final Clock clock;
    private final ZoneId zone;

    StudyDay(Clock clock, @Value("${flashpoint.time-zone:}") String zone) {
        this.clock = clock;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Instant startOfToday() {
        return now().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    Instant startOfTomorrow() {
        return now().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    ZoneId zone() {
        return zone;
    }
}
