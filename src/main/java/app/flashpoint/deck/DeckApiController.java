package app.flashpoint.deck;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import app.flashpoint.system.NotFoundException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

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
    List<DeckSummary> decks() {
        return catalog.decks();
    }

    @Get("/{slug}")
    DeckDetail deck(String slug) {
        return catalog.deck(slug).orElseThrow(() -> NotFoundException.of("deck", slug));
    }

    @Get("/{slug}/items")
    List<ItemResponse> items(String slug) {
        return catalog.items(slug).orElseThrow(() -> NotFoundException.of("deck", slug)).stream()
                .map(ItemResponse::of).toList();
    }
}
