package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Item;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import app.flashpoint.system.NotFoundException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.util.List;
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

    @Get
    @View("deck/home")
    Map<String, Object> home(@Nullable Authentication authentication) {
        // a deck still being written in the browser has nothing to study yet: learners meet it once it does
        return Map.of("decks", catalog.decks(CurrentAccount.ofNullable(authentication)).stream().filter(d -> d.itemCount() > 0).toList());
    }

    @Get("/decks/{slug}")
    @View("deck/deck")
    Map<String, Object> deck(String slug, @Nullable Authentication authentication) {
        DeckDetail deck = catalog.deck(slug, CurrentAccount.ofNullable(authentication)).orElseThrow(() -> NotFoundException.of("deck", slug));
        return Map.of("deck", deck);
    }

    @Get("/decks/{slug}/items/{itemId}")
    @View("deck/item")
    Map<String, Object> item(String slug, String itemId, @Nullable Authentication authentication) {
        CurrentAccount viewer = CurrentAccount.ofNullable(authentication);
        DeckDetail deck = catalog.deck(slug, viewer).orElseThrow(() -> NotFoundException.of("deck", slug));
        // the viewer may see the deck (checked once, just above): its published items, read once
        List<Item> published = catalog.items(slug).orElseThrow();
        Item item = published.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("item", itemId));
        KeyPointSummary keyPoint = deck.keyPoints().stream().filter(k -> k.id().equals(item.keyPoint()))
                .findFirst().orElseThrow();
        List<Item> siblings = published.stream().filter(i -> i.keyPoint().equals(item.keyPoint())).toList();
        return Map.of("deck", deck, "preview", ItemPreview.of(item, keyPoint), "siblings", siblings);
    }

    @Get("/decks/{slug}/key-points/{keyPointId}")
    @View("deck/key-point")
    Map<String, Object> keyPoint(String slug, String keyPointId, @Nullable Authentication authentication) {
        CurrentAccount viewer = CurrentAccount.ofNullable(authentication);
        DeckDetail deck = catalog.deck(slug, viewer).orElseThrow(() -> NotFoundException.of("deck", slug));
        KeyPointSummary keyPoint = deck.keyPoints().stream().filter(k -> k.id().equals(keyPointId))
                .findFirst().orElseThrow(() -> NotFoundException.of("key point", keyPointId));
        List<Item> items = catalog.items(slug).orElseThrow().stream()
                .filter(i -> i.keyPoint().equals(keyPointId)).toList();
        return Map.of("deck", deck, "keyPoint", keyPoint, "items", items);
    }
}
