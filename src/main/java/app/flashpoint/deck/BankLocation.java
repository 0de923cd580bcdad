package app.flashpoint.deck;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the question bank and its documents are read from: folders named by configuration (to try edits
 * without rebuilding), else the copies packaged in the jar, so {@code java -jar} works from anywhere.
 */
@Singleton
class BankLocation {
    private final String bankDir;
    private final String seedsDir;

    BankLocation(@Value("${flashpoint.bank-dir:}") String bankDir, @Value("${flashpoint.seeds-dir:}") String seedsDir) {
        this.bankDir = bankDir;
        this.seedsDir = seedsDir;
    }

    Path bank() {
        return bankDir.isBlank() ? packaged("question-bank") : Path.of(bankDir);
    }

    Path seeds() {
        return seedsDir.isBlank() ? packaged("seeds") : Path.of(seedsDir);
    }

    private static Path packaged(String folder) {
        var url = BankLocation.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("the packaged '" + folder + "' folder is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // another caller opened the jar's file system first; Path.of(uri) finds it
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
