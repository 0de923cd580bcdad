package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;

import java.util.ArrayList;
import java.util.List;

/** Turns bank items into the cards a learner reviews, one or more per item. */
public final class Cards {
    private Cards() {
    }

    /** The cards of one item, borrowing multiple-choice distractors from {@code deck} when it has too few. */
    public static List<Card> of(Item item, Deck deck) {
        ItemContent content = item.content();
        if (content instanceof ItemContent.Basic b) {
            return List.of(card(item, 0, new CardFace.FrontBack(b.front(), b.back())));
        } else if (content instanceof ItemContent.Reversible r) {
            return List.of(card(item, 0, new CardFace.FrontBack(r.front(), r.back())),
                    card(item, 1, new CardFace.FrontBack(r.back(), r.front())));
        } else if (content instanceof ItemContent.Cloze c) {
            return clozeCards(item, c);
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            return List.of(multipleChoice(item, mc, deck));
        } else if (content instanceof ItemContent.TrueFalse tf) {
            return List.of(card(item, 0, new CardFace.TrueFalse(tf.statement(), tf.answer())));
        } else if (content instanceof ItemContent.ShortAnswer sa) {
            return List.of(card(item, 0, new CardFace.TypeIn(sa.question(), sa.answers())));
        } else if (content instanceof ItemContent.Ordering o) {
            return List.of(card(item, 0, new CardFace.Ordering(o.prompt(), o.sequence())));
        } else if (content instanceof ItemContent.Matching m) {
            return List.of(card(item, 0, new CardFace.Matching(m.prompt(), m.pairs())));
        }
        throw new IllegalArgumentException("no card kind for " + content);
    }

    /** Every card of every item of the deck, in item order. */
    public static List<Card> of(Deck deck) {
        var cards = new ArrayList<Card>();
        deck.items().forEach(i -> cards.addAll(of(i, deck)));
        return cards;
    }

    private static List<Card> clozeCards(Item item, ItemContent.Cloze cloze) {
        var text = new ClozeText(cloze.text());
        return text.numbers().stream()
                .map(n -> card(item, n, new CardFace.Cloze(text.prompt(n), text.answer(n), text.plain(),
                        text.accepted(n), text.others(n))))
                .toList();
    }

    /**
     * Key plus up to three distractors. With fewer than two authored distractors a multiple-choice card
     * would be a coin toss, so siblings' keys fill in; if even that is not enough the item is asked as a
     * type-in question rather than shown with a giveaway pair of options.
     */
    private static Card multipleChoice(Item item, ItemContent.MultipleChoice mc, Deck deck) {
        var distractors = new ArrayList<Option>();
        mc.distractors().stream().limit(MAX_DISTRACTORS)
                .forEach(d -> distractors.add(new Option(d.text(), false, d.why())));
        if (distractors.size() < 2) {
            for (String borrowed : SiblingDistractors.forItem(item, mc, deck)) {
                if (distractors.size() >= MAX_DISTRACTORS) {
                    break;
                }
                distractors.add(new Option(borrowed, false, "the answer to a different key point of this deck"));
            }
        }
        if (distractors.size() < 2) {
            return card(item, 0, new CardFace.TypeIn(mc.question(), List.of(mc.answer()),
                    distractors.stream().map(Option::text).toList()));
        }
        var options = new ArrayList<Option>();
        options.add(new Option(mc.answer(), true, ""));
        options.addAll(distractors);
        return card(item, 0, new CardFace.MultipleChoice(mc.question(), options));
    }

    static final int MAX_DISTRACTORS = 3;

    private static Card card(Item item, int ordinal, CardFace face) {
        return new Card(item.id(), ordinal, item.keyPoint(), item.sources(), face);
    }

    static String family(Deck deck, String keyPointId) {
        return deck.keyPoints().stream().filter(k -> k.id().equals(keyPointId)).map(KeyPoint::family)
                .findFirst().orElse("");
    }
}
