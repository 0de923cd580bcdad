package app.flashpoint.exchange;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.system.NameCharacters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An import from file to deck, for the API and the pages alike: read the file in its format, name the deck (the
 * title asked for, else the file's own deck name, else the file's name), write it in one transaction.
 */
@Singleton
class Imports {
    static final int MAX_BYTES = 50 * 1024 * 1024;
    static final int MAX_TITLE = 120;

    private final Importers importers;
    private final DeckImporter importer;
    private final PendingImports pending;

    Imports(Importers importers, DeckImporter importer, PendingImports pending) {
        this.importers = importers;
        this.importer = importer;
        this.pending = pending;
    }

    /** The file as read, and the title its deck would get; nothing is written. */
    record Read(ImportedDeck deck, String title) {
    }

    /** The file as bytes (an upload through the page): on disk for as long as it is read. */
    Read read(ImportFormat format, byte[] bytes, String fileName, @Nullable String title) {
        Path file = Uploads.temporary();
        try {
            Files.write(file, bytes);
            return read(format, file, fileName, title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Uploads.delete(file);
        }
    }

    Read read(ImportFormat format, Path file, String fileName, @Nullable String title) {
        long size = Uploads.size(file);
        if (size == 0) {
            throw new ImportException("The file is empty.");
        }
        if (size > MAX_BYTES) {
            throw new TooLarge();
        }
        String asked = title == null ? "" : title.strip();
        if (asked.length() > MAX_TITLE) {
            throw new ImportException("The title is longer than " + MAX_TITLE + " characters.");
        }
        if (NameCharacters.problem(asked) != null) {
            throw new ImportException("Title: " + NameCharacters.MESSAGE);
        }
        ImportedDeck deck = importers.read(format, file, fileName);
        return new Read(deck, !asked.isEmpty() ? asked : titleOf(deck, fileName));
    }

    DeckImporter.Imported save(Read read, long ownerId, boolean withHistory) {
        return importer.save(read.deck(), read.title(), ownerId, withHistory, ImportProgress.NONE);
    }

    /**
     * The page's "Import" (run by {@link ImportJobs}): the account's pending upload, read first, then claimed and
     * written in one transaction, so that a failure leaves nothing but the upload behind. Reading outside the
     * transaction keeps SQLite's one write lock for the writing alone.
     */
    Optional<DeckImporter.Imported> importPending(String id, long accountId, boolean withHistory,
                                                  ImportProgress progress) {
        progress.at(ImportStage.READING, 0, 0);
        Optional<Read> read = pending.find(id, accountId).map(file ->
                read(file.format(), file.bytes(), file.fileName(), file.title()));
        return read.flatMap(r -> claimAndSave(id, accountId, r, withHistory, progress));
    }

    /** Empty when the upload was claimed meanwhile (the same file confirmed twice at once). */
    @Transactional
    Optional<DeckImporter.Imported> claimAndSave(String id, long accountId, Read read, boolean withHistory,
                                                 ImportProgress progress) {
        return pending.take(id, accountId)
                ? Optional.of(importer.save(read.deck(), read.title(), accountId, withHistory, progress))
                : Optional.empty();
    }

    private static String titleOf(ImportedDeck deck, String fileName) {
        String own = deck.title() == null ? "" : deck.title().strip();
        if (!own.isEmpty() && NameCharacters.problem(own) == null) {
            return own.length() > MAX_TITLE ? own.substring(0, MAX_TITLE).strip() : own;
        }
        String name = Importers.stem(fileName);
        return name.isEmpty() || NameCharacters.problem(name) != null ? "Imported deck"
                : name.length() > MAX_TITLE ? name.substring(0, MAX_TITLE).strip() : name;
    }

    /** Over {@link #MAX_BYTES}: answered 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most one import takes.");
        }
    }
}
