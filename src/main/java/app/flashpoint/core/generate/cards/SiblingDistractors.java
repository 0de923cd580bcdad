package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plausible wrong answers for an item with too few authored distractors: the keys of multiple-choice items
 * on other key points, same family first (they are about the same subject, so they are plausible), then
 * closest in length (so the key does not stand out). Anything related to the key (equal, superset,
 * subset after stemming) is refused: it would be a second defensible answer.
 */
final class SiblingDistractors {
    private SiblingDistractors() {
    }

    static List<String> forItem(Item item, ItemContent.MultipleChoice mc, Deck deck) {
        String family = Cards.family(deck, item.keyPoint());
        record Candidate(String text, boolean sameFamily, int lengthGap, String itemId) {
        }
        var candidates = new ArrayList<Candidate>();
        for (Item other : deck.items()) {
            if (other.keyPoint().equals(item.keyPoint()) || !(other.content() instanceof ItemContent.MultipleChoice o)) {
                continue;
            }
            String text = o.answer();
            boolean clash = Words.related(text, mc.answer())
                    || mc.distractors().stream().anyMatch(d -> Words.normalised(d.text()).equals(Words.normalised(text)))
                    || Words.normalised(mc.question()).contains(Words.normalised(text));
            if (!clash) {
                candidates.add(new Candidate(text, Cards.family(deck, other.keyPoint()).equals(family),
                        Math.abs(text.length() - mc.answer().length()), other.id()));
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameFamily())
                .thenComparingInt(Candidate::lengthGap).thenComparing(Candidate::itemId));
        var chosen = new ArrayList<String>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(t -> Words.related(t, c.text()))) {
                chosen.add(c.text());
            }
        }
        return chosen;
    }
}
