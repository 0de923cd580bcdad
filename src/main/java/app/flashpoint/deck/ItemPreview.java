package app.flashpoint.deck;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * An item laid out as a learner meets it, for the item page: cloze cards with blanks, options in a
 * shuffled order, ordering and matching elements shuffled. The order is seeded by the item id, so the
 * page reads the same on every visit.
 */
public record ItemPreview(Item item, KeyPointSummary keyPoint, String typeLabel, List<ClozeCard> clozeCards,
                          List<Option> options, List<String> shuffled, List<String> shuffledRights) {

    public record ClozeCard(int number, List<ClozeText.Segment> segments, String answer) {
    }

    public record Option(String text, boolean key, String why) {
    }

    static ItemPreview of(Item item, KeyPointSummary keyPoint) {
        var random = new Random(item.id().hashCode());
        List<ClozeCard> clozeCards = List.of();
        List<Option> options = List.of();
        List<String> shuffled = List.of();
        List<String> shuffledRights = List.of();
        ItemContent content = item.content();
        if (content instanceof ItemContent.Cloze c) {
            var cloze = new ClozeText(c.text());
            clozeCards = cloze.numbers().stream()
                    .map(n -> new ClozeCard(n, cloze.prompt(n), cloze.answer(n))).toList();
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            var list = new ArrayList<Option>();
            list.add(new Option(mc.answer(), true, null));
            mc.distractors().forEach(d -> list.add(new Option(d.text(), false, d.why())));
            Collections.shuffle(list, random);
            options = List.copyOf(list);
        } else if (content instanceof ItemContent.Ordering o) {
            shuffled = shuffledCopy(o.sequence(), random);
        } else if (content instanceof ItemContent.Matching m) {
            shuffledRights = shuffledCopy(m.pairs().stream().map(ItemContent.Pair::right).toList(), random);
        }
        return new ItemPreview(item, keyPoint, item.type().label(), clozeCards, options, shuffled, shuffledRights);
    }

    public String type() {
        return item.type().yamlName();
    }

    private static List<String> shuffledCopy(List<String> values, Random random) {
        var copy = new ArrayList<>(values);
        // a shuffle that happens to keep the right order would give the answer away
        for (int attempt = 0; attempt < 5 && copy.equals(values); attempt++) {
            Collections.shuffle(copy, random);
        }
        return List.copyOf(copy);
    }
}
