package app.flashpoint.system;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/** One clear line once the server listens: where to open it and which database it uses. */
@Singleton
class StartupBanner {
    private static final Logger LOG = LoggerFactory.getLogger("flashpoint");
    private final DatabaseDescription database;

    StartupBanner(DatabaseDescription database) {
        this.database = database;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Flashpoint ready at {} (database: {}) in {} ms", event.getSource().getURL(),
                database.location(), millis);
    }
}
