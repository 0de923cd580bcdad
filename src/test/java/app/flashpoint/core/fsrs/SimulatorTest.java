package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The review simulator: determinism, monotonicity in retention, learn counts and the daily cost cap. */
class SimulatorTest {

    private static final SimulationConfig BASE = SimulationConfig.of(Parameters.defaults(), 0.9, 2000, 180, 1800);

    @Test
    void sameSeedSameResultOtherSeedOtherResult() {
        SimulationResult a = Simulator.simulate(BASE, 7);
        SimulationResult b = Simulator.simulate(BASE, 7);
        SimulationResult c = Simulator.simulate(BASE, 8);

        assertThat(a).isEqualTo(b);
        assertThat(a.reviewCount()).isNotEqualTo(c.reviewCount());
        assertThat(a.memorized()).hasSize(180);
        assertThat(a.reviewCount()).hasSize(180);
        assertThat(a.learnCount()).hasSize(180);
        assertThat(a.cost()).hasSize(180);
    }

    @Test
    void moreRetentionMeansMoreReviewsAndMoreMemorized() {
        SimulationConfig generous = SimulationConfig.of(Parameters.defaults(), 0.9, 2000, 180, 1e9);
        double[] retentions = {0.70, 0.80, 0.90, 0.97};
        long previousReviews = -1;
        double previousMemorized = -1;
        for (double r : retentions) {
            long reviews = 0;
            double memorized = 0;
            for (long seed = 1; seed <= 3; seed++) {
                SimulationResult result = Simulator.simulate(generous.withDesiredRetention(r), seed);
                reviews += result.totalReviews();
                memorized += result.finalMemorized();
            }
            assertThat(reviews).as("reviews at %s", r).isGreaterThan(previousReviews);
            assertThat(memorized).as("memorized at %s", r).isGreaterThan(previousMemorized);
            previousReviews = reviews;
            previousMemorized = memorized;
        }
    }

    @Test
    void learnCountSumsToTheDeckOrTheLimitTimesTheDays() {
        int[][] cases = {{2000, 180, 20}, {500, 30, 100}, {1000, 100, 7}, {10, 365, 1}, {1, 1, 1}};
        for (int[] c : cases) {
            SimulationConfig config = SimulationConfig.of(Parameters.defaults(), 0.9, c[0], c[1], 1e9)
                    .withLearnLimitPerDay(c[2]);
            SimulationResult result = Simulator.simulate(config, 3);
            assertThat(result.totalLearned()).as(Arrays.toString(c)).isEqualTo(Math.min(c[0], (long) c[2] * c[1]));
            assertThat(result.learnCount()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(c[2]));
        }
        // The default limit, ceil(deckSize / learnSpan), learns the whole deck within the span.
        assertThat(Simulator.simulate(SimulationConfig.of(Parameters.defaults(), 0.9, 1001, 100, 1e9), 1)
                .totalLearned()).isEqualTo(1001);
    }

    @Test
    void aDayCostsAtMostTheCapPlusOneCard() {
        // One card at its most expensive: its learn or review and then at most 5 same-day steps.
        double step = Math.max(Arrays.stream(SimulationConfig.DEFAULT_LEARN_COSTS).max().orElseThrow(),
                Arrays.stream(SimulationConfig.ShortTermSteps.DEFAULT.relearnCosts()).max().orElseThrow());
        double oneCard = Math.max(Arrays.stream(SimulationConfig.DEFAULT_LEARN_COSTS).max().orElseThrow(),
                Arrays.stream(SimulationConfig.DEFAULT_REVIEW_COSTS).max().orElseThrow()) + 5 * step;
        for (double cap : new double[] {60, 600, 1800}) {
            for (long seed = 0; seed < 3; seed++) {
                SimulationResult result = Simulator.simulate(
                        SimulationConfig.of(Parameters.defaults(), 0.95, 5000, 120, cap), seed);
                assertThat(result.cost()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(cap + oneCard));
                assertThat(result.cost().stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                        .as("the cap binds").isGreaterThan(cap);
            }
        }
    }

    @Test
    void memorizedNeverExceedsTheCardsLearnedAndGrowsWhileLearning() {
        SimulationResult result = Simulator.simulate(BASE, 11);
        long learned = 0;
        for (int day = 0; day < 180; day++) {
            learned += result.learnCount().get(day);
            assertThat(result.memorized().get(day)).isBetween(0.0, (double) learned);
        }
        assertThat(result.finalMemorized()).isGreaterThan(0.8 * 2000);
    }

    @Test
    void refusesBadConfigurations() {
        assertThatThrownBy(() -> SimulationConfig.of(Parameters.defaults(), 0.99, 10, 10, 100))
                .hasMessageContaining("desiredRetention");
        assertThatThrownBy(() -> SimulationConfig.of(Parameters.defaults(), 0.9, 0, 10, 100))
                .hasMessageContaining("deckSize");
        assertThatThrownBy(() -> SimulationConfig.of(Parameters.defaults(), 0.9, 10, 3651, 100))
                .hasMessageContaining("learnSpan");
        assertThatThrownBy(() -> SimulationConfig.of(Parameters.defaults(), 0.9, 10, 10, 0))
                .hasMessageContaining("maxCostPerDay");
    }
}
