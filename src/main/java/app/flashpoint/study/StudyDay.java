package app.flashpoint.study;

import app.flashpoint.account.Profiles;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The study day. "Today" starts at local midnight in the learner's time zone (their account page's choice, else
 * the server's: {@code flashpoint.time-zone} or the JVM default); daily limits and the summary count answers
 * since then. Times come from
 * the injected clock, truncated to milliseconds because the log stores milliseconds: a live review and
 * its replay from the log must see the very same instant.
 */
@Singleton
class StudyDay {
    private final Clock clock;
    private final Profiles profiles;

    StudyDay(Clock clock, Profiles profiles) {
        this.clock = clock;
        this.profiles = profiles;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Instant startOfToday(long accountId) {
        ZoneId zone = zone(accountId);
        return now().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    Instant startOfTomorrow(long accountId) {
        ZoneId zone = zone(accountId);
        return now().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    ZoneId zone(long accountId) {
        return profiles.zone(accountId);
    }
}
