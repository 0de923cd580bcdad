package app.flashpoint.card;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A card's front rendered by its one template ({@code views/card/front.html}) to HTML, for answers that carry
 * the next card to a page already open (the study API), so that no script draws a card of its own.
 */
@Singleton
public class CardFronts {
    private final ThymeleafViewsRenderer<Map<String, Object>> views;

    CardFronts(ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** {@code action} is the page the reveal form goes to; {@code token} and {@code shown} go back with it. */
    public String render(CardView view, String action, String token, long shown, HttpRequest<?> request) {
        var html = new StringWriter();
        try {
            views.render("card/front", Map.of("view", view, "action", action, "token", token, "shown", shown,
                    "revealed", false), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString().strip();
    }
}
