package app.flashpoint.authoring;

import app.flashpoint.deck.KeyPointStatus;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.document.SourceDocument;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.deck.DeckRepository;
import app.flashpoint.deck.DeckRow;
import app.flashpoint.deck.DeckVisibility;
import app.flashpoint.deck.ItemRepository;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.ItemStatus;
import app.flashpoint.deck.ItemSourceRepository;
import app.flashpoint.deck.ItemSourceRow;
import app.flashpoint.deck.KeyPointRepository;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.deck.DocumentRepository;
import app.flashpoint.deck.DocumentRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes of authoring. An edit keeps the row's id (progress hangs on it: card_state and review_log
 * reference the item id) and marks it edited, so BankSync keeps it while the bank entry it came from is
 * unchanged; a row made here has no bank hash, so BankSync never retires it. Every write forgets the
 * deck's cached copy in {@link DeckCatalog}.
 */
@Singleton
class Authoring {
    private final DeckRepository decks;
    private final KeyPointRepository keyPoints;
    private final ItemRepository items;
    private final ItemSourceRepository sources;
    private final DocumentRepository documents;
    private final DeckCatalog catalog;
    private final StoredJson json;
    private final Clock clock;

    Authoring(DeckRepository decks, KeyPointRepository keyPoints, ItemRepository items, ItemSourceRepository sources,
              DocumentRepository documents, DeckCatalog catalog, StoredJson json, Clock clock) {
        this.decks = decks;
        this.keyPoints = keyPoints;
        this.items = items;
        this.sources = sources;
        this.documents = documents;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    // ---- reads the forms need ----

    boolean deckExists(String slug) {
        return decks.existsById(slug);
    }

    boolean keyPointExists(String id) {
        return keyPoints.existsById(id);
    }

    boolean itemExists(String id) {
        return items.existsById(id);
    }

    List<KeyPointRow> keyPoints(String slug) {
        return keyPoints.findByDeckSlugOrderByPosition(slug);
    }

    List<KeyPointRow> activeKeyPoints(String slug) {
        return keyPoints.findByDeckSlugAndStatusOrderByPosition(slug, KeyPointStatus.ACTIVE.code());
    }

    Optional<KeyPointRow> keyPoint(String slug, String id) {
        return keyPoints.findById(id).filter(k -> k.deckSlug().equals(slug));
    }

    List<ItemRow> items(String slug) {
        return items.findByDeckSlugOrderByPosition(slug);
    }

    Optional<ItemRow> item(String slug, String id) {
        return items.findById(id).filter(i -> i.deckSlug().equals(slug));
    }

    /** The contents of the deck's live (draft or published) items but one: the context of a deck-wide lint. */
    List<ItemContent> otherLiveContents(String slug, String exceptId) {
        return catalog.toItems(items(slug).stream().filter(r -> !r.id().equals(exceptId))
                .filter(r -> !ItemStatus.RETIRED.is(r.status())).toList()).stream().map(Item::content).toList();
    }

    Item toItem(ItemRow row) {
        return catalog.toItems(List.of(row)).get(0);
    }

    List<Item> toItems(List<ItemRow> rows) {
        return catalog.toItems(rows);
    }

    /**
     * The documents a deck owned by {@code ownerId} (null: a bank deck) may quote, name and title only, for the
     * deck form: every bank document, and those added to a deck of the same owner. Another instructor's
     * documents are private to their decks, so they are neither listed nor accepted.
     */
    List<DocumentRow> attachableDocuments(@Nullable String slug, @Nullable Long ownerId) {
        Map<String, Long> owners = deckOwners();
        return documents.listWithoutText().stream().filter(d -> usable(d, slug, ownerId, owners)).toList();
    }

    /** The deck's documents as the checks and the export take them, in the deck's order; see attachableDocuments. */
    Map<String, SourceDocument> documents(AuthoredDeck deck) {
        Map<String, Long> owners = deckOwners();
        var found = new LinkedHashMap<String, SourceDocument>();
        for (String name : deck.documents()) {
            documents.findById(name).filter(d -> usable(d, deck.slug(), deck.ownerId(), owners))
                    .ifPresent(d -> found.put(name, new SourceDocument(name, d.text(),
                            json.read(d.metadata(), Argument.mapOf(String.class, String.class)))));
        }
        return found;
    }

    private static boolean usable(DocumentRow d, @Nullable String slug, @Nullable Long ownerId,
                                  Map<String, Long> owners) {
        return d.fromBank() || (d.deckSlug() != null && (d.deckSlug().equals(slug)
                || (ownerId != null && ownerId.equals(owners.get(d.deckSlug())))));
    }

    private Map<String, Long> deckOwners() {
        var owners = new java.util.HashMap<String, Long>();
        decks.listOrderByTitle().forEach(d -> owners.put(d.slug(), d.ownerId()));
        return owners;
    }

    // ---- writes ----

    @Transactional
    void createDeck(String slug, String title, String description, List<String> documentNames, long ownerId,
                    DeckVisibility visibility) {
        decks.save(new DeckRow(slug, title, description, json.write(documentNames), DeckRow.BROWSER, ownerId, visibility));
    }

    /** Leaves the content hash alone: it is the deck.yml last loaded, which a changed deck.yml overrides. */
    @Transactional
    void updateDeck(AuthoredDeck deck, String title, String description, List<String> documentNames,
                    DeckVisibility visibility) {
        decks.update(new DeckRow(deck.slug(), title, description, json.write(documentNames), deck.contentHash(),
                deck.ownerId(), visibility));
        catalog.forget(deck.slug());
    }

    @Transactional
    KeyPointRow saveKeyPoint(String slug, @Nullable KeyPointRow existing, String id, String title, String summary,
                             String family, int importance) {
        KeyPointRow row;
        if (existing == null) {
            row = new KeyPointRow(id, slug, title, summary, family, importance, keyPoints(slug).size(),
                    KeyPointStatus.ACTIVE.code(), DeckRow.BROWSER, null, null);
            keyPoints.save(row);
        } else {
            row = new KeyPointRow(existing.id(), slug, title, summary, family, importance, existing.position(),
                    existing.status(), existing.contentHash(), existing.bankHash(), clock.millis());
            keyPoints.update(row);
        }
        catalog.forget(slug);
        return row;
    }

    /** Inserts or rewrites an item checked by {@code ItemEntries}: same id, sources replaced. */
    @Transactional
    void saveItem(String slug, @Nullable ItemRow existing, Item item, String status) {
        long now = clock.millis();
        String content = json.write(item.content().toMap());
        if (existing == null) {
            int position = items(slug).stream().mapToInt(ItemRow::position).max().orElse(-1) + 1;
            items.save(new ItemRow(item.id(), slug, item.keyPoint(), item.type().yamlName(), item.bloom().yamlName(),
                    content, item.explanation(), status, position, DeckRow.BROWSER, now, null, null,
                    ItemRow.joinTags(item.tags())));
        } else {
            items.update(new ItemRow(existing.id(), slug, item.keyPoint(), item.type().yamlName(),
                    item.bloom().yamlName(), content, item.explanation(), status, existing.position(),
                    existing.contentHash(), now, existing.bankHash(), now,
                    item.tags().isEmpty() ? existing.tags() : ItemRow.joinTags(item.tags())));
            sources.deleteByItemId(existing.id());
        }
        // one by one: sqlite-jdbc cannot return generated keys from a batch insert
        for (int position = 0; position < item.sources().size(); position++) {
            SourceSpan s = item.sources().get(position);
            sources.save(new ItemSourceRow(null, item.id(), s.document(), s.quote(), s.start(), s.end(), position));
        }
        catalog.forget(slug);
    }

    @Transactional
    void setStatus(ItemRow row, String status) {
        long now = clock.millis();
        items.update(new ItemRow(row.id(), row.deckSlug(), row.keyPointId(), row.type(), row.bloom(), row.content(),
                row.explanation(), status, row.position(), row.contentHash(), now, row.bankHash(), now, row.tags()));
        catalog.forget(row.deckSlug());
    }

    /** Stores a new document (title in its metadata, like a seed's .yml), the deck's own, and attaches it. */
    @Transactional
    void addDocument(AuthoredDeck deck, String name, String title, String text) {
        String metadata = json.write(Map.of("title", title));
        documents.save(new DocumentRow(name, title, metadata, text, DeckRow.BROWSER, deck.slug()));
        var names = new java.util.ArrayList<>(deck.documents());
        names.add(name);
        updateDeck(deck, deck.title(), deck.description(), names, deck.visibility());
    }

    boolean documentExists(String name) {
        return documents.existsById(name);
    }


}
