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
 * the one-time token and the time shown are put into a remembered rendering instead of rendering again
 * (each appears once in a front: the reveal form's hidden fields).
 */
@Singleton
public class CardFronts {
    private static final String TOKEN = "token-to-fill-in";
    private static final String SHOWN = "shown-to-fill-in";

    private record Key(String card, String action, List<String> options, List<String> elements) {
    }

    /**
     * A rendering cut where the token and the time shown go (each once, in either order), so that filling one
     * in is two appends instead of two searches of the whole front.
     */
    private record Cut(String head, boolean tokenFirst, String middle, String tail) {
        static Cut of(String html) {
            int token = html.indexOf(TOKEN);
            int shown = html.indexOf(SHOWN);
            if (token < 0 || shown < 0 || html.indexOf(TOKEN, token + 1) >= 0 || html.indexOf(SHOWN, shown + 1) >= 0) {
                throw new IllegalStateException("a card front must hold the token and the time shown once each");
            }
            boolean tokenFirst = token < shown;
            int first = Math.min(token, shown);
            int second = Math.max(token, shown);
            int firstEnd = first + (tokenFirst ? TOKEN : SHOWN).length();
            int secondEnd = second + (tokenFirst ? SHOWN : TOKEN).length();
            return new Cut(html.substring(0, first), tokenFirst, html.substring(firstEnd, second),
                    html.substring(secondEnd));
        }

        String fill(String token, String shown) {
            return new StringBuilder(head.length() + middle.length() + tail.length() + token.length() + 16)
                    .append(head).append(tokenFirst ? token : shown).append(middle)
                    .append(tokenFirst ? shown : token).append(tail).toString();
        }
    }

    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final Cache<Key, Cut> rendered = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    CardFronts(ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** {@code action} is the page the reveal form goes to; {@code token} and {@code shown} go back with it. */
    public String render(CardView view, String action, String token, long shown, HttpRequest<?> request) {
        var key = new Key(view.card().id(), action, view.options().stream().map(o -> o.text()).toList(),
                view.elements());
        return rendered.get(key, k -> Cut.of(renderOnce(view, action, request))).fill(token, Long.toString(shown));
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
