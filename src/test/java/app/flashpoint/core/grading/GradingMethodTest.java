package app.flashpoint.core.grading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradingMethodTest {
    private static final List<Double> SCORES = List.of(0.5, 0.9, 0.4);

    @Test
    void highestLastAndAverageOfTheSubmittedScores() {
        assertThat(GradingMethod.HIGHEST.grade(SCORES).getAsDouble()).isEqualTo(0.9);
        assertThat(GradingMethod.LAST.grade(SCORES).getAsDouble()).isEqualTo(0.4);
        assertThat(GradingMethod.AVERAGE.grade(SCORES).getAsDouble()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(GradingMethod.AVERAGE.grade(List.of(1.0)).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void noSubmittedAttemptIsNoGradeNotZero() {
        for (GradingMethod m : GradingMethod.values()) {
            assertThat(m.grade(List.of())).isEmpty();
        }
    }

    @Test
    void storedNamesRoundTrip() {
        for (GradingMethod m : GradingMethod.values()) {
            assertThat(GradingMethod.fromDb(m.dbName())).contains(m);
        }
        assertThat(GradingMethod.fromDb("best")).isEmpty();
        assertThat(GradingMethod.HIGHEST.dbName()).isEqualTo("highest");
    }
}
