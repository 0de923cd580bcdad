package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deck's items in the order the writers put them: key point by key point, each as a Moodle category
 * {@code deck title / key point title}, then any item whose key point the deck does not list, under the deck.
 */
final class DeckGroups {
    private DeckGroups() {
    }

    record Group(String category, String summary, List<Item> items) {
    }

    static List<Group> of(Deck deck) {
        var groups = new ArrayList<Group>();
        for (var kp : deck.keyPoints()) {
            var items = deck.items().stream().filter(i -> i.keyPoint().equals(kp.id())).toList();
            if (!items.isEmpty()) {
                groups.add(new Group(CategoryPath.write(deck.title(), kp.title()), kp.summary(), items));
            }
        }
        Set<String> listed = deck.keyPoints().stream().map(k -> k.id()).collect(Collectors.toSet());
        var orphans = deck.items().stream().filter(i -> !listed.contains(i.keyPoint())).toList();
        if (!orphans.isEmpty()) {
            groups.add(new Group(CategoryPath.write(deck.title()), "", orphans));
        }
        return groups;
    }

    static String leftOut(Item item, String why) {
        return item.id() + " (" + item.type().label() + "): " + why;
    }

    /** One line per item of the deck that {@code whyNot} names a reason for (null: the item is written). */
    static List<String> leftOut(Deck deck, Function<Item, String> whyNot) {
        var lines = new ArrayList<String>();
        for (Item item : deck.items()) {
            String why = whyNot.apply(item);
            if (why != null) {
                lines.add(leftOut(item, why));
            }
        }
        return lines;
    }
}
