package app.flashpoint.assignment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;

/** Responses the assignment pages share: a view with a model, and a See Other. */
final class Views {
    private Views() {
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

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
