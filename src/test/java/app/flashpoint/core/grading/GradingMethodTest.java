package app.flashpoint.core.grading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GradingMethodTest {
    private static final List<Double> SCORES = List.of(0.5, 0.9, 0.9, 0.2);

    @Test
    void gradesFromSubmittedScoresInAttemptOrder() {
        assertThat(GradingMethod.HIGHEST.grade(SCORES).getAsDouble()).isEqualTo(0.9);
        assertThat(GradingMethod.LAST.grade(SCORES).getAsDouble()).isEqualTo(0.2);
        // (0.5 + 0.9 + 0.9 + 0.2) / 4 = 2.5 / 4
        assertThat(GradingMethod.AVERAGE.grade(SCORES).getAsDouble()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void noSubmittedAttemptIsNoGradeNotZero() {
        for (GradingMethod method : GradingMethod.values()) {
            assertThat(method.grade(List.of())).isEmpty();
            assertThat(method.gradedAttempt(List.of())).isEqualTo(-1);
        }
    }

    @Test
    void oneAttemptIsTheGradeWhateverTheMethod() {
        for (GradingMethod method : GradingMethod.values()) {
            assertThat(method.grade(List.of(0.4)).getAsDouble()).isEqualTo(0.4);
            assertThat(method.gradedAttempt(List.of(0.4))).isZero();
        }
    }

    @Test
    void theGradedAttemptIsTheFirstBestOrTheLast() {
        assertThat(GradingMethod.HIGHEST.gradedAttempt(SCORES)).isEqualTo(1);
        assertThat(GradingMethod.LAST.gradedAttempt(SCORES)).isEqualTo(3);
        assertThat(GradingMethod.AVERAGE.gradedAttempt(SCORES)).isEqualTo(3);
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
