package app.flashpoint.card;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A card's front rendered by its one template ({@code views/card/front.html}) to HTML, for answers that carry
 * the next card to a page already open (the study API), so that no script draws a card of its own.
 *
 * <p>Rendering a front through its nested fragments costs far more CPU than the rest of an answer, and a front
 * depends only on its card, the page it is shown on and the order its options or elements are shuffled into:
 * the one-time token and the time shown are put into a remembered rendering instead of rendering again.
 */
@Singleton
public class CardFronts {
    private static final String TOKEN = "token-to-fill-in";
    private static final String SHOWN = "shown-to-fill-in";

    private record Key(String card, String action, List<String> options, List<String> elements) {
    }

    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    CardFronts(ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** {@code action} is the page the reveal form goes to; {@code token} and {@code shown} go back with it. */
    public String render(CardView view, String action, String token, long shown, HttpRequest<?> request) {
        var key = new Key(view.card().id(), action, view.options().stream().map(o -> o.text()).toList(),
                view.elements());
        String html = rendered.get(key, k -> renderOnce(view, action, request));
        return html.replace(TOKEN, token).replace(SHOWN, Long.toString(shown));
    }

    private String renderOnce(CardView view, String action, HttpRequest<?> request) {
        var html = new StringWriter();
        try {
            views.render("card/front", Map.of("view", view, "action", action, "token", TOKEN, "shown", SHOWN,
                    "revealed", false), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString().strip();
    }
}
