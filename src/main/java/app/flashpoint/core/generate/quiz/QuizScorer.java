package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

public final class QuizScorer {
    private QuizScorer() {
    }

    /** Scores the responses, keyed by question number, with full marks for a close answer. */
    public static QuizScore score(Quiz quiz, Map<Integer, Response> responses) {
        return score(quiz, responses, QuizMarking.FULL_CREDIT);
    }

    /** Scores the responses, keyed by question number, as {@code marking} weighs them; a missing one scores 0. */
    public static QuizScore score(Quiz quiz, Map<Integer, Response> responses, QuizMarking marking) {
        var questions = new ArrayList<QuestionScore>();
        var byKeyPoint = new LinkedHashMap<String, KeyPointScore>();
        double total = 0;
        for (QuizQuestion q : quiz.questions()) {
            Response response = responses.get(q.number());
            Grade grade = response == null ? null : marking.grade(q.card(), response);
            var score = new QuestionScore(q.number(), q.item().id(), q.item().keyPoint(), grade);
            questions.add(score);
            total += score.score();
            byKeyPoint.merge(score.keyPoint(), new KeyPointScore(score.keyPoint(), score.score(), 1),
                    (a, b) -> new KeyPointScore(a.keyPoint(), a.score() + b.score(), a.questions() + 1));
        }
        return new QuizScore(questions, byKeyPoint, total, questions.size());
    }
}
