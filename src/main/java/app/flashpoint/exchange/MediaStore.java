package app.flashpoint.exchange;

import app.flashpoint.core.exchange.MediaTypes;
import app.flashpoint.core.exchange.SvgCleaner;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Optional;

/** Imported media in the database (V21): one row per content, named per deck. */
@Singleton
class MediaStore {
    /** A stored file as served: its type by content, its bytes. */
    record Stored(String contentType, byte[] bytes) {
    }

    private final JdbcOperations jdbc;

    MediaStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code bytes} under {@code name} in the deck; false (nothing stored) when it is no image or sound. */
    @Transactional
    boolean attach(String slug, String name, byte[] bytes) {
        Optional<Stored> typed = typed(bytes);
        if (typed.isEmpty()) {
            return false;
        }
        String hash = sha256(typed.get().bytes());
        boolean known = jdbc.prepareStatement("SELECT 1 FROM media WHERE hash = ?", s -> {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
        if (!known) {
            jdbc.prepareStatement("INSERT INTO media (hash, content_type, size, bytes) VALUES (?, ?, ?, ?)", s -> {
                s.setString(1, hash);
                s.setString(2, typed.get().contentType());
                s.setLong(3, typed.get().bytes().length);
                s.setBytes(4, typed.get().bytes());
                return s.executeUpdate();
            });
        }
        jdbc.prepareStatement("INSERT INTO deck_media (deck_slug, name, hash) VALUES (?, ?, ?)", s -> {
            s.setString(1, slug);
            s.setString(2, name);
            s.setString(3, hash);
            return s.executeUpdate();
        });
        return true;
    }

    /** The file as stored, with its type by content; an SVG is cleaned here (again: cleaning is idempotent) so that
     * nothing uncleaned is stored, whoever calls. */
    private static Optional<Stored> typed(byte[] bytes) {
        Optional<String> type = MediaTypes.of(bytes);
        if (type.isPresent()) {
            return Optional.of(new Stored(type.get(), bytes));
        }
        return SvgCleaner.looksLikeSvg(bytes)
                ? SvgCleaner.clean(bytes).map(drawing -> new Stored(SvgCleaner.CONTENT_TYPE, drawing))
                : Optional.empty();
    }

    /** The deck's file of that name; the caller checks who may see the deck. */
    @Transactional(readOnly = true)
    Optional<Stored> find(String slug, String name) {
        return jdbc.prepareStatement("SELECT m.content_type, m.bytes FROM deck_media d JOIN media m ON m.hash = d.hash "
                + "WHERE d.deck_slug = ? AND d.name = ?", s -> {
            s.setString(1, slug);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
