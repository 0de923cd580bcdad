package app.flashpoint.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {
    private static final Offset<Double> EPS = within(1e-6);

    /*
     * Fixed data set: 5 attempts x 3 items. A and B are worth 1 mark, C is worth 2.
     *
     *   attempt   A  B  C | T
     *   a1        1  1  2 | 4
     *   a2        1  0  2 | 3
     *   a3        0  1  1 | 2
     *   a4        1  0  0 | 1
     *   a5        0  0  1 | 1
     *
     * Sample (co)variances: sums of products of deviations divided by s - 1 = 4.
     */
    private static List<Attempt> fiveByThree() {
        double[][] marks = {{1, 1, 2}, {1, 0, 2}, {0, 1, 1}, {1, 0, 0}, {0, 0, 1}};
        List<Attempt> attempts = new ArrayList<>();
        for (int a = 0; a < marks.length; a++) {
            attempts.add(new Attempt("a" + (a + 1), List.of(
                    Answer.of("A", marks[a][0], 1),
                    Answer.of("B", marks[a][1], 1),
                    Answer.of("C", marks[a][2], 2))));
        }
        return attempts;
    }

    @Test
    void handComputedItemStatistics() {
        QuizStatistics stats = ItemAnalysis.of(fiveByThree());
        assertThat(stats.attempts()).isEqualTo(5);
        assertThat(stats.items()).extracting(ItemStatistics::itemId).containsExactly("A", "B", "C");

        /*
         * Item A: x = [1,1,0,1,0], rest = T - x = [3,2,2,0,1].
         *   mean x = 3/5 = 0.6 -> F = 0.6/1 = 0.6;  mean rest = 8/5 = 1.6
         *   dx = [.4,.4,-.6,.4,-.6], dr = [1.4,.4,.4,-1.6,-.6]
         *   sum dx*dr = .56 + .16 - .24 - .64 + .36 = 0.20      -> Cov = 0.05
         *   sum dx^2  = 3(.16) + 2(.36) = 1.2                   -> Var(x) = 0.3
         *   sum dr^2  = 1.96 + .16 + .16 + 2.56 + .36 = 5.2     -> Var(rest) = 1.3
         *   DI = 100 * 0.05 / sqrt(0.3 * 1.3) = 5 / sqrt(0.39) = 8.006407690...
         *   sorted x = [0,0,1,1,1], sorted rest = [0,1,2,2,3]
         *   dx = [-.6,-.6,.4,.4,.4], dr = [-1.6,-.6,.4,.4,1.4]
         *   sum = .96 + .36 + .16 + .16 + .56 = 2.2             -> Cov_max = 0.55
         *   DE = 100 * 0.05 / 0.55 = 100/11 = 9.090909...
         */
        ItemStatistics a = stats.items().get(0);
        assertThat(a.facility()).isCloseTo(0.6, EPS);
        assertThat(a.discriminationIndex()).isCloseTo(5 / Math.sqrt(0.39), EPS);
        assertThat(a.discriminationIndex()).isCloseTo(8.006407690, EPS);
        assertThat(a.discriminativeEfficiency()).isCloseTo(100.0 / 11, EPS);
        assertThat(a.flags()).containsExactlyInAnyOrder(
                ItemFlag.DISCRIMINATION_NEEDS_CHECKING, ItemFlag.DUBIOUS_EFFICIENCY);

        /*
         * Item B: x = [1,0,1,0,0], rest = [3,3,1,1,1].
         *   mean x = 0.4 -> F = 0.4;  mean rest = 9/5 = 1.8
         *   dx = [.6,-.4,.6,-.4,-.4], dr = [1.2,1.2,-.8,-.8,-.8]
         *   sum dx*dr = .72 - .48 - .48 + .32 + .32 = 0.40      -> Cov = 0.1
         *   Var(x) = (2(.36) + 3(.16))/4 = 1.2/4 = 0.3
         *   Var(rest) = (2(1.44) + 3(.64))/4 = 4.8/4 = 1.2
         *   DI = 100 * 0.1 / sqrt(0.36) = 10/0.6 = 50/3 = 16.666667
         *   sorted x = [0,0,0,1,1], sorted rest = [1,1,1,3,3]
         *   sum = 3(-.4 * -.8) + 2(.6 * 1.2) = .96 + 1.44 = 2.4 -> Cov_max = 0.6
         *   DE = 100 * 0.1 / 0.6 = 50/3 = 16.666667  (not below 15)
         */
        ItemStatistics b = stats.items().get(1);
        assertThat(b.facility()).isCloseTo(0.4, EPS);
        assertThat(b.discriminationIndex()).isCloseTo(50.0 / 3, EPS);
        assertThat(b.discriminativeEfficiency()).isCloseTo(50.0 / 3, EPS);
        assertThat(b.flags()).containsExactly(ItemFlag.DISCRIMINATION_NEEDS_CHECKING);

        /*
         * Item C (max 2): x = [2,2,1,0,1], rest = [2,1,1,1,0].
         *   mean x = 6/5 = 1.2 -> F = 1.2/2 = 0.6;  mean rest = 1
         *   dx = [.8,.8,-.2,-1.2,-.2], dr = [1,0,0,0,-1]
         *   sum dx*dr = .8 + .2 = 1.0                           -> Cov = 0.25
         *   Var(x) = (.64 + .64 + .04 + 1.44 + .04)/4 = 2.8/4 = 0.7
         *   Var(rest) = (1 + 1)/4 = 0.5
         *   DI = 100 * 0.25 / sqrt(0.35) = 42.257712736...
         *   sorted x = [0,1,1,2,2], sorted rest = [0,1,1,1,2]
         *   sum = (-1.2)(-1) + (.8)(1) = 2.0                    -> Cov_max = 0.5
         *   DE = 100 * 0.25 / 0.5 = 50
         */
        ItemStatistics c = stats.items().get(2);
        assertThat(c.maxMark()).isEqualTo(2.0);
        assertThat(c.facility()).isCloseTo(0.6, EPS);
        assertThat(c.discriminationIndex()).isCloseTo(25 / Math.sqrt(0.35), EPS);
        assertThat(c.discriminationIndex()).isCloseTo(42.257712736, EPS);
        assertThat(c.discriminativeEfficiency()).isCloseTo(50.0, EPS);
        assertThat(c.flags()).isEmpty();
        assertThat(c.options()).isEmpty();
    }

    @Test
    void handComputedReliability() {
        /*
         * T = [4,3,2,1,1], mean 11/5 = 2.2, dT = [1.8,.8,-.2,-1.2,-1.2]
         *   sum dT^2 = 3.24 + .64 + .04 + 1.44 + 1.44 = 6.8 -> Var(T) = 1.7
         *   sum Var(x_i) = 0.3 + 0.3 + 0.7 = 1.3, k = 3
         *   alpha = 100 * 3/2 * (1 - 1.3/1.7) = 150 * 0.4/1.7 = 600/17 = 35.294117647...
         *   ER = 100 * sqrt(1 - 6/17) = 100 * sqrt(11/17) = 80.439966654...
         *   SE = ER * sqrt(1.7) / 100 = sqrt(11/17 * 17/10) = sqrt(1.1) = 1.048808848...
         */
        QuizStatistics stats = ItemAnalysis.of(fiveByThree());
        assertThat(stats.alpha()).isCloseTo(600.0 / 17, EPS);
        assertThat(stats.alpha()).isCloseTo(35.294117647, EPS);
        assertThat(stats.errorRatio()).isCloseTo(100 * Math.sqrt(11.0 / 17), EPS);
        assertThat(stats.errorRatio()).isCloseTo(80.439966654, EPS);
        assertThat(stats.standardError()).isCloseTo(Math.sqrt(1.1), EPS);
        assertThat(stats.reliability()).isEqualTo(ReliabilityRating.UNSATISFACTORY);
    }

    @Test
    void oneAttemptIsNotEnoughData() {
        QuizStatistics stats = ItemAnalysis.of(List.of(fiveByThree().get(0)));
        assertThat(stats.attempts()).isEqualTo(1);
        assertThat(stats.alpha()).isNull();
        assertThat(stats.errorRatio()).isNull();
        assertThat(stats.standardError()).isNull();
        assertThat(stats.reliability()).isNull();
        assertThat(stats.items()).hasSize(3).allSatisfy(item -> {
            assertThat(item.facility()).isNull();
            assertThat(item.discriminationIndex()).isNull();
            assertThat(item.discriminativeEfficiency()).isNull();
            assertThat(item.flags()).isEmpty();
        });
    }

    @Test
    void noAttemptsIsNotEnoughData() {
        QuizStatistics stats = ItemAnalysis.of(List.of());
        assertThat(stats.attempts()).isZero();
        assertThat(stats.alpha()).isNull();
        assertThat(stats.items()).isEmpty();
    }

    @Test
    void itemEveryoneGotRightHasNoDiscrimination() {
        // Add item E (max 1) answered correctly by all five attempts: Var(x_E) = 0.
        List<Attempt> attempts = new ArrayList<>();
        for (Attempt attempt : fiveByThree()) {
            List<Answer> answers = new ArrayList<>(attempt.answers());
            answers.add(Answer.of("E", 1, 1));
            attempts.add(new Attempt(attempt.attemptId(), answers));
        }
        QuizStatistics stats = ItemAnalysis.of(attempts);
        ItemStatistics e = stats.items().get(3);
        assertThat(e.itemId()).isEqualTo("E");
        assertThat(e.facility()).isCloseTo(1.0, EPS);
        assertThat(e.discriminationIndex()).isNull();
        assertThat(e.discriminativeEfficiency()).isNull();
        assertThat(e.flags()).containsExactly(ItemFlag.TOO_EASY);

        // Every rest score of A shifts by +1, which changes no (co)variance: A's DI is unchanged.
        assertThat(stats.items().get(0).discriminationIndex()).isCloseTo(5 / Math.sqrt(0.39), EPS);
        /*
         * T shifts by +1 -> Var(T) = 1.7; sum Var(x_i) = 1.3 + 0; k = 4
         *   alpha = 100 * 4/3 * (1 - 1.3/1.7) = 400/3 * 4/17 = 1600/51 = 31.372549...
         */
        assertThat(stats.alpha()).isCloseTo(1600.0 / 51, EPS);
    }

    @Test
    void equalTotalsGiveNoAlpha() {
        // Two attempts, totals 1 and 1 -> Var(T) = 0 -> alpha, ER, SE unknown.
        // Item X: x = [1,0], rest = [0,1]: both variances are 0.5, Cov = -0.5 -> DI = -100.
        List<Attempt> attempts = List.of(
                new Attempt("p1", List.of(Answer.of("X", 1, 1), Answer.of("Y", 0, 1))),
                new Attempt("p2", List.of(Answer.of("X", 0, 1), Answer.of("Y", 1, 1))));
        QuizStatistics stats = ItemAnalysis.of(attempts);
        assertThat(stats.alpha()).isNull();
        assertThat(stats.errorRatio()).isNull();
        assertThat(stats.standardError()).isNull();
        ItemStatistics x = stats.items().get(0);
        assertThat(x.discriminationIndex()).isCloseTo(-100.0, EPS);
        assertThat(x.flags()).contains(ItemFlag.LIKELY_WRONG_KEY, ItemFlag.DISCRIMINATION_NEEDS_CHECKING);
    }

    /*
     * Distractor data: 6 attempts. Q1 is multiple choice with options A (key), B, C, D; Q2..Q4 are 1-mark items
     * that spread the totals.
     *
     *   attempt  Q1 choice(mark) Q2 Q3 Q4 | T
     *   p1       A (1)            1  1  1  | 4   high third
     *   p2       B (0)            1  1  1  | 3   high third
     *   p3       A (1)            1  0  0  | 2
     *   p4       A (1)            0  1  0  | 2
     *   p6       A (1)            0  0  0  | 1   low third
     *   p5       C (0)            0  0  0  | 0   low third
     *
     * Thirds hold floor(6/3) = 2 attempts; no ties straddle a boundary.
     *   A: 4/6 overall, key -> never flagged
     *   B: 1/6 overall, high 1/2 vs low 0/2 -> FAVOURS_HIGH_SCORERS
     *   C: 1/6 overall (>= 5 %), high 0/2 vs low 1/2 -> fine
     *   D: 0/6 overall (< 5 %) -> RARELY_CHOSEN
     */
    @Test
    void distractorFunctioning() {
        List<Attempt> attempts = List.of(
                mcq("p1", "A", 1, 1, 1),
                mcq("p2", "B", 1, 1, 1),
                mcq("p3", "A", 1, 0, 0),
                mcq("p4", "A", 0, 1, 0),
                mcq("p5", "C", 0, 0, 0),
                mcq("p6", "A", 0, 0, 0));
        QuizStatistics stats = ItemAnalysis.of(attempts, Map.of("Q1", List.of("A", "B", "C", "D")));
        ItemStatistics q1 = stats.items().get(0);
        assertThat(q1.flags()).contains(ItemFlag.DISTRACTOR_NOT_WORKING);
        assertThat(q1.options()).extracting(OptionStatistics::option).containsExactly("A", "B", "C", "D");

        OptionStatistics a = q1.options().get(0);
        assertThat(a.key()).isTrue();
        assertThat(a.count()).isEqualTo(4);
        assertThat(a.share()).isCloseTo(4.0 / 6, EPS);
        assertThat(a.flags()).isEmpty();

        OptionStatistics b = q1.options().get(1);
        assertThat(b.key()).isFalse();
        assertThat(b.share()).isCloseTo(1.0 / 6, EPS);
        assertThat(b.highShare()).isCloseTo(0.5, EPS);
        assertThat(b.lowShare()).isCloseTo(0.0, EPS);
        assertThat(b.flags()).containsExactly(OptionFlag.FAVOURS_HIGH_SCORERS);

        OptionStatistics c = q1.options().get(2);
        assertThat(c.highShare()).isCloseTo(0.0, EPS);
        assertThat(c.lowShare()).isCloseTo(0.5, EPS);
        assertThat(c.flags()).isEmpty();

        OptionStatistics d = q1.options().get(3);
        assertThat(d.count()).isZero();
        assertThat(d.share()).isCloseTo(0.0, EPS);
        assertThat(d.flags()).containsExactly(OptionFlag.RARELY_CHOSEN);
    }

    @Test
    void undeclaredNeverChosenOptionsAreNotReported() {
        List<Attempt> attempts = List.of(
                mcq("p1", "A", 1, 1, 1),
                mcq("p2", "B", 0, 0, 0));
        assertThat(ItemAnalysis.of(attempts).items().get(0).options())
                .extracting(OptionStatistics::option).containsExactly("A", "B");
    }

    private static Attempt mcq(String id, String choice, double q2, double q3, double q4) {
        return new Attempt(id, List.of(
                new Answer("Q1", "A".equals(choice) ? 1 : 0, 1, choice),
                Answer.of("Q2", q2, 1),
                Answer.of("Q3", q3, 1),
                Answer.of("Q4", q4, 1)));
    }
}
