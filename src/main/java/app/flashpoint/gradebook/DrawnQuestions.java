package app.flashpoint.gradebook;

import app.flashpoint.assignment.AttemptAnswerRow;
import app.flashpoint.assignment.AttemptRow;
import app.flashpoint.quiz.Drawn;
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
 * An attempt's questions: the drawn list ({@code attempt.questions}, selftest's Drawn as the assignment's
 * Attempts writes it) joined with the saved answers. The drawn list is what makes
 * an unanswered question count as a 0 rather than vanish; when it cannot be read, the answers alone are used.
 */
@Singleton
class DrawnQuestions {
    private final JsonMapper json;

    DrawnQuestions(JsonMapper json) {
        this.json = json;
    }

    AttemptResult of(AttemptRow attempt, List<AttemptAnswerRow> answers) {
        Map<Integer, AttemptAnswerRow> byNumber = new LinkedHashMap<>();
        answers.stream().filter(a -> a.attemptId() == attempt.id()).forEach(a -> byNumber.put(a.number(), a));
        Map<Integer, String> drawn = drawn(attempt.questions());
        byNumber.values().forEach(a -> drawn.putIfAbsent(a.number(), a.itemId()));
        List<QuestionResult> questions = new ArrayList<>();
        drawn.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            AttemptAnswerRow a = byNumber.get(e.getKey());
            questions.add(a == null ? new QuestionResult(e.getKey(), e.getValue(), null, null, null, 0, null, false,
                    null, null)
                    : new QuestionResult(a.number(), a.itemId(), a.response(), a.chosenOption(), a.mark(),
                    a.score() == null ? 0 : a.score(), a.id(), a.remarked(), a.autoMark(), a.autoScore()));
        });
        questions.sort(Comparator.comparingInt(QuestionResult::number));
        return new AttemptResult(attempt.id(), attempt.number(), attempt.startedAt(), attempt.submittedAt(),
                attempt.score(), List.copyOf(questions));
    }

    /** Question number → item id, as drawn (selftest's Drawn list); empty when it cannot be read. */
    Map<Integer, String> drawn(String questions) {
        Map<Integer, String> result = new LinkedHashMap<>();
        try {
            json.readValue(questions, Argument.listOf(Drawn.class)).forEach(d -> result.put(d.number(), d.itemId()));
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
        return result;
    }
}
