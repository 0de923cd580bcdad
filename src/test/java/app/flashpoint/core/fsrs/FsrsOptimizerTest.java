package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimizer on generated logs only. */
class FsrsOptimizerTest {

    private static final Parameters TRUTH = Parameters.of(
            0.4, 1.1, 3.5, 12.0, 6.0, 0.6, 1.8, 0.05, 1.6, 0.2, 1.0,
            1.8, 0.1, 0.3, 2.0, 0.4, 2.2, 0.4, 0.3, 0.1, 0.3);

    @Test
    void fittedWeightsExplainTheLogAboutAsWellAsTheTrueOnes() {
        List<ReviewRecord> log = SyntheticLearner.simulate(TRUTH, 800, 12, 7);
        Evaluator evaluator = new Evaluator();

        OptimizationResult result = new Optimizer().fit(log);
        Evaluation truth = evaluator.evaluate(TRUTH, log);
        Evaluation bad = evaluator.evaluate(Parameters.of(
                100, 100, 100, 100, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
                0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.8), log);

        assertThat(result.fit()).isEqualTo(FitKind.FULL);
        assertThat(result.itemCount()).isGreaterThan(5000);
        // On this log the defaults score about 0.0034 worse than the truth, so 0.002 is discriminating.
        assertThat(result.logLoss()).isCloseTo(truth.logLoss(), within(0.002));
        assertThat(result.logLoss()).isLessThan(evaluator.evaluate(Parameters.defaults(), log).logLoss());
        assertThat(result.logLoss()).isLessThan(bad.logLoss() - 0.1);
        assertThat(result.rmseBins()).isLessThan(0.05);
    }

    @Test
    void timeSeriesSplitIsCloseToTheGeneratingModel() {
        List<ReviewRecord> log = SyntheticLearner.simulate(TRUTH, 400, 10, 11);
        Evaluation split = new Evaluator().timeSeriesSplit(log);
        Evaluation truth = new Evaluator().evaluate(TRUTH, log);
        assertThat(split.logLoss()).isBetween(truth.logLoss() - 0.05, truth.logLoss() + 0.05);
    }

    @Test
    void fittingIsDeterministic() {
        List<ReviewRecord> log = SyntheticLearner.simulate(TRUTH, 200, 8, 3);
        assertThat(new Optimizer().fit(log)).isEqualTo(new Optimizer().fit(log));
    }

    @Test
    void fewerThanEightItemsGiveTheDefaults() {
        List<ReviewRecord> log = twoReviewCards(5, new Random(1));
        OptimizationResult result = new Optimizer().fit(log);
        assertThat(result.itemCount()).isEqualTo(5);
        assertThat(result.fit()).isEqualTo(FitKind.DEFAULTS);
        assertThat(result.parameters()).isEqualTo(Parameters.defaults());
    }

    @Test
    void fewerThanSixtyFourItemsFitOnlyInitialStability() {
        // 30 cards x 3 reviews = 60 items. fsrs-rs's outlier filter drops a first rating with
        // fewer than 20 cards, so all cards start with Good here.
        List<ReviewRecord> log = threeReviewGoodCards(30, new Random(2));
        OptimizationResult result = new Optimizer().fit(log);
        assertThat(result.itemCount()).isEqualTo(60);
        assertThat(result.fit()).isEqualTo(FitKind.INITIAL_STABILITY_ONLY);
        double[] fitted = result.parameters().toArray();
        double[] defaults = Parameters.defaults().toArray();
        for (int i = 4; i < Parameters.COUNT; i++) {
            assertThat(fitted[i]).as("w%d", i).isEqualTo(defaults[i]);
        }
        assertThat(new double[] {fitted[0], fitted[1], fitted[2], fitted[3]})
                .isNotEqualTo(new double[] {defaults[0], defaults[1], defaults[2], defaults[3]});
        assertThat(fitted[0]).isLessThanOrEqualTo(fitted[1]);
        assertThat(fitted[1]).isLessThanOrEqualTo(fitted[2]);
        assertThat(fitted[2]).isLessThanOrEqualTo(fitted[3]);
    }

    @Test
    void emptyLogGivesDefaults() {
        OptimizationResult result = new Optimizer().fit(List.of());
        assertThat(result.fit()).isEqualTo(FitKind.DEFAULTS);
        assertThat(result.reviewCount()).isZero();
    }

    private static List<ReviewRecord> threeReviewGoodCards(int cards, Random random) {
        Instant start = Instant.parse("2024-03-01T10:00:00Z");
        List<ReviewRecord> log = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            Instant first = start.plusSeconds(3600L * c);
            log.add(new ReviewRecord(c, Rating.GOOD, first));
            Instant second = first.plusSeconds(86_400L * 3 + 60);
            log.add(new ReviewRecord(c, random.nextDouble() < 0.6 ? Rating.GOOD : Rating.AGAIN, second));
            log.add(new ReviewRecord(c, Rating.GOOD, second.plusSeconds(86_400L * 5)));
        }
        return log;
    }

    /** Cards with one first review and one review a few days later: every item is a pre-training item. */
    private static List<ReviewRecord> twoReviewCards(int cards, Random random) {
        Instant start = Instant.parse("2024-03-01T10:00:00Z");
        List<ReviewRecord> log = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            Instant first = start.plusSeconds(3600L * c);
            log.add(new ReviewRecord(c, Rating.ofGrade(1 + c % 4), first));
            int days = 1 + c % 3;
            Rating second = random.nextDouble() < 0.8 ? Rating.GOOD : Rating.AGAIN;
            log.add(new ReviewRecord(c, second, first.plusSeconds(86_400L * days + 60)));
        }
        return log;
    }
}
