package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Cards;

import java.util.List;

@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/decks")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeckApiController {
    private final DeckCatalog catalog;

    DeckApiController(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    List<DeckSummary> decks(@Nullable Authentication authentication) {
        return catalog.decks(CurrentAccount.ofNullable(authentication));
    }

    @Get("/{slug}")
    DeckDetail deck(String slug, @Nullable Authentication authentication) {
        return catalog.deck(slug, CurrentAccount.ofNullable(authentication)).orElseThrow(() -> NotFoundException.of("deck", slug));
    }

    @Get("/{slug}/items")
    List<ItemResponse> items(String slug, @Nullable Authentication authentication) {
        List<Item> items = catalog.items(slug, CurrentAccount.ofNullable(authentication))
                .orElseThrow(() -> NotFoundException.of("deck", slug));
        Deck deck = catalog.bankDeck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
        return items.stream().map(item -> ItemResponse.of(item, Cards.of(item, deck))).toList();
    }
}
