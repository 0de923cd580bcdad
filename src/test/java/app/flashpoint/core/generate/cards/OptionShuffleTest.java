package app.flashpoint.core.generate.cards;

import app.flashpoint.core.generate.text.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OptionShuffleTest {
    private static final CardFace.MultipleChoice FACE = new CardFace.MultipleChoice("q?", List.of(
            new Option("key", true, ""), new Option("a", false, "w"), new Option("b", false, "w"),
            new Option("c", false, "w")));

    @Test
    void sameSeedSameOrderAndDifferentAttemptsDiffer() {
        long seed = Seeds.of("learner-1", 3, "item#0");
        assertThat(FACE.shuffled(seed)).isEqualTo(FACE.shuffled(seed)).hasSize(4)
                .containsExactlyInAnyOrderElementsOf(FACE.options());
        long distinctOrders = java.util.stream.IntStream.range(0, 50)
                .mapToObj(a -> FACE.shuffled(Seeds.of("learner-1", a, "item#0"))).distinct().count();
        assertThat(distinctOrders).isGreaterThan(10);
    }

    /** Chi-square goodness of fit, 3 degrees of freedom: 16.27 is the 0.1 % critical value. */
    @Test
    void keyPositionIsSpreadEvenlyOverManyLearnersAndAttempts() {
        int draws = 8000;
        int[] counts = new int[4];
        for (int learner = 0; learner < 400; learner++) {
            for (int attempt = 0; attempt < draws / 400; attempt++) {
                List<Option> shown = FACE.shuffled(Seeds.of("learner-" + learner, attempt, "item#0"));
                counts[shown.indexOf(FACE.options().get(0))]++;
            }
        }
        double expected = draws / 4.0;
        double chiSquare = 0;
        for (int c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        assertThat(chiSquare).as("key positions %s", java.util.Arrays.toString(counts)).isLessThan(16.27);
    }

    @Test
    void scrambledOrderingIsNotAlreadySolved() {
        var ordering = new CardFace.Ordering("p", List.of("one", "two", "three"));
        for (long seed = 0; seed < 200; seed++) {
            assertThat(ordering.scrambled(seed)).isNotEqualTo(ordering.sequence())
                    .containsExactlyInAnyOrderElementsOf(ordering.sequence());
        }
    }

    @Test
    void aTwoPairMatchingCardNeverStartsSolved() {
        var matching = new CardFace.Matching("p", List.of(new app.flashpoint.core.bank.ItemContent.Pair("left", "right"),
                new app.flashpoint.core.bank.ItemContent.Pair("up", "down")));
        for (long seed = 0; seed < 200; seed++) {
            assertThat(matching.shuffledRights(seed)).containsExactly("down", "right");
        }
    }
}
