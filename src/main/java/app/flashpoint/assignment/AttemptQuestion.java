package app.flashpoint.assignment;

import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.quiz.AnswerSlot;
import app.flashpoint.quiz.Feedback;
import app.flashpoint.quiz.QuestionView;
import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * A question of an attempt page: its controls, the saved answer they show (so a reopened tab reads as it was
 * left), and its feedback when the assignment gives it now ({@code locked}: answered with immediate
 * feedback, so it can no longer change). Form fields are named {@code q<number>-<field>} ({@link AnswerSlot}).
 */
record AttemptQuestion(QuestionView q, @Nullable Response saved, @Nullable Feedback feedback, boolean locked) {

    /** The posted fields of question {@code number}, without their prefix, as QuestionView.read takes them. */
    static Map<String, Object> fieldsOf(int number, @Nullable Map<String, Object> form) {
        var fields = new HashMap<String, Object>();
        String prefix = "q" + number + "-";
        if (form != null) {
            form.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    fields.put(k.substring(prefix.length()), v);
                }
            });
        }
        return fields;
    }

    /** Whether the posted form carries any field of question {@code number} (disabled controls are not sent). */
    static boolean present(int number, @Nullable Map<String, Object> form) {
        return !fieldsOf(number, form).isEmpty();
    }

    /** Where the question's controls are drawn (views/quiz/input), showing what was saved. */
    public AnswerSlot slot() {
        return AnswerSlot.ofAttempt(q.number(), saved, locked);
    }

    public boolean answered() {
        return saved != null;
    }
}
