package app.flashpoint.exchange;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/** Uploaded files between their preview and the importer's "Import" (V21 pending_import), a day at most. */
@Singleton
class PendingImports {
    static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Pending(String id, long accountId, ImportFormat format, String title, String fileName, byte[] bytes) {
    }

    private final JdbcOperations jdbc;
    private final Clock clock;

    PendingImports(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String keep(long accountId, ImportFormat format, String title, String fileName, byte[] bytes) {
        long now = clock.millis();
        jdbc.prepareStatement("DELETE FROM pending_import WHERE created_at < ? OR account_id = ?", s -> {
            s.setLong(1, now - KEPT.toMillis());
            s.setLong(2, accountId); // one pending file per account: a new upload replaces the last
            return s.executeUpdate();
        });
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        jdbc.prepareStatement("INSERT INTO pending_import (id, account_id, format, title, file_name, bytes, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, id);
            s.setLong(2, accountId);
            s.setString(3, format.code());
            s.setString(4, title);
            s.setString(5, fileName);
            s.setBytes(6, bytes);
            s.setLong(7, now);
            return s.executeUpdate();
        });
        return id;
    }

    /** The account's own pending file of that id, if it is still kept. */
    @Transactional(readOnly = true)
    Optional<Pending> find(String id, long accountId) {
        return jdbc.prepareStatement("SELECT format, title, file_name, bytes FROM pending_import "
                + "WHERE id = ? AND account_id = ? AND created_at >= ?", s -> {
            s.setString(1, id);
            s.setLong(2, accountId);
            s.setLong(3, clock.millis() - KEPT.toMillis());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Pending(id, accountId, ImportFormat.of(rs.getString(1)).orElseThrow(),
                        rs.getString(2), rs.getString(3), rs.getBytes(4))) : Optional.empty();
            }
        });
    }

    /**
     * Takes the account's pending file out, in the caller's transaction: of two confirmations at once (a double
     * click, two tabs) only one gets it, and if the import then fails the rollback puts it back. (Its bytes were
     * read before, by {@link #find}: not again, a 50 MB file is enough once in a 256 MB heap.)
     */
    @Transactional
    boolean take(String id, long accountId) {
        return jdbc.prepareStatement("DELETE FROM pending_import WHERE id = ? AND account_id = ? AND created_at >= ?",
                s -> {
                    s.setString(1, id);
                    s.setLong(2, accountId);
                    s.setLong(3, clock.millis() - KEPT.toMillis());
                    return s.executeUpdate();
                }) == 1;
    }

    /** What the job that imports it shows of the account's pending file (without its bytes). */
    record Names(String title, String fileName) {
    }

    @Transactional(readOnly = true)
    Optional<Names> names(String id, long accountId) {
        return jdbc.prepareStatement("SELECT title, file_name FROM pending_import WHERE id = ? AND account_id = ? "
                + "AND created_at >= ?", s -> {
            s.setString(1, id);
            s.setLong(2, accountId);
            s.setLong(3, clock.millis() - KEPT.toMillis());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Names(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        });
    }
}
