package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.document.SourceDocument;
import app.flashpoint.system.StoredJson;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the database in line with the bank in one transaction. Rows are compared by content hash: an
 * unchanged bank writes nothing, an edited item keeps its id, a removed item or key point is retired.
 *
 * <p>Browser edits (authoring): a key point or item edited in the browser ({@code editedAt} set) is kept as
 * long as its bank entry still hashes to {@code bankHash}, the entry it was loaded from (the hash leaves the
 * position out, so entries added or moved around it do not count as a change; only its position follows the
 * bank). Once the entry itself changes, the file wins. Rows made in the browser ({@code bankHash} null) are
 * never retired, and decks the bank does not name are not touched at all. A deck's metadata edited in the
 * browser keeps the deck.yml hash it was loaded with, so the same rule holds for it.
 */
@Singleton
class BankSync {
    private final DocumentRepository documents;
    private final DeckRepository decks;
    private final KeyPointRepository keyPoints;
    private final ItemRepository items;
    private final ItemSourceRepository sources;
    private final StoredJson json;
    private final Clock clock;
    private final DeckCatalog catalog;

    BankSync(DocumentRepository documents, DeckRepository decks, KeyPointRepository keyPoints, ItemRepository items,
             ItemSourceRepository sources, StoredJson json, Clock clock, DeckCatalog catalog) {
        this.catalog = catalog;
        this.documents = documents;
        this.decks = decks;
        this.keyPoints = keyPoints;
        this.items = items;
        this.sources = sources;
        this.json = json;
        this.clock = clock;
    }

    /** Counts of rows written, by kind of change. */
    record Report(int inserted, int updated, int retired) {
        int writes() {
            return inserted + updated + retired;
        }
    }

    @Transactional
    Report sync(Bank bank) {
        var counter = new Counter();
        bank.documents().values().forEach(d -> syncDocument(d, counter));
        for (Deck deck : bank.decks()) {
            syncDeck(deck, counter);
            syncKeyPoints(deck, counter);
            syncItems(deck, counter);
            catalog.forget(deck.slug());
        }
        return new Report(counter.inserted, counter.updated, counter.retired);
    }

    private void syncDocument(SourceDocument document, Counter counter) {
        String metadata = json.write(new java.util.TreeMap<>(document.metadata()));
        var row = new DocumentRow(document.name(), document.title(), metadata, document.text(),
                ContentHash.of(document.title(), metadata, document.text()), null);
        upsert(documents.findById(row.name()).map(DocumentRow::contentHash).orElse(null), row.contentHash(),
                () -> documents.save(row), () -> documents.update(row), counter);
    }

    private void syncDeck(Deck deck, Counter counter) {
        String docs = json.write(deck.documents());
        var existing = decks.findById(deck.slug());
        var row = new DeckRow(deck.slug(), deck.title(), deck.description(), docs,
                ContentHash.of(deck.title(), deck.description(), docs), existing.map(DeckRow::ownerId).orElse(null),
                existing.map(DeckRow::visibility).orElse(DeckVisibility.PUBLIC));
        upsert(existing.map(DeckRow::contentHash).orElse(null), row.contentHash(),
                () -> decks.save(row), () -> decks.update(row), counter);
    }

    private void syncKeyPoints(Deck deck, Counter counter) {
        Map<String, KeyPointRow> stored = keyPoints.findByDeckSlugOrderByPosition(deck.slug()).stream()
                .collect(Collectors.toMap(KeyPointRow::id, Function.identity()));
        List<KeyPoint> authored = deck.keyPoints();
        for (int position = 0; position < authored.size(); position++) {
            KeyPoint k = authored.get(position);
            String bankHash = ContentHash.of(k.title(), k.summary(), k.family(), k.importance());
            String hash = ContentHash.of(k.title(), k.summary(), k.family(), k.importance(), position);
            var row = new KeyPointRow(k.id(), deck.slug(), k.title(), k.summary(), k.family(), k.importance(),
                    position, KeyPointStatus.ACTIVE.code(), hash, bankHash, null);
            KeyPointRow existing = stored.remove(k.id());
            if (existing != null && existing.editedAt() != null && bankHash.equals(existing.bankHash())) {
                if (existing.position() != position) {
                    keyPoints.update(existing.atPosition(position));
                    counter.updated++;
                }
                continue;
            }
            String storedHash = existing == null ? null
                    : KeyPointStatus.ACTIVE.is(existing.status()) && bankHash.equals(existing.bankHash())
                    && existing.editedAt() == null ? existing.contentHash() : "changed";
            upsert(storedHash, hash, () -> keyPoints.save(row), () -> keyPoints.update(row), counter);
        }
        stored.values().stream().filter(k -> KeyPointStatus.ACTIVE.is(k.status()) && k.bankHash() != null).forEach(k -> {
            keyPoints.update(k.withStatus(KeyPointStatus.RETIRED.code()));
            counter.retired++;
        });
    }

    private void syncItems(Deck deck, Counter counter) {
        Map<String, ItemRow> stored = items.findByDeckSlugOrderByPosition(deck.slug()).stream()
                .collect(Collectors.toMap(ItemRow::id, Function.identity()));
        long now = clock.millis();
        List<Item> authored = deck.items();
        for (int position = 0; position < authored.size(); position++) {
            Item item = authored.get(position);
            String content = json.write(item.content().toMap());
            // tags join the hash only when there are some, so items without tags keep the hashes they had before tags
            String hashed = item.tags().isEmpty() ? content : content + "\ntags: " + ItemRow.joinTags(item.tags());
            String bankHash = ContentHash.of(item.keyPoint(), item.type(), item.bloom(), hashed, item.explanation(),
                    item.sources());
            String hash = ContentHash.of(item.keyPoint(), item.type(), item.bloom(), hashed, item.explanation(),
                    item.sources(), position);
            var row = new ItemRow(item.id(), deck.slug(), item.keyPoint(), item.type().yamlName(),
                    item.bloom().yamlName(), content, item.explanation(), ItemStatus.PUBLISHED.code(), position, hash, now,
                    bankHash, null, ItemRow.joinTags(item.tags()));
            ItemRow existing = stored.remove(item.id());
            if (existing != null && existing.editedAt() != null && bankHash.equals(existing.bankHash())) {
                if (existing.position() != position) {
                    items.update(existing.atPosition(position));
                    counter.updated++;
                }
                continue;
            }
            String storedHash = existing == null ? null
                    : ItemStatus.PUBLISHED.is(existing.status()) && bankHash.equals(existing.bankHash())
                    && existing.editedAt() == null ? existing.contentHash() : "changed";
            upsert(storedHash, hash, () -> {
                items.save(row);
                saveSources(item);
            }, () -> {
                items.update(row);
                sources.deleteByItemId(item.id());
                saveSources(item);
            }, counter);
        }
        stored.values().stream().filter(i -> ItemStatus.PUBLISHED.is(i.status()) && i.bankHash() != null).forEach(i -> {
            items.update(i.retired(now));
            counter.retired++;
        });
    }

    private void saveSources(Item item) {
        // one by one: sqlite-jdbc cannot return generated keys from a batch insert
        for (int position = 0; position < item.sources().size(); position++) {
            var s = item.sources().get(position);
            sources.save(new ItemSourceRow(null, item.id(), s.document(), s.quote(), s.start(), s.end(), position));
        }
    }

    private static void upsert(String storedHash, String newHash, Runnable insert, Runnable update, Counter counter) {
        if (storedHash == null) {
            insert.run();
            counter.inserted++;
        } else if (!storedHash.equals(newHash)) {
            update.run();
            counter.updated++;
        }
    }


    private static final class Counter {
        int inserted;
        int updated;
        int retired;
    }
}
