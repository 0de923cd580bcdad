package app.flashpoint.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /health's write probe on a SQLite file of its own (the shared test database cannot be broken). As root
 * (the CI container) file modes do not stop writes, so "not writable" is shown with a read-only connection.
 */
class StorageProbeTest {
    @TempDir
    Path dir;

    private SQLiteDataSource database(Path file, boolean readOnly) throws Exception {
        var config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        var source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    @Test
    void upWhileTheFileIsThereAndTakesAWrite() throws Exception {
        Path file = dir.resolve("flashpoint.db");
        SQLiteDataSource source = database(file, false);
        try (Connection c = source.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, success INTEGER)");
            s.executeUpdate("INSERT INTO flyway_schema_history VALUES (1, 1)");
        }
        assertThat(new StorageProbe(source, Optional.of(file)).problem()).isEmpty();

        assertThat(new StorageProbe(database(file, true), Optional.of(file)).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("the database refuses a write"));

        // open connections would keep writing to the unlinked file: the path itself is checked
        try (Connection open = source.getConnection()) {
            Files.delete(file);
            assertThat(new StorageProbe(source, Optional.of(file)).problem())
                    .hasValueSatisfying(p -> assertThat(p).contains("is gone"));
        }
    }

    @Test
    void downWhenTheDataDirectoryIsGone() throws Exception {
        Path file = dir.resolve("gone/flashpoint.db");
        assertThat(new StorageProbe(database(file, false), Optional.of(file)).problem())
                .hasValueSatisfying(p -> assertThat(p).contains("is gone"));
    }
}
