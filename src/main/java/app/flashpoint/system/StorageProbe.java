package app.flashpoint.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether the database can still take a write, for /health. A "SELECT 1" passes long after the SQLite file
 * was deleted (open connections keep the unlinked file) or the disk filled up, so this checks the file is
 * still at its path and writable, writes a small file beside it, and makes a real write that it rolls back.
 */
@Singleton
class StorageProbe {
    /** A little more than one SQLite page write and its WAL frame: below this the next answer may not fit. */
    static final int PROBE_BYTES = 16 * 1024;

    private final DataSource dataSource;
    private final Optional<Path> sqliteFile;

    @Inject
    StorageProbe(DataSource dataSource, DatasourceConfiguration configuration) {
        this(DelegatingDataSource.unwrapDataSource(dataSource), DatabaseUrl.sqliteFile(configuration.getUrl()));
    }

    StorageProbe(DataSource dataSource, Optional<Path> sqliteFile) {
        this.dataSource = dataSource;
        this.sqliteFile = sqliteFile;
    }

    /** What is wrong, or empty when a write would succeed. */
    Optional<String> problem() {
        if (sqliteFile.isPresent()) {
            Path file = sqliteFile.get().toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                return Optional.of("the database file " + file + " is gone");
            }
            if (!Files.isWritable(file)) {
                return Optional.of("the database file " + file + " is not writable");
            }
            try {
                Path probe = Files.createTempFile(file.getParent(), ".health", ".tmp");
                try {
                    Files.write(probe, new byte[PROBE_BYTES]);
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException e) {
                return Optional.of("cannot write beside the database (disk full or read-only?): " + e.getMessage());
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                // Flyway's own table exists on both databases; the write takes the write lock and is undone
                statement.executeUpdate("UPDATE flyway_schema_history SET success = success WHERE installed_rank = 1");
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the database refuses a write: " + e.getMessage());
        }
    }
}
