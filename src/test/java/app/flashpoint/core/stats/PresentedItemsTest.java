package app.flashpoint.core.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Items analysed over the attempts that presented them, and one item across quizzes; values by hand. */
class PresentedItemsTest {
    private static final Offset<Double> EPS = within(1e-9);

    private static Attempt attempt(String id, Answer... answers) {
        return new Attempt(id, List.of(answers));
    }

    /*
     * Four attempts, each drew two of X, Y, Z (all worth 1):
     *   p1: X=1 Y=1 | T=2     p2: X=0 Y=1 | T=1     p3: X=1 Z=0 | T=1     p4: Z=1 Y=0 | T=1
     */
    private static List<Attempt> randomDraws() {
        return List.of(
                attempt("p1", Answer.of("X", 1, 1), Answer.of("Y", 1, 1)),
                attempt("p2", Answer.of("X", 0, 1), Answer.of("Y", 1, 1)),
                attempt("p3", Answer.of("X", 1, 1), Answer.of("Z", 0, 1)),
                attempt("p4", Answer.of("Z", 1, 1), Answer.of("Y", 0, 1)));
    }

    @Test
    void eachItemCountsOnlyTheAttemptsThatPresentedIt() {
        List<PresentedItem> items = ItemAnalysis.ofPresented(randomDraws(), Map.of());
        assertThat(items).extracting(i -> i.statistics().itemId()).containsExactly("X", "Y", "Z");

        /*
         * X in p1, p2, p3: x = [1,0,1], T = [2,1,1], rest = [1,1,0]
         *   F = 2/3; dx = [1/3,-2/3,1/3], dr = [1/3,1/3,-2/3]; Σdx·dr = -1/3 -> Cov = -1/6
         *   Var(x) = Var(rest) = (6/9)/2 = 1/3 -> DI = 100·(-1/6)/(1/3) = -50
         *   sorted x = sorted rest = [0,1,1] -> Cov_max = 1/3 -> DE = -50
         * (counting p4 as a 0 would give F = 1/2 instead)
         */
        PresentedItem x = items.get(0);
        assertThat(x.attempts()).isEqualTo(3);
        assertThat(x.statistics().facility()).isCloseTo(2.0 / 3, EPS);
        assertThat(x.statistics().discriminationIndex()).isCloseTo(-50, EPS);
        assertThat(x.statistics().discriminativeEfficiency()).isCloseTo(-50, EPS);
        assertThat(x.statistics().flags()).containsExactlyInAnyOrder(ItemFlag.TOO_EASY,
                ItemFlag.DISCRIMINATION_NEEDS_CHECKING, ItemFlag.LIKELY_WRONG_KEY, ItemFlag.DUBIOUS_EFFICIENCY);
        assertThat(ItemAnalysis.of(randomDraws()).items().get(0).facility()).isCloseTo(0.5, EPS);

        /* Z in p3, p4: z = [0,1], rest = [1,0]: F = 1/2, Cov = -1/2, Var = 1/2 each -> DI = -100 */
        PresentedItem z = items.get(2);
        assertThat(z.attempts()).isEqualTo(2);
        assertThat(z.statistics().facility()).isCloseTo(0.5, EPS);
        assertThat(z.statistics().discriminationIndex()).isCloseTo(-100, EPS);
    }

    @Test
    void theSameItemsInEveryAttemptGiveTheUsualAnalysis() {
        List<Attempt> same = List.of(
                attempt("a", Answer.of("A", 1, 1), Answer.of("B", 0, 1)),
                attempt("b", Answer.of("A", 0, 1), Answer.of("B", 0, 1)),
                attempt("c", Answer.of("A", 1, 1), Answer.of("B", 1, 1)));
        List<ItemStatistics> usual = ItemAnalysis.of(same).items();
        assertThat(ItemAnalysis.ofPresented(same, Map.of())).extracting(PresentedItem::statistics)
                .containsExactlyElementsOf(usual);
    }

    @Test
    void anItemPresentedOnceIsNotEnoughData() {
        PresentedItem once = ItemAnalysis.ofPresented(List.of(attempt("a", Answer.of("A", 1, 1))), Map.of()).get(0);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.statistics().facility()).isNull();
        assertThat(once.statistics().discriminationIndex()).isNull();
        assertThat(once.statistics().flags()).isEmpty();
    }

    @Test
    void acrossQuizzesScalesTheItemAndTheRestOfEachAttempt() {
        /*
         * q1 (X alone): X=1 "key"                      -> x = 1, rest = 0 (no rest)
         * q2: X=0 "d1", A=1/1, B=1/1                   -> x = 0, rest = 2/2 = 1
         * q3: X=1 "key", A=0.5/1, B=0/1                -> x = 1, rest = 0.5/2 = 0.25
         * q4: no X                                     -> ignored
         *   F = 2/3; mean rest = 5/12; dx = [1/3,-2/3,1/3], dr = [-5/12, 7/12, -2/12]
         *   Σdx·dr = (-5 - 14 - 2)/36 = -7/12 -> Cov = -7/24
         *   Var(x) = 1/3; Σdr² = (25+49+4)/144 = 78/144 -> Var(rest) = 13/48
         *   DI = 100·(-7/24)/√(13/144) = -350/√13 = -97.0725...
         * Thirds (1 attempt each) by x + rest: q3 (1.25) high; q1 and q2 tie at 1, q2 comes last -> low.
         *   d1: share 1/3, high 0, low 1 (works); d2: never chosen -> rarely chosen.
         */
        List<Attempt> attempts = List.of(
                attempt("q1", new Answer("X", 1, 1, "key")),
                attempt("q2", new Answer("X", 0, 1, "d1"), Answer.of("A", 1, 1), Answer.of("B", 1, 1)),
                attempt("q3", new Answer("X", 1, 1, "key"), Answer.of("A", 0.5, 1), Answer.of("B", 0, 1)),
                attempt("q4", Answer.of("A", 1, 1)));
        PresentedItem x = ItemAnalysis.acrossQuizzes("X", attempts, List.of("key", "d1", "d2"));
        assertThat(x.attempts()).isEqualTo(3);
        assertThat(x.statistics().itemId()).isEqualTo("X");
        assertThat(x.statistics().facility()).isCloseTo(2.0 / 3, EPS);
        assertThat(x.statistics().discriminationIndex()).isCloseTo(-350 / Math.sqrt(13), EPS);
        assertThat(x.statistics().options()).extracting(OptionStatistics::option).containsExactly("key", "d1", "d2");
        OptionStatistics d1 = x.statistics().options().get(1);
        assertThat(d1.share()).isCloseTo(1.0 / 3, EPS);
        assertThat(d1.highShare()).isEqualTo(0.0);
        assertThat(d1.lowShare()).isEqualTo(1.0);
        assertThat(d1.flags()).isEmpty();
        assertThat(x.statistics().options().get(2).flags()).containsExactly(OptionFlag.RARELY_CHOSEN);
        assertThat(x.statistics().options().get(0).key()).isTrue();
        assertThat(x.statistics().flags()).contains(ItemFlag.DISTRACTOR_NOT_WORKING, ItemFlag.LIKELY_WRONG_KEY);
    }

    @Test
    void acrossQuizzesWithoutAttemptsIsNotEnoughData() {
        PresentedItem none = ItemAnalysis.acrossQuizzes("X", List.of(attempt("a", Answer.of("A", 1, 1))),
                List.of("key", "d1"));
        assertThat(none.attempts()).isZero();
        assertThat(none.statistics().facility()).isNull();
        assertThat(none.statistics().options()).extracting(OptionStatistics::share).containsExactly(null, null);
    }
}
