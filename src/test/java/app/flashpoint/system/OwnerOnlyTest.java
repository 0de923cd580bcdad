package app.flashpoint.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A fresh data directory, its SQLite file (with its WAL files) and the secrets file are the owner's alone. */
class OwnerOnlyTest {
    @TempDir
    Path tmp;

    @Test
    void aFreshInstallationIsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path dataDir = tmp.resolve("data");
        Path db = dataDir.resolve("flashpoint.db");
        DatabaseUrl.prepare(db);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db + "?journal_mode=WAL"); var s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
            s.executeUpdate("INSERT INTO t VALUES (1)");
            assertThat(mode(Path.of(db + "-wal"))).isEqualTo("rw-------");
        }
        new InstallationSecrets(dataDir.toString(), "", "");
        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(mode(db)).isEqualTo("rw-------");
        assertThat(mode(dataDir.resolve("secrets.properties"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
