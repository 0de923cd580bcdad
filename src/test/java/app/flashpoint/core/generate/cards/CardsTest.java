package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import app.flashpoint.core.bank.ClozeText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.flashpoint.core.generate.Fixtures.deck;
import static app.flashpoint.core.generate.Fixtures.item;
import static app.flashpoint.core.generate.Fixtures.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;

class CardsTest {
    private static final Deck EMPTY = deck(List.of(keyPoint("kp", "f")), List.of());

    @Test
    void basicGivesOneCardAndReversibleTwoWithStableOrdinals() {
        Item basic = item("b", "kp", Bloom.REMEMBER, new ItemContent.Basic("front", "back"));
        Item reversible = item("r", "kp", Bloom.REMEMBER, new ItemContent.Reversible("CVID", "complete denuclearization"));

        assertThat(Cards.of(basic, EMPTY)).singleElement()
                .satisfies(c -> assertThat(c.face()).isEqualTo(new CardFace.FrontBack("front", "back")));
        List<Card> cards = Cards.of(reversible, EMPTY);
        assertThat(cards).extracting(Card::ordinal).containsExactly(0, 1);
        assertThat(cards.get(1).face()).isEqualTo(new CardFace.FrontBack("complete denuclearization", "CVID"));
        assertThat(cards).extracting(Card::id).containsExactly("r#0", "r#1");
    }

    @Test
    void clozeGivesOneCardPerDeletionWithTheOthersFilledIn() {
        Item cloze = item("c", "kp", Bloom.REMEMBER,
                new ItemContent.Cloze("no {{c1::war}}, no {{c2::instability}}, and no {{c3::nukes}}"));

        List<Card> cards = Cards.of(cloze, EMPTY);

        assertThat(cards).extracting(Card::ordinal).containsExactly(1, 2, 3);
        var second = (CardFace.Cloze) cards.get(1).face();
        assertThat(second.answer()).isEqualTo("instability");
        assertThat(second.prompt()).extracting(ClozeText.Segment::blank).containsOnlyOnce(true);
        String shown = second.prompt().stream().filter(s -> !s.blank()).map(ClozeText.Segment::text)
                .reduce("", String::concat);
        assertThat(shown).contains("war").contains("nukes").doesNotContain("instability");
    }

    @Test
    void everyCardCarriesItsItemKeyPointAndSources() {
        Item tf = item("t", "kp", Bloom.UNDERSTAND, new ItemContent.TrueFalse("China wants war.", false));
        Card card = Cards.of(tf, EMPTY).get(0);
        assertThat(card.itemId()).isEqualTo("t");
        assertThat(card.keyPoint()).isEqualTo("kp");
        assertThat(card.sources()).isEqualTo(tf.sources()).isNotEmpty();
        assertThat(card.kind()).isEqualTo(CardKind.TRUE_FALSE);
    }

    @Test
    void eachRemainingTypeHasItsOwnKind() {
        var items = List.of(
                item("s", "kp", Bloom.REMEMBER, new ItemContent.ShortAnswer("q?", List.of("a"))),
                item("o", "kp", Bloom.REMEMBER, new ItemContent.Ordering("order", List.of("x", "y"))),
                item("m", "kp", Bloom.REMEMBER, new ItemContent.Matching("match", List.of(new Pair("l1", "r1"), new Pair("l2", "r2")))));
        assertThat(items.stream().map(i -> Cards.of(i, EMPTY).get(0).kind()))
                .containsExactly(CardKind.TYPE_IN, CardKind.ORDERING, CardKind.MATCHING);
    }

    @Test
    void multipleChoiceKeepsAuthoredDistractorsUpToFourOptions() {
        Item mc = item("mc", "kp", Bloom.REMEMBER, new ItemContent.MultipleChoice("q?", "key", List.of(
                new Distractor("d1", "w"), new Distractor("d2", "w"), new Distractor("d3", "w"), new Distractor("d4", "w"))));
        var face = (CardFace.MultipleChoice) Cards.of(mc, EMPTY).get(0).face();
        assertThat(face.options()).hasSize(4).filteredOn(Option::correct).singleElement()
                .extracting(Option::text).isEqualTo("key");
    }

    @Test
    void multipleChoiceWithTooFewDistractorsBorrowsSiblingKeysButNeverARelatedOne() {
        Item thin = item("thin", "leverage", Bloom.REMEMBER, new ItemContent.MultipleChoice(
                "China uses its cooperation on North Korea as a what?", "bargaining chip",
                List.of(new Distractor("peace offering", "no"))));
        Item superset = mc("sup", "other-a", "bargaining chip for Taiwan");
        Item sameFamily = mc("fam", "other-b", "counterbalance");
        Item otherFamily = mc("far", "other-c", "wild card");
        Item sameKeyPoint = mc("same", "leverage", "lever");
        Deck deck = deck(List.of(keyPoint("leverage", "uses"), keyPoint("other-a", "uses"),
                keyPoint("other-b", "uses"), keyPoint("other-c", "russia")),
                List.of(thin, superset, sameFamily, otherFamily, sameKeyPoint));

        var face = (CardFace.MultipleChoice) Cards.of(thin, deck).get(0).face();

        assertThat(face.options()).extracting(Option::text)
                .containsExactly("bargaining chip", "peace offering", "counterbalance", "wild card");
    }

    @Test
    void multipleChoiceWithNoPossibleDistractorsIsAskedAsTypeIn() {
        Item lonely = item("l", "kp", Bloom.REMEMBER, new ItemContent.MultipleChoice("q?", "key", List.of()));
        assertThat(Cards.of(lonely, EMPTY).get(0).face())
                .isEqualTo(new CardFace.TypeIn("q?", List.of("key")));
    }

    private static Item mc(String id, String keyPoint, String answer) {
        return item(id, keyPoint, Bloom.REMEMBER, new ItemContent.MultipleChoice("q " + id + "?", answer,
                List.of(new Distractor("x " + id, "w"), new Distractor("y " + id, "w"))));
    }
}
