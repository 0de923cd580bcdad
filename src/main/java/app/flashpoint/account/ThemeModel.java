package app.flashpoint.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Gives every page {@code theme}: the signed-in account's chosen scheme (the layout's data-theme), else null. */
@Singleton
class ThemeModel implements ViewModelProcessor<Map<String, Object>> {
    private final Themes themes;

    ThemeModel(Themes themes) {
        this.themes = themes;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        request.getUserPrincipal(Authentication.class).flatMap(a -> themes.of(CurrentAccount.of(a).id()))
                .ifPresent(theme -> {
                    var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
                    model.putIfAbsent("theme", theme);
                    modelAndView.setModel(model);
                });
    }
}
