package app.flashpoint.selftest;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.KeyPoint;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model of the new-test form: the deck's key points by family, the kinds it has, the form as filled in. */
public record NewTestPage(String slug, String title, List<Family> families, List<Kind> kinds, SelfTestSettings form,
                   Map<String, String> errors, @Nullable String shortage) {

    /** A family of key points as the blueprint forms list it (self-tests, assignments). */
    public record Family(String name, int index, List<Point> keyPoints) {
    }

    public record Point(String id, String title, long items) {
    }

    public record Kind(String value, String label, long items) {
    }

    static NewTestPage of(Deck deck, SelfTestSettings form, Map<String, String> errors, @Nullable String shortage) {
        return new NewTestPage(deck.slug(), deck.title(), families(deck), kinds(deck), form, errors, shortage);
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

    /** The item types the deck has, with a learner's name and a count each. */
    public static List<Kind> kinds(Deck deck) {
        var kinds = new ArrayList<Kind>();
        for (ItemType type : ItemType.values()) {
            long count = deck.items().stream().map(Item::type).filter(type::equals).count();
            if (count > 0) {
                kinds.add(new Kind(type.yamlName(), SelfTestSettings.kindLabel(type), count));
            }
        }
        return kinds;
    }

    public String error(String field) {
        return errors.get(field);
    }
}
