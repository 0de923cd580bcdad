package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ItemContent.Pair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraderTest {
    private static Card card(CardFace face) {
        return new Card("i", 0, "kp", List.of(), face);
    }

    @Test
    void multipleChoiceByOptionText() {
        Card c = card(new CardFace.MultipleChoice("q", List.of(new Option("key", true, ""), new Option("d", false, "w"))));
        assertThat(Grader.grade(c, new Response.Choice("key"))).isEqualTo(new Grade(Mark.CORRECT, 1));
        assertThat(Grader.grade(c, new Response.Choice("d"))).isEqualTo(new Grade(Mark.WRONG, 0));
    }

    @Test
    void typedAnswersUseTheLenientMarkerAndTyposStillScore() {
        Card c = card(new CardFace.Cloze(List.of(), "counterbalance", "x"));
        assertThat(Grader.grade(c, new Response.Typed("a counterbalanse"))).extracting(Grade::mark, Grade::score)
                .containsExactly(Mark.CLOSE, 1.0);
    }

    @Test
    void orderingAndMatchingEarnPartMarks() {
        Card o = card(new CardFace.Ordering("p", List.of("a", "b", "c", "d")));
        // Longest ordered subset a, b, c (or a, b, d): 3 of 4, nearly right. Counting items in their exact
        // slot, as before, gave 2 of 4.
        assertThat(Grader.grade(o, new Response.Order(List.of("a", "b", "d", "c"))))
                .extracting(Grade::mark, Grade::score).containsExactly(Mark.CLOSE, 0.75);
        Card m = card(new CardFace.Matching("p", List.of(new Pair("l1", "r1"), new Pair("l2", "r2"))));
        assertThat(Grader.grade(m, new Response.Matches(Map.of("l1", "r1", "l2", "r2")))).isEqualTo(new Grade(Mark.CORRECT, 1));
    }

    @Test
    void aResponseOfTheWrongShapeIsRefused() {
        Card tf = card(new CardFace.TrueFalse("s", true));
        assertThatThrownBy(() -> Grader.grade(tf, new Response.Choice("true")))
                .hasMessageContaining("TRUE_FALSE");
    }
}
