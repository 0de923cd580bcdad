package app.flashpoint.system;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every page the path it was shown at ({@code currentPage}), so "Study as a guest" in the header
 * brings the visitor back to the page they were on.
 */
@Singleton
class CurrentPageModel implements ViewModelProcessor<Map<String, Object>> {
    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        String page = request.getMethod() == HttpMethod.GET ? request.getUri().toString() : "/";
        // controllers often return Map.of(...), which cannot take another entry
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("currentPage", page);
        modelAndView.setModel(model);
    }
}
