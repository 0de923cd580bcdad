package app.flashpoint.exchange;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemEntries;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.bank.Slugs;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.deck.DeckRepository;
import app.flashpoint.deck.DeckRow;
import app.flashpoint.deck.DeckVisibility;
import app.flashpoint.deck.ItemRepository;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.ItemStatus;
import app.flashpoint.deck.KeyPointRepository;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.deck.KeyPointStatus;
import app.flashpoint.study.ImportedHistory;
import app.flashpoint.system.StoredJson;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an imported deck as a new private deck of the importer, all in one transaction: the deck, the key points
 * that have items, the items that pass the loader's content checks (the others join the skip report) and their
 * media. Ids become the new deck's (its slug, then the file's own id), since item and key point ids are global.
 * Nothing is written when no item is left.
 */
@Singleton
class DeckImporter {
    /** {@code kinds}: items written by kind (its bank name); {@code skipped}: the file's report plus the items refused here. */
    record Imported(String slug, String title, Map<String, Integer> kinds, List<ImportedDeck.Skipped> skipped, int media,
                    int answers) {
        int items() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final DeckRepository decks;
    private final KeyPointRepository keyPoints;
    private final ItemRepository items;
    private final MediaStore media;
    private final DeckCatalog catalog;
    private final StoredJson json;
    private final ImportedHistory history;
    private final Clock clock;

    DeckImporter(DeckRepository decks, KeyPointRepository keyPoints, ItemRepository items, MediaStore media,
                 DeckCatalog catalog, StoredJson json, ImportedHistory history, Clock clock) {
        this.decks = decks;
        this.keyPoints = keyPoints;
        this.items = items;
        this.media = media;
        this.catalog = catalog;
        this.json = json;
        this.history = history;
        this.clock = clock;
    }

    /**
     * {@code withHistory}: also adopt the file's review log as the owner's study answers ({@link ImportedHistory});
     * {@code progress} hears of every item and media file written.
     */
    @Transactional
    Imported save(ImportedDeck deck, String title, long ownerId, boolean withHistory, ImportProgress progress) {
        var skipped = new ArrayList<>(deck.skipped());
        var accepted = new ArrayList<Item>();
        for (Item item : deck.items()) {
            List<String> problems = ItemEntries.contentProblems(item.content());
            if (problems.isEmpty()) {
                accepted.add(item);
            } else {
                skipped.add(new ImportedDeck.Skipped("item " + item.id(), String.join("; ", problems)));
            }
        }
        if (accepted.isEmpty()) {
            throw new ImportException("Nothing to import: no entry of the file became a card or question"
                    + (skipped.isEmpty() ? "." : " (" + skipped.size() + " skipped, see why below)."), skipped);
        }
        String slug = Slugs.unique(Slugs.of(title, "imported-deck"), decks::existsById);
        decks.save(new DeckRow(slug, title, deck.description(), json.write(List.of()), DeckRow.BROWSER, ownerId,
                DeckVisibility.PRIVATE));
        Set<String> used = new HashSet<>(accepted.stream().map(Item::keyPoint).toList());
        var keyPointIds = new HashMap<String, String>();
        int position = 0;
        for (KeyPoint k : deck.keyPoints()) {
            if (used.contains(k.id())) {
                // ids are global: one an author or the bank already took gets a suffix
                String id = Slugs.unique(slug + "-" + Slugs.of(k.id(), "kp"),
                        candidate -> keyPointIds.containsValue(candidate) || keyPoints.existsById(candidate));
                keyPointIds.put(k.id(), id);
                keyPoints.save(new KeyPointRow(id, slug, k.title(), k.summary(), k.family(),
                        Math.max(1, Math.min(5, k.importance())), position++, KeyPointStatus.ACTIVE.code(),
                        DeckRow.BROWSER, null, null));
            }
        }
        var kinds = new TreeMap<String, Integer>();
        var itemIds = new HashMap<String, String>();
        long now = clock.millis();
        position = 0;
        int written = 0;
        progress.at(ImportStage.ITEMS, 0, accepted.size());
        for (Item item : accepted) {
            String keyPoint = keyPointIds.get(item.keyPoint());
            if (keyPoint == null) {
                throw new IllegalStateException("item " + item.id() + " names no key point of the file");
            }
            String id = Slugs.unique(slug + "-" + Slugs.of(item.id(), "item"),
                    candidate -> itemIds.containsValue(candidate) || items.existsById(candidate));
            itemIds.put(item.id(), id);
            items.save(new ItemRow(id, slug, keyPoint, item.type().yamlName(), item.bloom().yamlName(),
                    json.write(item.content().toMap()), item.explanation(), ItemStatus.PUBLISHED.code(), position++,
                    DeckRow.BROWSER, now, null, null, ItemRow.joinTags(item.tags())));
            kinds.merge(item.type().yamlName(), 1, Integer::sum);
            progress.at(ImportStage.ITEMS, ++written, accepted.size());
        }
        int stored = 0;
        int seen = 0;
        progress.at(ImportStage.MEDIA, 0, deck.media().size());
        for (ImportedDeck.Media m : deck.media()) {
            if (media.attach(slug, m.name(), m.bytes())) {
                stored++;
            } else {
                skipped.add(new ImportedDeck.Skipped("media " + m.name(), "not an image or sound file this app shows"));
            }
            progress.at(ImportStage.MEDIA, ++seen, deck.media().size());
        }
        int answers = 0;
        if (withHistory) {
            progress.at(ImportStage.HISTORY, 0, deck.reviews().size());
            var adopted = new ArrayList<ImportedHistory.Answer>();
            for (ImportedDeck.Review r : deck.reviews()) {
                String id = itemIds.get(r.itemId());
                if (id != null) {
                    adopted.add(new ImportedHistory.Answer(id, Card.idOf(id, r.ordinal()), r.rating(), r.reviewedAt(),
                            r.durationMs(), "import:" + slug + ":" + r.key()));
                }
            }
            answers = history.adopt(ownerId, slug, adopted);
        }
        catalog.forget(slug);
        return new Imported(slug, title, kinds, skipped, stored, answers);
    }
}
