package app.flashpoint.authoring;

import app.flashpoint.account.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every page {@code canAuthor}: whether the signed-in account may edit decks, so the header shows
 * the authoring link and an item page its "Edit" link (which is where the gradebook's flags lead).
 */
@Singleton
class AuthorLinkModel implements ViewModelProcessor<Map<String, Object>> {
    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        boolean canAuthor = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getRoles().contains(Roles.INSTRUCTOR) || a.getRoles().contains(Roles.ADMIN))
                .orElse(false);
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("canAuthor", canAuthor);
        modelAndView.setModel(model);
    }
}
