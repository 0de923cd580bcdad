package app.flashpoint.authoring;

import app.flashpoint.core.bank.BankException;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.BankWriter;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deck in the question-bank layout: what learners see (active key points, published items; drafts and
 * retired items stay in the app), as the files {@code question-bank/<slug>/…} and {@code seeds/…} to unzip
 * at the repository's root. {@link #problems} runs the loader over the export, so an author learns before
 * committing what the loader would refuse (e.g. a key point with a single item).
 */
@Singleton
class DeckExport {
    private final Authoring authoring;
    private final DeckCatalog catalog;

    DeckExport(Authoring authoring, DeckCatalog catalog) {
        this.authoring = authoring;
        this.catalog = catalog;
    }

    /** The deck as learners see it is the catalog's (active key points, published items, in order). */
    Map<String, String> files(AuthoredDeck deck) {
        Deck core = catalog.bankDeck(deck.slug()).orElseThrow(() -> NotFoundException.of("deck", deck.slug()));
        return BankWriter.write(core, authoring.documents(deck));
    }

    byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What the bank loader says of these files, one line per problem; empty when it would load them. */
    List<String> problems(Map<String, String> files) {
        Path root = null;
        try {
            root = Files.createTempDirectory("flashpoint-export");
            for (var file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(root.resolve("seeds"));
            BankReader.read(root.resolve("question-bank"), root.resolve("seeds"));
            return List.of();
        } catch (BankException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
