package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.generate.cards.Grade;

/** {@code grade} is null when the question was left unanswered (it then scores 0). */
public record QuestionScore(int number, String itemId, String keyPoint, Grade grade) {
    public double score() {
        return grade == null ? 0 : grade.score();
    }
}
