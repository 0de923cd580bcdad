package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.PlainPrompt;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import app.flashpoint.system.NotFoundException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.micronaut.core.annotation.Introspected;

import java.util.List;
import java.util.stream.Collectors;
import static app.flashpoint.system.PageResponses.view;
import java.util.Map;

@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DeckPages {
    private final DeckCatalog catalog;

    DeckPages(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    @Introspected
    record HomePage(List<DeckSummary> decks) {
    }

    @Introspected
    record DeckPage(DeckDetail deck) {
    }

    @Introspected
    /** {@code prompts}: what each sibling asks, by item id (lists show the question, not the id). */
    record ItemPage(DeckDetail deck, ItemPreview preview, List<Item> siblings, Map<String, String> prompts) {
    }

    @Introspected
    record KeyPointPage(DeckDetail deck, KeyPointSummary keyPoint, List<Item> items, Map<String, String> prompts) {
    }

    private static Map<String, String> prompts(List<Item> items) {
        return items.stream().collect(Collectors.toMap(Item::id, PlainPrompt::of, (a, b) -> a));
    }

    @Get
    ModelAndView<Map<String, Object>> home(@Nullable Authentication authentication) {
        // a deck still being written in the browser has nothing to study yet: learners meet it once it does
        return view("deck/home", new HomePage(catalog.decks(CurrentAccount.ofNullable(authentication)).stream()
                .filter(d -> d.itemCount() > 0).toList()));
    }

    @Get("/decks/{slug}")
    ModelAndView<Map<String, Object>> deck(String slug, @Nullable Authentication authentication) {
        DeckDetail deck = catalog.deck(slug, CurrentAccount.ofNullable(authentication)).orElseThrow(() -> NotFoundException.of("deck", slug));
        return view("deck/deck", new DeckPage(deck));
    }

    @Get("/decks/{slug}/items/{itemId}")
    ModelAndView<Map<String, Object>> item(String slug, String itemId, @Nullable Authentication authentication) {
        CurrentAccount viewer = CurrentAccount.ofNullable(authentication);
        DeckDetail deck = catalog.deck(slug, viewer).orElseThrow(() -> NotFoundException.of("deck", slug));
        // the viewer may see the deck (checked once, just above): its published items, read once
        List<Item> published = catalog.items(slug).orElseThrow();
        Item item = published.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("item", itemId));
        KeyPointSummary keyPoint = deck.keyPoints().stream().filter(k -> k.id().equals(item.keyPoint()))
                .findFirst().orElseThrow();
        List<Item> siblings = published.stream().filter(i -> i.keyPoint().equals(item.keyPoint())).toList();
        return view("deck/item", new ItemPage(deck, ItemPreview.of(item, keyPoint), siblings, prompts(siblings)));
    }

    @Get("/decks/{slug}/key-points/{keyPointId}")
    ModelAndView<Map<String, Object>> keyPoint(String slug, String keyPointId, @Nullable Authentication authentication) {
        CurrentAccount viewer = CurrentAccount.ofNullable(authentication);
        DeckDetail deck = catalog.deck(slug, viewer).orElseThrow(() -> NotFoundException.of("deck", slug));
        KeyPointSummary keyPoint = deck.keyPoints().stream().filter(k -> k.id().equals(keyPointId))
                .findFirst().orElseThrow(() -> NotFoundException.of("key point", keyPointId));
        List<Item> items = catalog.items(slug).orElseThrow().stream()
                .filter(i -> i.keyPoint().equals(keyPointId)).toList();
        return view("deck/key-point", new KeyPointPage(deck, keyPoint, items, prompts(items)));
    }
}
