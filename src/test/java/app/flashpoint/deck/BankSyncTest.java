package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SharedApp
class BankSyncTest {
    @Inject
    BankSync sync;

    @Inject
    BankLocation location;

    @Inject
    DeckCatalog catalog;

    @Test
    void unchangedBankWritesNothingEditsKeepIdsAndRemovalsRetire() {
        Bank original = BankReader.read(location.bank(), location.seeds());
        assertThat(sync.sync(original).writes()).isZero();

        Deck deck = original.decks().get(0);
        Item edited = deck.items().get(0);
        Item removed = deck.items().get(1);
        var items = new ArrayList<>(deck.items());
        items.set(0, new Item(edited.id(), edited.keyPoint(), edited.bloom(), edited.content(),
                "A reworded explanation.", edited.sources()));
        items.remove(1);
        Bank changed = new Bank(List.of(new Deck(deck.slug(), deck.title(), deck.description(), deck.documents(),
                deck.keyPoints(), items)), original.documents());
        try {
            BankSync.Report report = sync.sync(changed);

            assertThat(report.inserted()).isZero();
            assertThat(report.retired()).isEqualTo(1);
            // every item after the removed one moved up a position; the edited one changed its text
            assertThat(report.updated()).isEqualTo(deck.items().size() - 2 + 1);
            assertThat(catalog.item(deck.slug(), edited.id(), null).orElseThrow().explanation())
                    .isEqualTo("A reworded explanation.");
            assertThat(catalog.item(deck.slug(), removed.id(), null)).isEmpty();
            assertThat(catalog.citationsOf(removed.sources().get(0).document(), null))
                    .noneMatch(c -> c.itemId().equals(removed.id()));
        } finally {
            BankSync.Report restored = sync.sync(original);
            assertThat(restored.inserted()).isZero();
        }
        assertThat(catalog.item(deck.slug(), removed.id(), null)).isPresent();
        assertThat(sync.sync(original).writes()).isZero();
    }
}
