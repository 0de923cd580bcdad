package app.flashpoint.deck;

import app.flashpoint.account.CurrentAccount;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.util.Map;
import java.util.Optional;

/** For the features that add a signed-in learner's day to the home page (deck/home) without deck knowing them. */
public final class HomePage {
    private HomePage() {
    }

    /** The signed-in learner when {@code page} is the home page; empty for any other page or a visitor. */
    public static Optional<CurrentAccount> learner(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        if (!page.getView().map("deck/home"::equals).orElse(false)) {
            return Optional.empty();
        }
        return request.getUserPrincipal(Authentication.class).map(CurrentAccount::of);
    }
}
