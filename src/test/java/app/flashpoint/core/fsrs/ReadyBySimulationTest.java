package app.flashpoint.core.fsrs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim of docs/ready-by.md, on a small run: ready-by brings nearly every card to the target, which plain FSRS, even with its retention raised, does not. */
class ReadyBySimulationTest {
    @Test
    void readyByReachesTheTargetWherePlainFsrsAndRaisedRetentionDoNot() {
        List<ReadyBySimulation.Outcome> outcomes = ReadyBySimulation.run(4, 120, 7, 0.95, 11);
        var plain = outcomes.get(0);
        var raised = outcomes.get(1);
        var readyBy = outcomes.get(2);

        assertThat(readyBy.policy()).isEqualTo(ReadyBySimulation.Policy.READY_BY);
        assertThat(plain.meanRecall()).isLessThan(0.95);
        assertThat(readyBy.meanRecall()).isGreaterThan(plain.meanRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(readyBy.shareAtTarget()).isGreaterThan(0.9).isGreaterThan(raised.shareAtTarget());
        assertThat(readyBy.reviewsPerCard()).isGreaterThan(plain.reviewsPerCard());
    }
}
