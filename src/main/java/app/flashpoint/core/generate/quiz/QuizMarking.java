package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.generate.cards.AnswerShape;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;

/**
 * How a quiz weighs the marker's verdicts. {@code closeScore} (0..1) is what a nearly right typed answer earns
 * (a typo, the answer with words to spare); an order that is mostly right keeps its part marks, which are
 * already a measure of how close it is.
 */
public record QuizMarking(double closeScore) {
    /** Full marks for a nearly right answer, with the marker's note. */
    public static final QuizMarking FULL_CREDIT = new QuizMarking(1.0);

    public QuizMarking {
        if (!(closeScore >= 0 && closeScore <= 1)) {
            throw new IllegalArgumentException("close score must be 0..1: " + closeScore);
        }
    }

    public Grade grade(Card card, Response response) {
        return weigh(card, Grader.grade(card, response));
    }

    public Grade weigh(Card card, Grade grade) {
        if (grade.mark() == Mark.CLOSE && AnswerShape.of(card) == AnswerShape.TEXT && closeScore != grade.score()) {
            return new Grade(Mark.CLOSE, closeScore, grade.feedback());
        }
        return grade;
    }

    /**
     * An instructor's re-mark as a grade: full marks are correct, none wrong, anything between nearly right.
     */
    public static Grade remarked(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be 0..1: " + score);
        }
        Mark mark = score == 1 ? Mark.CORRECT : score == 0 ? Mark.WRONG : Mark.CLOSE;
        return new Grade(mark, score, "Re-marked by your instructor.");
    }
}
