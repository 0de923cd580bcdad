package app.flashpoint.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;

/** Responses the authoring pages share: a view with its model (null values allowed), and Post/Redirect/Get. */
final class AuthoringViews {
    private AuthoringViews() {
    }

    static HttpResponse<?> page(HttpStatus status, String view, Object... keysAndValues) {
        var model = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return HttpResponse.status(status).body(new ModelAndView<>(view, model));
    }

    static HttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    static String deckPath(String slug) {
        return "/author/decks/" + slug;
    }
}
