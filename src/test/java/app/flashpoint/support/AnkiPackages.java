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
}
