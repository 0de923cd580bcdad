package app.flashpoint.exchange;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Slugs;
import app.flashpoint.core.exchange.moodle.GiftWriter;
import app.flashpoint.core.exchange.moodle.MoodleXmlWriter;
import app.flashpoint.core.exchange.moodle.QtiWriter;
import app.flashpoint.core.exchange.text.DelimitedWriter;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.deck.DeckAccess;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * A deck as another app's file, for anyone who may study it: what learners see (active key points, published
 * items). Items a format has no place for are left out and counted in the {@code X-Left-Out} header.
 */
@Singleton
class Exports {
    record File(String name, String contentType, byte[] bytes, List<String> leftOut) {
    }

    private final DeckCatalog catalog;
    private final DeckAccess access;
    private final MediaStore media;
    private final Clock clock;

    Exports(DeckCatalog catalog, DeckAccess access, MediaStore media, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.media = media;
        this.clock = clock;
    }

    File export(String slug, ExportFormat format, @Nullable CurrentAccount viewer) {
        if (!access.maySee(slug, viewer)) {
            throw NotFoundException.of("deck", slug);
        }
        Deck deck = catalog.bankDeck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
        String name = Slugs.of(deck.title(), slug) + "." + format.extension();
        return switch (format) {
            case CSV -> new File(name, format.contentType(),
                    DelimitedWriter.write(deck, ',').getBytes(StandardCharsets.UTF_8), DelimitedWriter.leftOut(deck));
            case TSV -> new File(name, format.contentType(),
                    DelimitedWriter.write(deck, '\t').getBytes(StandardCharsets.UTF_8), DelimitedWriter.leftOut(deck));
            case GIFT -> new File(name, format.contentType(), GiftWriter.write(deck).getBytes(StandardCharsets.UTF_8),
                    GiftWriter.leftOut(deck));
            case MOODLE_XML -> new File(name, format.contentType(),
                    MoodleXmlWriter.write(deck).getBytes(StandardCharsets.UTF_8), MoodleXmlWriter.leftOut(deck));
            case APKG -> new File(name, format.contentType(), ApkgWriter.write(deck, deckId(slug), clock.instant(),
                    file -> media.find(slug, file).map(MediaStore.Stored::bytes)), ApkgWriter.leftOut(deck));
            case QTI -> new File(name, format.contentType(), QtiWriter.write(deck), QtiWriter.leftOut(deck));
        };
    }

    /** Anki's id for the deck: the same on every export (so a second import updates the first), from the slug. */
    static long deckId(String slug) {
        long hash = 1125899906842597L;
        for (char c : slug.toCharArray()) {
            hash = 31 * hash + c;
        }
        return 1_000_000_000_000L + Math.floorMod(hash, 1_000_000_000_000L);
    }

    static HttpResponse<byte[]> attachment(File file) {
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of(file.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Left-Out", String.valueOf(file.leftOut().size()));
    }
}
