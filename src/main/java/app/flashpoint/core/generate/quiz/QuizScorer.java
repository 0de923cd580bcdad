package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

public final class QuizScorer {
    private QuizScorer() {
    }

    /** Scores the responses, keyed by question number; a missing response scores 0. */
    public static QuizScore score(Quiz quiz, Map<Integer, Response> responses) {
        var questions = new ArrayList<QuestionScore>();
        var byKeyPoint = new LinkedHashMap<String, KeyPointScore>();
        double total = 0;
        for (QuizQuestion q : quiz.questions()) {
            Response response = responses.get(q.number());
            var score = new QuestionScore(q.number(), q.item().id(), q.item().keyPoint(),
                    response == null ? null : Grader.grade(q.card(), response));
            questions.add(score);
            total += score.score();
            byKeyPoint.merge(score.keyPoint(), new KeyPointScore(score.keyPoint(), score.score(), 1),
                    (a, b) -> new KeyPointScore(a.keyPoint(), a.score() + b.score(), a.questions() + 1));
        }
        return new QuizScore(questions, byKeyPoint, total, questions.size());
    }
}
