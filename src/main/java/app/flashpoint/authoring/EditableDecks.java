package app.flashpoint.authoring;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.deck.DeckRepository;
import app.flashpoint.deck.DeckRow;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Which decks an account may edit. Bank decks belong to no one (they are reviewed like code), so every
 * instructor may edit them, and no student. A deck created in the browser or imported belongs to its creator,
 * whatever their role (a student edits the decks they imported), and admins. Anyone else's deck is a 404, like
 * a missing one, as for classes.
 */
@Singleton
class EditableDecks {
    private final DeckRepository decks;
    private final StoredJson json;

    EditableDecks(DeckRepository decks, StoredJson json) {
        this.decks = decks;
        this.json = json;
    }

    List<AuthoredDeck> list(CurrentAccount me) {
        return decks.listOrderByTitle().stream().filter(d -> may(d, me)).map(this::of).toList();
    }

    AuthoredDeck get(String slug, CurrentAccount me) {
        return decks.findById(slug).filter(d -> may(d, me)).map(this::of)
                .orElseThrow(() -> NotFoundException.of("deck", slug));
    }

    /** Whether the item pages of this deck should offer {@code me} an Edit link. */
    boolean mayEdit(String slug, CurrentAccount me) {
        return decks.findById(slug).filter(d -> may(d, me)).isPresent();
    }

    /** Whether {@code me} owns a deck: the header's link to the authoring pages is shown to a student who does. */
    boolean ownsAny(CurrentAccount me) {
        return decks.existsByOwnerId(me.id());
    }

    /** Instructors and admins edit the bank's decks and may make a deck public (a student's stay private). */
    static boolean teaches(CurrentAccount me) {
        return Roles.INSTRUCTOR.equals(me.role()) || Roles.ADMIN.equals(me.role());
    }

    private static boolean may(DeckRow deck, CurrentAccount me) {
        if (Roles.ADMIN.equals(me.role())) {
            return true;
        }
        return deck.ownerId() == null ? Roles.INSTRUCTOR.equals(me.role()) : deck.ownerId() == me.id();
    }

    private AuthoredDeck of(DeckRow row) {
        return new AuthoredDeck(row.slug(), row.title(), row.description(),
                    json.read(row.documents(), Argument.listOf(String.class)), row.ownerId(), row.contentHash(),
                    row.visibility());
    }
}
