package app.flashpoint.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploaded files on disk while they are read: a 50 MB package streamed to a temporary file rather than held in
 * the heap, counted as it is copied so that a body without a length cannot grow past the limit.
 */
final class Uploads {
    private Uploads() {
    }

    static Path temporary() {
        try {
            return Files.createTempFile("flashpoint-import", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies at most {@code limit} + 1 bytes of {@code in} to a new temporary file: more than the limit is too large. */
    static Path copy(InputStream in, long limit) {
        Path file = temporary();
        try (InputStream body = in; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    delete(file);
                    throw new Imports.TooLarge();
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is the system's to clean up
        }
    }
}
