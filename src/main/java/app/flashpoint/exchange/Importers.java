package app.flashpoint.exchange;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.exchange.anki.ApkgLimits;
import app.flashpoint.core.exchange.moodle.GiftReader;
import app.flashpoint.core.exchange.moodle.MoodleXmlReader;
import app.flashpoint.core.exchange.text.DelimitedReader;
import app.flashpoint.exchange.anki.ApkgReader;
import app.flashpoint.core.exchange.text.TextOptions;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Each format's reader, behind one call: the file's bytes in, the deck it holds out. */
@Singleton
class Importers {
    /** {@code file}: the upload, on disk (a package is opened by SQLite, which reads files, not bytes). */
    ImportedDeck read(ImportFormat format, Path file, String fileName) {
        return switch (format) {
            case APKG, COLPKG -> ApkgReader.read(file, ApkgLimits.defaults(), stem(fileName));
            case CSV -> delimited(text(bytes(file)), ',', stem(fileName));
            case TSV -> delimited(text(bytes(file)), '\t', stem(fileName));
            case GIFT -> GiftReader.read(text(bytes(file)), stem(fileName));
            case MOODLE_XML -> MoodleXmlReader.read(bytes(file), stem(fileName));
        };
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator the format names, unless the file's own {@code #separator:} header says otherwise. */
    private static ImportedDeck delimited(String text, char separator, String title) {
        boolean header = text.lines().limit(20).anyMatch(l -> l.startsWith("#separator:"));
        return DelimitedReader.read(text, new TextOptions(header ? null : separator, null, null, null, title));
    }

    /** A file's name without its extension, as a deck title when the file names none: "Spanish verbs". */
    static String stem(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        return name.replaceAll("(\\.[A-Za-z0-9]{1,8})+$", "").replaceAll("[_-]+", " ").strip();
    }

    /** UTF-8 (a byte-order mark dropped); anything else is refused rather than read as mojibake. */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException("The file is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: "
                    + "\"CSV UTF-8\") and import it again.");
        }
    }
}
