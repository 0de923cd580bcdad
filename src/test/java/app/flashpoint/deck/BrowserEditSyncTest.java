package app.flashpoint.deck;

import app.flashpoint.support.Viewers;
import app.flashpoint.account.Roles;
import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.support.FormReader;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How browser edits meet the bank at start-up (BankSync, called here as the loader calls it): an unchanged
 * bank keeps a browser edit and items and decks made in the browser; a changed bank entry wins.
 */
@SharedApp
class BrowserEditSyncTest {
    private static final String SLUG = "luo-interview";
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;
    @Inject
    BankSync sync;
    @Inject
    BankLocation location;
    @Inject
    DeckCatalog catalog;
    @Inject
    ItemRepository items;

    @Test
    void anUnchangedBankKeepsBrowserEditsAndAChangedEntryWins() {
        Bank original = BankReader.read(location.bank(), location.seeds());
        Deck deck = original.decks().get(0);
        Item target = deck.items().get(deck.items().size() - 1);
        WebSession teacher = instructor();

        // edit a bank item in the browser
        String path = "/author/decks/" + SLUG + "/items/" + target.id();
        Map<String, String> form = FormReader.fields(teacher.get(path + "/edit").body(), "item-form");
        form.put("explanation", "Edited in the browser.");
        assertThat(teacher.post(path, form).statusCode()).isEqualTo(303);
        // an item made in the browser, in the bank deck, and a deck made in the browser
        String extra = "browser-made-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> draft = FormReader.fields(teacher.get(path + "/edit").body(), "item-form");
        draft.put("id", extra);
        draft.put("status", "published");
        assertThat(teacher.post("/author/decks/" + SLUG + "/items", draft).statusCode()).isEqualTo(303);
        String ownDeck = "own-" + UUID.randomUUID().toString().substring(0, 8);
        teacher.get("/author/decks/new");
        assertThat(teacher.post("/author/decks", Map.of("slug", ownDeck, "title", "Own deck")).statusCode())
                .isEqualTo(303);

        try {
            // restart with the same bank: nothing is written, the edit and the browser's rows stay
            assertThat(sync.sync(original).writes()).isZero();
            assertThat(catalog.item(SLUG, target.id(), Viewers.ADMIN).orElseThrow().explanation()).isEqualTo("Edited in the browser.");
            assertThat(catalog.item(SLUG, extra, Viewers.ADMIN)).as("not retired by the bank").isPresent();
            assertThat(catalog.deck(ownDeck, Viewers.ADMIN)).isPresent();

            // an entry added before it moves it down a place: still the same entry, the edit stays
            var moved = new ArrayList<>(deck.items());
            Item first = deck.items().get(0);
            moved.add(0, new Item("sync-test-added", first.keyPoint(), first.bloom(), first.content(),
                    first.explanation(), first.sources()));
            assertThat(sync.sync(withItems(original, deck, moved)).inserted()).isEqualTo(1);
            assertThat(catalog.item(SLUG, target.id(), Viewers.ADMIN).orElseThrow().explanation()).isEqualTo("Edited in the browser.");

            // the bank file changes that very entry: the file wins
            var changed = new ArrayList<>(deck.items());
            changed.set(changed.size() - 1, new Item(target.id(), target.keyPoint(), target.bloom(), target.content(),
                    "Changed in the bank file.", target.sources()));
            sync.sync(withItems(original, deck, changed));
            assertThat(catalog.item(SLUG, target.id(), Viewers.ADMIN).orElseThrow().explanation()).isEqualTo("Changed in the bank file.");
            assertThat(items.findById(target.id()).orElseThrow().editedAt()).isNull();
            assertThat(catalog.item(SLUG, extra, Viewers.ADMIN)).as("never retired by the bank").isPresent();
        } finally {
            sync.sync(original);
            items.findById(extra).ifPresent(items::delete);
            catalog.forget(SLUG);
        }
        assertThat(catalog.item(SLUG, target.id(), Viewers.ADMIN).orElseThrow().explanation()).isEqualTo(target.explanation());
        assertThat(catalog.item(SLUG, "sync-test-added", Viewers.ADMIN)).isEmpty();
        assertThat(sync.sync(original).writes()).isZero();
    }

    private static Bank withItems(Bank bank, Deck deck, List<Item> items) {
        return new Bank(List.of(new Deck(deck.slug(), deck.title(), deck.description(), deck.documents(),
                deck.keyPoints(), items)), bank.documents());
    }

    private WebSession instructor() {
        String username = "syncer-" + UUID.randomUUID().toString().substring(0, 8);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));
        roles.promote(web.accountId(), Roles.INSTRUCTOR);
        var signedIn = new WebSession(URI.create(server.getURL() + "/"));
        signedIn.get("/login");
        HttpResponse<String> login = signedIn.post("/login", Map.of("username", username, "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(303);
        return signedIn;
    }
}
