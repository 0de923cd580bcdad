package app.flashpoint.system;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Saved" messages after Post/Redirect/Get: the POST's redirect carries a short-lived cookie, the next page
 * shows it as a toast (the layout's {@code toast}) and clears it. A cookie, not server memory, so it works
 * whichever instance serves the next page; text only, escaped by the view like any other.
 */
public final class Toasts {
    static final String COOKIE = "flashpoint_toast";
    private static final int MAX = 200;

    private Toasts() {
    }

    /** A See Other to {@code path} that shows {@code message} on the page it leads to. */
    public static HttpResponse<?> seeOther(String path, String message) {
        return add(HttpResponse.seeOther(URI.create(path)), message);
    }

    public static MutableHttpResponse<?> add(MutableHttpResponse<?> response, String message) {
        String text = message.length() > MAX ? message.substring(0, MAX) : message;
        return response.cookie(Cookie.of(COOKIE, URLEncoder.encode(text, StandardCharsets.UTF_8)).path("/")
                .httpOnly(true).sameSite(SameSite.Lax).maxAge(Duration.ofMinutes(1)));
    }

    static Optional<String> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8))
                .filter(t -> !t.isBlank()).map(t -> t.length() > MAX ? t.substring(0, MAX) : t);
    }

    /** Gives the page the toast, if the request brought one. */
    @Singleton
    static class ToastModel implements ViewModelProcessor<Map<String, Object>> {
        @Override
        public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
            Optional<String> toast = of(request);
            if (toast.isPresent()) {
                var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
                model.putIfAbsent("toast", toast.get());
                modelAndView.setModel(model);
            }
        }
    }

    /** Clears the cookie once a page has shown it, so the toast is seen once (a redirect passes it on). */
    @ServerFilter("/**")
    static class ShownOnce {
        @ResponseFilter
        void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
            boolean page = response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
            if (request.getMethod() == HttpMethod.GET && page && response.code() < 300
                    && request.getCookies().contains(COOKIE)) {
                response.cookie(Cookie.of(COOKIE, "").path("/").maxAge(Duration.ZERO));
            }
        }
    }
}
