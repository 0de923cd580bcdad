package app.flashpoint.core.generate.quiz;

import java.util.List;
import java.util.Map;

/** Per question, per key point (in first-asked order) and overall; each question is worth 1. */
public record QuizScore(List<QuestionScore> questions, Map<String, KeyPointScore> byKeyPoint, double total, int max) {
    public QuizScore {
        questions = List.copyOf(questions);
        byKeyPoint = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byKeyPoint));
    }
}
