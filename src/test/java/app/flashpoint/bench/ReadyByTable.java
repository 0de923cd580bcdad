package app.flashpoint.bench;

import app.flashpoint.core.fsrs.ReadyBySimulation;

/**
 * Prints docs/ready-by.md's table: per goal distance and target, each policy's reviews per card in the run-up,
 * mean recall at the goal and the share of cards at the target. Args: learners, cards per learner (200, 200).
 */
public final class ReadyByTable {
    private ReadyByTable() {
    }

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int cards = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.out.println("| goal in | target | policy | reviews per card | mean recall at the goal | cards at the target |");
        System.out.println("|---|---|---|---|---|---|");
        for (int days : new int[]{3, 7, 21}) {
            for (double target : new double[]{0.9, 0.95}) {
                long start = System.nanoTime();
                for (var o : ReadyBySimulation.run(learners, cards, days, target, 2026)) {
                    System.out.printf("| %d days | %.2f | %s | %.3f | %.4f | %.1f %% |%n", days, target, o.policy(),
                            o.reviewsPerCard(), o.meanRecall(), 100 * o.shareAtTarget());
                }
                System.err.printf("(%d days, %.2f: %.1f s)%n", days, target, (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
