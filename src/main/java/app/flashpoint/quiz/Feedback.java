package app.flashpoint.quiz;

import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a learner is told about one answer: the verdict, the right answer, why a chosen distractor is wrong,
 * the explanation and the passages it comes from. {@code grade} is null for an unanswered question.
 */
public record Feedback(int number, String keyPoint, String prompt, @Nullable Grade grade, String yourAnswer,
                String correctAnswer, @Nullable String whyWrong, String explanation, List<Passage> passages) {

    public static Feedback of(QuizQuestion q, String keyPointTitle, @Nullable Response response, @Nullable Grade grade) {
        var face = q.card().face();
        return new Feedback(q.number(), keyPointTitle, AnswerText.prompt(face), grade, AnswerText.response(response),
                AnswerText.correctAnswer(face),
                response == null ? null : AnswerText.whyWrong(face, response).orElse(null),
                q.item().explanation(), Passage.of(q.item()));
    }

    public boolean right() {
        return grade != null && grade.mark() == Mark.CORRECT;
    }

    public String verdict() {
        if (grade == null) {
            return "Not answered";
        }
        String verdict = switch (grade.mark()) {
            case CORRECT -> "Right";
            case CLOSE -> grade.score() < 1 ? "Nearly right (" + percent() + ")" : "Nearly right";
            case WRONG -> grade.score() > 0 ? "Partly right (" + percent() + ")" : "Wrong";
        };
        return grade.feedback().isEmpty() ? verdict : verdict + ". " + grade.feedback();
    }

    /** CSS class: right, typo (nearly right), partial or wrong. */
    public String tone() {
        if (grade == null) {
            return "wrong";
        }
        return switch (grade.mark()) {
            case CORRECT -> "right";
            case CLOSE -> "typo";
            case WRONG -> grade.score() > 0 ? "partial" : "wrong";
        };
    }

    private String percent() {
        return Math.round(grade.score() * 100) + "%";
    }
}
