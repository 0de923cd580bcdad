package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.exchange.anki.AnkiCollection;
import app.flashpoint.core.exchange.anki.AnkiImport;
import app.flashpoint.core.exchange.anki.ApkgLimits;
import app.flashpoint.core.exchange.anki.PackageZip;
import app.flashpoint.core.exchange.anki.Protobuf;
import com.github.luben.zstd.ZstdInputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an Anki package (.apkg, or a whole collection .colpkg) of any of the three package versions: legacy 1
 * ({@code collection.anki2}), legacy 2 ({@code collection.anki21}) and latest ({@code collection.anki21b},
 * zstd-compressed, with a protobuf {@code meta} and {@code media} list). Newer Anki also writes a stub
 * {@code collection.anki2} ("please update Anki") next to the real collection, so the newest collection in
 * the zip wins. The collection is unpacked to a temporary file for SQLite and deleted afterwards.
 */
public final class ApkgReader {
    static final String LATEST = "collection.anki21b";
    static final String LEGACY_2 = "collection.anki21";
    static final String LEGACY_1 = "collection.anki2";
    private static final int META_LATEST = 3;

    private ApkgReader() {
    }

    /** The deck is named after the package's root deck, else after its file. */
    public static ImportedDeck read(Path file, ApkgLimits limits) {
        return read(file, limits, title(file));
    }

    /** {@code fallbackTitle}: the deck's name when its notes share no root deck (the uploaded file's name). */
    public static ImportedDeck read(Path file, ApkgLimits limits, String fallbackTitle) {
        try (PackageZip zip = PackageZip.open(file, limits)) {
            boolean latest = isLatest(zip);
            String entry = zip.has(LATEST) ? LATEST : zip.has(LEGACY_2) ? LEGACY_2 : zip.has(LEGACY_1) ? LEGACY_1 : null;
            if (entry == null) {
                throw new ImportException("not an Anki package: it holds no collection (collection.anki21b, "
                        + "collection.anki21 or collection.anki2)");
            }
            boolean zstd = entry.equals(LATEST);
            Path collection = Files.createTempFile("flashpoint-anki-", ".sqlite");
            try {
                zip.copy(entry, zstd ? ZstdInputStream::new : PackageZip.Decoder.NONE, collection);
                var media = PackageMedia.read(zip, latest || zstd);
                AnkiCollection read = CollectionFile.read(collection, entry, limits, media);
                return AnkiImport.toDeck(fallbackTitle.isBlank() ? "Imported deck" : fallbackTitle, read, limits);
            } finally {
                Files.deleteIfExists(collection);
                for (String suffix : new String[]{"-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(collection.resolveSibling(collection.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Anki package to a temporary file", e);
        }
    }

    /** The {@code meta} entry's version, refusing the ones a newer Anki may write. */
    private static boolean isLatest(PackageZip zip) {
        if (!zip.has("meta")) {
            return false;
        }
        long version = Protobuf.parse(zip.read("meta", 4096), "the meta entry").varint(1, 0);
        if (version < 1 || version > META_LATEST) {
            throw new ImportException("this package was made by a newer Anki than we can read (package version "
                    + version + "); export it again with \"Support older Anki versions\" ticked");
        }
        return version == META_LATEST;
    }

    private static String title(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
