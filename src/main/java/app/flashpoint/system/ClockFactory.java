package app.flashpoint.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one place the app reads the wall clock; everything else takes a {@link Clock}. */
@Factory
class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
