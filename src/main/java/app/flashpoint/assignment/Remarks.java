package app.flashpoint.assignment;

import app.flashpoint.core.generate.quiz.QuizMarking;
import app.flashpoint.quiz.Drawn;
import app.flashpoint.system.StoredJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * An instructor's re-mark of one saved answer of a submitted attempt, and its undoing. The attempt's score is
 * then the sum of its answers' scores over its questions (submitting made the two agree), so the grade, the
 * gradebook, its exports and the student's result all follow. Public for the gradebook, which checks first
 * that the answer is of a student in a class the instructor teaches.
 */
@Singleton
public class Remarks {
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final StoredJson json;
    private final Clock clock;

    Remarks(AttemptRepository attempts, AttemptAnswerRepository answers, StoredJson json, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Gives the answer {@code score} (0..1), or with a null score restores the marker's verdict. False when the
     * attempt is not submitted (an open attempt is still the student's to change).
     */
    @Transactional
    public boolean remark(AttemptAnswerRow answer, @Nullable Double score, long instructorId) {
        AttemptRow attempt = attempts.findById(answer.attemptId()).orElseThrow();
        if (!attempt.submitted()) {
            return false;
        }
        if (score == null) {
            answers.unremark(answer.id());
        } else {
            answers.remark(answer.id(), QuizMarking.remarked(score).mark().stored(), score, instructorId,
                    clock.millis());
        }
        List<Drawn> drawn = json.read(attempt.questions(), Argument.listOf(Drawn.class));
        double total = answers.findByAttemptIdOrderByNumber(attempt.id()).stream()
                .mapToDouble(a -> a.score() == null ? 0 : a.score()).sum();
        attempts.rescore(attempt.id(), drawn.isEmpty() ? 0 : total / drawn.size());
        return true;
    }
}
