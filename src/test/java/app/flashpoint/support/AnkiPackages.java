package app.flashpoint.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test and benchmark packages: an exported .apkg given media files, as Anki stores them (numbered entries and a map). */
public final class AnkiPackages {
    private AnkiPackages() {
    }

    /** {@code apkg} with its {@code media} map replaced by {@code files} (name → bytes), in their order. */
    public static byte[] withMedia(byte[] apkg, Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().equals("media")) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            var map = new StringBuilder("{");
            int i = 0;
            for (var file : files.entrySet()) {
                map.append(i == 0 ? "" : ",").append('"').append(i).append("\":\"").append(file.getKey()).append('"');
                zip.putNextEntry(new ZipEntry(Integer.toString(i++)));
                zip.write(file.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("media"));
            zip.write(map.append('}').toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code apkg} with SQL run on its legacy collection ({@code collection.anki2}): tags, review log rows. */
    public static byte[] withCollectionEdit(byte[] apkg, String... statements) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("collection.anki2") ? edited(bytes, statements) : bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] edited(byte[] collection, String... statements) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("anki-edit-", ".db");
        try {
            java.nio.file.Files.write(file, collection);
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = db.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return java.nio.file.Files.readAllBytes(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
