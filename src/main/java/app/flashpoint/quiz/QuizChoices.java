package app.flashpoint.quiz;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.KeyPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** What a quiz can be drawn from, as the blueprint forms (self-tests, assignments) list it. */
public final class QuizChoices {
    private QuizChoices() {
    }

    public record Family(String name, int index, List<Point> keyPoints) {
    }

    public record Point(String id, String title, long items) {
    }

    public record Kind(String value, String label, long items) {
    }

    /** The deck's key points by family, in deck order, with their item counts. */
    public static List<Family> families(Deck deck) {
        var byFamily = new LinkedHashMap<String, List<Point>>();
        for (KeyPoint k : deck.keyPoints()) {
            byFamily.computeIfAbsent(k.family(), f -> new ArrayList<>())
                    .add(new Point(k.id(), k.title(), deck.itemCount(k.id())));
        }
        var families = new ArrayList<Family>();
        byFamily.forEach((name, points) -> families.add(new Family(name, families.size(), points)));
        return families;
    }

    /** The item types the deck has, with their name and a count each. */
    public static List<Kind> kinds(Deck deck) {
        var kinds = new ArrayList<Kind>();
        for (ItemType type : ItemType.values()) {
            long count = deck.items().stream().map(Item::type).filter(type::equals).count();
            if (count > 0) {
                kinds.add(new Kind(type.yamlName(), type.label(), count));
            }
        }
        return kinds;
    }
}
