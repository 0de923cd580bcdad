package app.flashpoint.system;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The two answers every page controller gives: a view with its model, and a See Other after a POST
 * (Post/Redirect/Get).
 *
 * <p>A page's model is a typed record ({@code @Introspected}, so no reflection). The views' model processors
 * (CSRF token, the signed-in account, the current page, due assignments) add to a {@code Map} model only, so the
 * record is spread into one here, at the one boundary between controllers and templates. The map is a HashMap,
 * not Map.of, so a component may be null (an empty form field).
 */
public final class PageResponses {
    private PageResponses() {
    }

    public static HttpResponse<?> page(HttpStatus status, String view, Record model) {
        return HttpResponse.status(status).body(view(view, model));
    }

    public static HttpResponse<?> page(String view, Record model) {
        return page(HttpStatus.OK, view, model);
    }

    public static ModelAndView<Map<String, Object>> view(String view, Record model) {
        return new ModelAndView<>(view, spread(model));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spread(Record model) {
        var introspection = (BeanIntrospection<Record>) BeanIntrospection.getIntrospection(model.getClass());
        var map = new HashMap<String, Object>();
        for (BeanProperty<Record, Object> property : introspection.getBeanProperties()) {
            map.put(property.getName(), property.get(model));
        }
        return map;
    }

    public static HttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
