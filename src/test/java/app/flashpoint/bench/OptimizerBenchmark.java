package app.flashpoint.bench;

import app.flashpoint.core.fsrs.Evaluation;
import app.flashpoint.core.fsrs.Evaluator;
import app.flashpoint.core.fsrs.OptimizationResult;
import app.flashpoint.core.fsrs.Optimizer;
import app.flashpoint.core.fsrs.ReviewLogCsv;
import app.flashpoint.core.fsrs.ReviewRecord;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fits weights to a review log CSV and reports training time and time-series-split accuracy.
 * Usage: {@code OptimizerBenchmark <review-log.csv> [repetitions]}. The first run includes JIT
 * warm-up; the median over the repetitions is the steady-state figure.
 */
public final class OptimizerBenchmark {

    private OptimizerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: OptimizerBenchmark <review-log.csv> [repetitions]");
            System.exit(2);
        }
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<ReviewRecord> log = ReviewLogCsv.read(Path.of(args[0]));
        Optimizer optimizer = new Optimizer();

        long[] fitNanos = new long[repetitions];
        OptimizationResult result = null;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            result = optimizer.fit(log);
            fitNanos[i] = System.nanoTime() - start;
        }
        long start = System.nanoTime();
        Evaluation split = new Evaluator(optimizer).timeSeriesSplit(log);
        long splitNanos = System.nanoTime() - start;

        System.out.printf("reviews                    %d%n", result.reviewCount());
        System.out.printf("cards                      %d%n", result.cardCount());
        System.out.printf("training items             %d%n", result.itemCount());
        System.out.printf("fit                        %s%n", result.fit());
        System.out.printf("training time, first run   %.1f ms%n", fitNanos[0] / 1e6);
        System.out.printf("training time, median      %.1f ms (%d runs)%n", median(fitNanos) / 1e6, repetitions);
        System.out.printf("in-sample log loss         %.4f%n", result.logLoss());
        System.out.printf("in-sample RMSE(bins)       %.4f%n", result.rmseBins());
        System.out.printf("time-series split log loss %.4f%n", split.logLoss());
        System.out.printf("time-series split RMSE     %.4f%n", split.rmseBins());
        System.out.printf("time-series split time     %.1f ms (5 fits)%n", splitNanos / 1e6);
        System.out.printf("parameters                 %s%n", result.parameters());
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
