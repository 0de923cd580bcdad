package app.flashpoint.selftest;

import app.flashpoint.quiz.Feedback;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.KeyPointScore;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.core.generate.quiz.QuizScore;
import app.flashpoint.core.generate.quiz.QuizScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A finished test: the score, then each key point with its questions, verdicts, explanations and passages. */
public record ResultPage(long id, String slug, String deckTitle, String total, int max, int percent,
                  List<KeyPointResult> keyPoints) {

    record KeyPointResult(String id, String title, String score, int questions, int percent, List<Feedback> answers) {
    }

    static ResultPage of(SelfTestRow test, Deck deck, Quiz quiz, Map<Integer, Response> responses) {
        QuizScore score = QuizScorer.score(quiz, responses);
        Map<String, String> titles = deck.keyPoints().stream().collect(Collectors.toMap(KeyPoint::id, KeyPoint::title));
        Map<Integer, QuizQuestion> byNumber = quiz.questions().stream()
                .collect(Collectors.toMap(QuizQuestion::number, Function.identity()));
        var keyPoints = new ArrayList<KeyPointResult>();
        for (KeyPointScore k : score.byKeyPoint().values()) {
            String title = titles.getOrDefault(k.keyPoint(), k.keyPoint());
            List<Feedback> answers = score.questions().stream().filter(q -> q.keyPoint().equals(k.keyPoint()))
                    .map(q -> Feedback.of(byNumber.get(q.number()), title, responses.get(q.number()), q.grade()))
                    .toList();
            keyPoints.add(new KeyPointResult(k.keyPoint(), title, points(k.score()), k.questions(),
                    percent(k.fraction()), answers));
        }
        return new ResultPage(test.id(), deck.slug(), deck.title(), points(score.total()), score.max(),
                percent(score.max() == 0 ? 0 : score.total() / score.max()), keyPoints);
    }

    /** Part marks make scores fractional; one decimal is enough and whole numbers show without one. */
    public static String points(double score) {
        double rounded = Math.round(score * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
