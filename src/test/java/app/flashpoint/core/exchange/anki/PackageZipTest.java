package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.exchange.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageZipTest {
    private static final ApkgLimits SMALL = new ApkgLimits(10, 1 << 20, 1 << 20, 10);

    @TempDir
    Path dir;

    private Path zipOfZeros(int size) throws Exception {
        Path file = dir.resolve("bomb.apkg");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            zip.write(new byte[size]);
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void anEntryDeclaringMoreThanTheLimitIsRefusedAtOpen() throws Exception {
        Path file = zipOfZeros(8 << 20);

        assertThatThrownBy(() -> PackageZip.open(file, SMALL))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("too large");
    }

    @Test
    void anEntryLyingAboutItsSizeIsStoppedWhileInflating() throws Exception {
        Path file = zipOfZeros(8 << 20);
        // Rewrite the central directory's uncompressed size (offset 24 of each header) to 100 bytes.
        byte[] bytes = Files.readAllBytes(file);
        var buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (buf.getInt(i) == 0x02014b50) {
                buf.putInt(i + 24, 100);
            }
        }
        Files.write(file, bytes);

        try (PackageZip zip = PackageZip.open(file, SMALL)) {
            assertThatThrownBy(() -> zip.copy("collection.anki2", PackageZip.Decoder.NONE, dir.resolve("out")))
                    .isInstanceOf(ImportException.class)
                    .hasMessageMatching("(too large|not an Anki package).*");
            assertThat(Files.size(dir.resolve("out"))).isLessThanOrEqualTo(SMALL.maxInflatedBytes());
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path file = dir.resolve("many.apkg");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 11; i++) {
                zip.putNextEntry(new ZipEntry(Integer.toString(i)));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> PackageZip.open(file, SMALL)).hasMessageContaining("11 entries");
    }

    @Test
    void garbageIsNotAPackage() throws Exception {
        Path file = Files.write(dir.resolve("x.apkg"), "hello, not a zip".getBytes());

        assertThatThrownBy(() -> PackageZip.open(file, SMALL))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("not an Anki package");
    }
}
