package app.flashpoint.gradebook;

import app.flashpoint.gradebook.GradebookQueries.AnswerEntry;
import app.flashpoint.gradebook.GradebookQueries.AttemptEntry;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attempt's questions: the drawn list ({@code attempt.questions}, JSON objects with {@code number} and
 * {@code itemId}, as self-tests store theirs) joined with the saved answers. The drawn list is what makes
 * an unanswered question count as a 0 rather than vanish; when it cannot be read, the answers alone are used.
 */
@Singleton
class DrawnQuestions {
    private final JsonMapper json;

    DrawnQuestions(JsonMapper json) {
        this.json = json;
    }

    AttemptResult of(AttemptEntry attempt, List<AnswerEntry> answers) {
        Map<Integer, AnswerEntry> byNumber = new LinkedHashMap<>();
        answers.stream().filter(a -> a.attemptId() == attempt.id()).forEach(a -> byNumber.put(a.number(), a));
        Map<Integer, String> drawn = drawn(attempt.questions());
        byNumber.values().forEach(a -> drawn.putIfAbsent(a.number(), a.itemId()));
        List<QuestionResult> questions = new ArrayList<>();
        drawn.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            AnswerEntry a = byNumber.get(e.getKey());
            questions.add(a == null ? new QuestionResult(e.getKey(), e.getValue(), null, null, null, 0)
                    : new QuestionResult(a.number(), a.itemId(), a.response(), a.chosenOption(), a.mark(),
                    a.score() == null ? 0 : a.score()));
        });
        questions.sort(Comparator.comparingInt(QuestionResult::number));
        return new AttemptResult(attempt.id(), attempt.number(), attempt.startedAt(), attempt.submittedAt(),
                attempt.score(), List.copyOf(questions));
    }

    /** Question number → item id, as drawn; empty when the stored list is not in the expected shape. */
    Map<Integer, String> drawn(String questions) {
        Map<Integer, String> result = new LinkedHashMap<>();
        try {
            List<Map<String, Object>> list = json.readValue(questions,
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> q = list.get(i);
                Object item = q.get("itemId");
                Object number = q.get("number");
                if (item != null) {
                    result.put(number instanceof Number n ? n.intValue() : i + 1, item.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
        return result;
    }
}
