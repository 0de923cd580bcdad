package app.flashpoint.deck;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.bank.SourceSpan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read side of the deck feature: what learners and the API see (published items, active key points). The
 * reads that take a viewer show only the decks {@link DeckAccess} lets that viewer see; the others are for
 * callers that have already decided (a class's own deck, a deck its author exports).
 */
@Singleton
public class DeckCatalog {
    private final DeckRepository decks;
    private final KeyPointRepository keyPoints;
    private final ItemRepository items;
    private final ItemSourceRepository sources;
    private final StoredJson json;
    private final DeckAccess access;
    private final Map<String, Deck> bankDecks = new ConcurrentHashMap<>();

    DeckCatalog(DeckRepository decks, KeyPointRepository keyPoints, ItemRepository items,
                ItemSourceRepository sources, StoredJson json, DeckAccess access) {
        this.access = access;
        this.decks = decks;
        this.keyPoints = keyPoints;
        this.items = items;
        this.sources = sources;
        this.json = json;
    }

    public List<DeckSummary> decks(@Nullable CurrentAccount viewer) {
        List<DeckRow> all = decks.listOrderByTitle();
        Set<String> visible = access.visible(all, viewer);
        return all.stream().filter(d -> visible.contains(d.slug())).map(d -> new DeckSummary(d.slug(), d.title(),
                d.description(), keyPoints.countByDeckSlugAndStatus(d.slug(), KeyPointStatus.ACTIVE.code()),
                items.countByDeckSlugAndStatus(d.slug(), ItemStatus.PUBLISHED.code()), d.visibility().code())).toList();
    }

    public Optional<DeckDetail> deck(String slug, @Nullable CurrentAccount viewer) {
        return decks.findById(slug).filter(d -> access.maySee(d, viewer)).map(d -> {
            Map<String, Long> counts = items.findByDeckSlugAndStatusOrderByPosition(slug, ItemStatus.PUBLISHED.code()).stream()
                    .collect(Collectors.groupingBy(ItemRow::keyPointId, Collectors.counting()));
            var summaries = keyPoints.findByDeckSlugAndStatusOrderByPosition(slug, KeyPointStatus.ACTIVE.code()).stream()
                    .map(k -> new KeyPointSummary(k.id(), k.title(), k.summary(), k.family(), k.importance(),
                            counts.getOrDefault(k.id(), 0L)))
                    .toList();
            return new DeckDetail(d.slug(), d.title(), d.description(), json.read(d.documents(),
                    Argument.listOf(String.class)), summaries);
        });
    }

    /** A deck's title, for pages that name a class's deck. */
    public Optional<String> title(String slug) {
        return decks.findById(slug).map(DeckRow::title);
    }

    /** Published items of a deck {@code viewer} may see, in authored order; empty otherwise. */
    public Optional<List<Item>> items(String slug, @Nullable CurrentAccount viewer) {
        return decks.findById(slug).filter(d -> access.maySee(d, viewer))
                .map(d -> toItems(items.findByDeckSlugAndStatusOrderByPosition(slug, ItemStatus.PUBLISHED.code())));
    }

    /** Published items of a deck in authored order, whoever asks; empty when the deck does not exist. */
    public Optional<List<Item>> items(String slug) {
        return decks.findById(slug).map(d -> toItems(items.findByDeckSlugAndStatusOrderByPosition(slug,
                ItemStatus.PUBLISHED.code())));
    }

    /**
     * The deck as the core generators take it (published items, active key points), built from the stored
     * rows so a quiz or study queue is drawn from exactly what learners are shown. Kept in memory: study
     * pages need it on every request, and it changes only when the bank is synced, which calls {@link #forget}.
     */
    public Optional<Deck> bankDeck(String slug) {
        Deck cached = bankDecks.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Deck> loaded = decks.findById(slug).map(d -> new Deck(d.slug(), d.title(), d.description(),
                json.read(d.documents(), Argument.listOf(String.class)),
                keyPoints.findByDeckSlugAndStatusOrderByPosition(slug, KeyPointStatus.ACTIVE.code()).stream()
                        .map(k -> new KeyPoint(k.id(), k.title(), k.summary(), k.family(), k.importance()))
                        .toList(),
                toItems(items.findByDeckSlugAndStatusOrderByPosition(slug, ItemStatus.PUBLISHED.code()))));
        loaded.ifPresent(d -> bankDecks.put(slug, d));
        return loaded;
    }

    /** Drops the cached deck; every write to a deck's key points or items calls it. */
    public void forget(String slug) {
        bankDecks.remove(slug);
    }

    /** The deck of a published item, whoever asks (the caller checks who may see it); empty for any other id. */
    public Optional<String> deckOfPublished(String itemId) {
        return items.findById(itemId).filter(row -> ItemStatus.PUBLISHED.is(row.status())).map(ItemRow::deckSlug);
    }

    public Optional<Item> item(String slug, String itemId, @Nullable CurrentAccount viewer) {
        if (!access.maySee(slug, viewer)) {
            return Optional.empty();
        }
        return items.findById(itemId)
                .filter(row -> row.deckSlug().equals(slug) && ItemStatus.PUBLISHED.is(row.status()))
                .map(row -> toItems(List.of(row)).get(0));
    }

    /**
     * Every published item's quote of {@code document}, in document order, from the decks {@code viewer} may
     * see: a bank document may be cited by a private deck's items, which others must not learn of.
     */
    public List<Citation> citationsOf(String document, @Nullable CurrentAccount viewer) {
        List<ItemSourceRow> spans = sources.findByDocumentOrderByStartOffset(document);
        Set<String> visible = access.visible(decks.listOrderByTitle(), viewer);
        Map<String, ItemRow> published = items.findByIdInAndStatus(
                        spans.stream().map(ItemSourceRow::itemId).collect(Collectors.toSet()), ItemStatus.PUBLISHED.code())
                .stream().filter(i -> visible.contains(i.deckSlug()))
                .collect(Collectors.toMap(ItemRow::id, Function.identity()));
        Map<String, String> keyPointTitles = keyPoints.findAll().stream()
                .collect(Collectors.toMap(KeyPointRow::id, KeyPointRow::title));
        return spans.stream().filter(s -> published.containsKey(s.itemId())).map(s -> {
            ItemRow item = published.get(s.itemId());
            return new Citation(item.deckSlug(), item.id(), item.type(), keyPointTitles.get(item.keyPointId()),
                    s.position(), s.startOffset(), s.endOffset(), s.quote());
        }).toList();
    }

    /** Items of any status as the core model has them; learners' views go through the published-only reads. */
    public List<Item> toItems(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<SourceSpan>> spans = sources.findByItemIdInOrderByPosition(
                        rows.stream().map(ItemRow::id).toList()).stream()
                .sorted(Comparator.comparing(ItemSourceRow::itemId).thenComparing(ItemSourceRow::position))
                .collect(Collectors.groupingBy(ItemSourceRow::itemId, Collectors.mapping(
                        s -> new SourceSpan(s.document(), s.quote(), s.startOffset(), s.endOffset()),
                        Collectors.toList())));
        return rows.stream().map(row -> {
            ItemType type = ItemType.fromYaml(row.type()).orElseThrow();
            ItemContent content = ItemContent.fromMap(type, json.read(row.content(),
                    Argument.mapOf(String.class, Object.class)));
            return new Item(row.id(), row.keyPointId(), Bloom.fromYaml(row.bloom()).orElseThrow(), content,
                    row.explanation(), spans.getOrDefault(row.id(), List.of()), "", row.tagList());
        }).toList();
    }

}
