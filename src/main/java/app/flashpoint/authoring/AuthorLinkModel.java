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

/**
 * Gives every page {@code canAuthor}: whether the signed-in account may edit decks, so the header shows
 * the authoring link, and {@code canAdminister} for the accounts link; and on a page about a deck, {@code canEditDeck}: whether this author may edit that
 * deck, so an item page offers its "Edit" link (where the gradebook's flags lead) only when it would work.
 */
@Singleton
class AuthorLinkModel implements ViewModelProcessor<Map<String, Object>> {
    private final EditableDecks editable;

    AuthorLinkModel(EditableDecks editable) {
        this.editable = editable;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        var author = request.getUserPrincipal(Authentication.class)
                .filter(a -> a.getRoles().contains(Roles.INSTRUCTOR) || a.getRoles().contains(Roles.ADMIN));
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("canAuthor", author.isPresent());
        model.putIfAbsent("canAdminister", author.filter(a -> a.getRoles().contains(Roles.ADMIN)).isPresent());
        boolean canEditDeck = author.isPresent() && model.get("deck") instanceof DeckDetail deck
                && editable.mayEdit(deck.slug(), CurrentAccount.of(author.get()));
        model.putIfAbsent("canEditDeck", canEditDeck);
        modelAndView.setModel(model);
    }
}
