package app.flashpoint.cram;

import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.card.DeckCards;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The new-session form: the deck's key points by family with their card counts, the choice as sent, sessions to resume. */
record NewCramPage(String slug, String title, List<Family> families, CramScope form, List<Unfinished> unfinished,
                   @Nullable String error) {

    record Family(String name, List<Point> keyPoints) {
    }

    record Point(String id, String title, long cards) {
    }

    record Unfinished(long id, int done, int total) {
    }

    static NewCramPage of(DeckCards deck, CramScope form, List<Unfinished> unfinished, @Nullable String error) {
        Map<String, Long> cards = deck.cards().stream().collect(Collectors.groupingBy(Card::keyPoint, Collectors.counting()));
        var byFamily = new LinkedHashMap<String, List<Point>>();
        for (KeyPoint k : deck.deck().keyPoints()) {
            byFamily.computeIfAbsent(k.family(), f -> new ArrayList<>())
                    .add(new Point(k.id(), k.title(), cards.getOrDefault(k.id(), 0L)));
        }
        var families = new ArrayList<Family>();
        byFamily.forEach((name, points) -> families.add(new Family(name, points)));
        return new NewCramPage(deck.slug(), deck.deck().title(), families, form, unfinished, error);
    }

    public boolean chosenKeyPoint(String id) {
        return form.keyPoints().contains(id);
    }

    public boolean chosenFamily(String name) {
        return form.families().contains(name);
    }
}
