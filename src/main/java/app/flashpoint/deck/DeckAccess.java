package app.flashpoint.deck;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may study a deck and read what it holds: anyone for a public deck (every bank deck); for a private
 * one, its owner, admins, and the instructor and members of a class on it. Everyone else meets a 404, as
 * for a deck that does not exist. Not cached: on PostgreSQL several instances serve, and a deck made
 * private must be private on all of them at once.
 */
@Singleton
public class DeckAccess {
    private final DeckRepository decks;

    DeckAccess(DeckRepository decks) {
        this.decks = decks;
    }

    public boolean maySee(DeckRow deck, @Nullable CurrentAccount viewer) {
        return deck.isPublic() || (viewer != null && (authors(deck, viewer)
                || decks.countClassesOn(deck.slug(), viewer.id()) > 0));
    }

    public boolean maySee(String slug, @Nullable CurrentAccount viewer) {
        return decks.findById(slug).filter(d -> maySee(d, viewer)).isPresent();
    }

    /** Throws the 404 of a missing deck unless {@code viewer} may see it. */
    public void require(String slug, @Nullable CurrentAccount viewer) {
        if (!maySee(slug, viewer)) {
            throw NotFoundException.of("deck", slug);
        }
    }

    /** The slugs of every deck {@code viewer} may see, in one pass over the decks. */
    public Set<String> visible(List<DeckRow> all, @Nullable CurrentAccount viewer) {
        Set<String> classDecks = viewer == null ? Set.of() : new HashSet<>(decks.findClassDeckSlugs(viewer.id()));
        var visible = new HashSet<String>();
        for (DeckRow deck : all) {
            if (deck.isPublic() || (viewer != null && (authors(deck, viewer) || classDecks.contains(deck.slug())))) {
                visible.add(deck.slug());
            }
        }
        return visible;
    }

    private static boolean authors(DeckRow deck, CurrentAccount viewer) {
        return Objects.equals(deck.ownerId(), viewer.id()) || Roles.ADMIN.equals(viewer.role());
    }
}
