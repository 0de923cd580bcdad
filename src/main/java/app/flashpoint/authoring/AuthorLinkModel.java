package app.flashpoint.authoring;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.deck.DeckDetail;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every page {@code canAuthor}: whether the header shows the link to the authoring pages (an instructor
 * or admin always; anyone else once they own a deck, imported or made), {@code authoringName}: what that link
 * and the pages' breadcrumbs call them ("Authoring" for those who edit the bank, "Your decks" for the rest),
 * {@code teaches}: whether the account is an instructor or admin (whose decks go on classes and may be public),
 * and {@code canAdminister} for the accounts link; and on a page about a deck, {@code canEditDeck}: whether this
 * account may edit that deck, so the deck and item pages offer their "Edit" links only when they would work.
 */
@Singleton
class AuthorLinkModel implements ViewModelProcessor<Map<String, Object>> {
    static final String AUTHORING = "Authoring";
    static final String YOUR_DECKS = "Your decks";

    private final EditableDecks editable;

    AuthorLinkModel(EditableDecks editable) {
        this.editable = editable;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Optional<CurrentAccount> me = request.getUserPrincipal(Authentication.class).map(CurrentAccount::of);
        boolean teaches = me.filter(EditableDecks::teaches).isPresent();
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        if (!model.containsKey("canAuthor")) {
            model.put("canAuthor", teaches || me.filter(editable::ownsAny).isPresent());
        }
        model.putIfAbsent("authoringName", teaches ? AUTHORING : YOUR_DECKS);
        model.putIfAbsent("teaches", teaches);
        model.putIfAbsent("canAdminister", me.filter(a -> Roles.ADMIN.equals(a.role())).isPresent());
        boolean canEditDeck = me.isPresent() && model.get("deck") instanceof DeckDetail deck
                && editable.mayEdit(deck.slug(), me.get());
        model.putIfAbsent("canEditDeck", canEditDeck);
        modelAndView.setModel(model);
    }
}
