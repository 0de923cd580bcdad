package app.flashpoint.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;

/**
 * The two answers every page controller gives: a view with its model, and a See Other after a POST
 * (Post/Redirect/Get). The model is a HashMap, not Map.of, so a value may be null (an empty form field).
 */
public final class PageResponses {
    private PageResponses() {
    }

    public static HttpResponse<?> page(HttpStatus status, String view, Object... keysAndValues) {
        var model = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return HttpResponse.status(status).body(new ModelAndView<>(view, model));
    }

    public static HttpResponse<?> page(String view, Object... keysAndValues) {
        return page(HttpStatus.OK, view, keysAndValues);
    }

    public static HttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
