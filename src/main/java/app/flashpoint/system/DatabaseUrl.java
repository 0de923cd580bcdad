package app.flashpoint.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** SQLite creates its database file but not the folder: create both on first start, owner-only. */
@Singleton
class DatabaseUrl implements BeanCreatedEventListener<DatasourceConfiguration> {
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        sqliteFile(configuration.getUrl()).ifPresent(DatabaseUrl::prepare);
        return configuration;
    }

    /** The folder (0700) and an empty database file (0600: SQLite gives its -wal and -shm files the same mode). */
    static void prepare(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            OwnerOnly.directory(dir);
            OwnerOnly.file(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + " or " + file, e);
        }
    }

    static Optional<Path> sqliteFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:sqlite:") || jdbcUrl.contains(":memory:")
                || jdbcUrl.contains("mode=memory")) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return Optional.of(Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path));
    }
}
