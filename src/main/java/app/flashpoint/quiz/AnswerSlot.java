package app.flashpoint.quiz;

import app.flashpoint.core.generate.cards.Response;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where a question's controls are drawn ({@code views/quiz/input/<input>.html}) and what they show: the field
 * names' prefix (an attempt page holds every question, {@code q3-choice}; a self-test page one, {@code choice}),
 * the answer saved so far (a reopened attempt reads as it was left), and whether it can still change.
 * {@code numbered} puts the question's number before its prompt; {@code required} asks the browser to refuse
 * an empty answer (a self-test question is answered one at a time; an attempt may leave some blank).
 */
@Introspected
public record AnswerSlot(int number, String prefix, @Nullable Response saved, boolean locked, boolean numbered,
                         boolean required) {

    /** A self-test question: one a page, nothing saved yet. */
    public static AnswerSlot single(int number) {
        return new AnswerSlot(number, "", null, false, false, true);
    }

    /** A study or cram card's front: optional answers, nothing saved. */
    public static AnswerSlot card() {
        return new AnswerSlot(0, "", null, false, false, false);
    }

    /** One question of an attempt page, with what was saved. */
    public static AnswerSlot ofAttempt(int number, @Nullable Response saved, boolean locked) {
        return new AnswerSlot(number, "q" + number + "-", saved, locked, true, false);
    }

    public String name(String field) {
        return prefix + field;
    }

    /** Element ids: unique on an attempt page, which holds every question; the field's name alone elsewhere. */
    public String id(String field) {
        return numbered ? "q" + number + "-" + field : field;
    }

    public String legend(String prompt) {
        return numbered ? number + ". " + prompt : prompt;
    }

    public boolean chosen(String option) {
        return saved instanceof Response.Choice c && c.option().equals(option);
    }

    public boolean truth(String value) {
        return saved instanceof Response.Truth t && String.valueOf(t.value()).equals(value);
    }

    public boolean recalled(String value) {
        return saved instanceof Response.Recalled r && (r.knew() ? "knew" : "missed").equals(value);
    }

    public String typed() {
        return saved instanceof Response.Typed t ? t.text() : "";
    }

    /** An ordering question's rows: the saved order, else the shuffled one. */
    public List<String> rows(QuestionView q) {
        return saved instanceof Response.Order o ? o.sequence() : q.elements();
    }

    /** A matching question's answers are lettered a, b, c… in the order this learner sees them. */
    public String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    public String matchOf(String left) {
        return saved instanceof Response.Matches m ? m.rightByLeft().getOrDefault(left, "") : "";
    }

    /**
     * An ordering question's answer from its fields (element-1, place-1, …): the elements sorted by the places
     * given, ties in the order shown, so each element comes once; a place that is no number sorts last. Empty
     * when a row's element is missing.
     */
    public static List<String> order(Function<String, String> field, int count) {
        var rows = new ArrayList<Integer>();
        var elements = new ArrayList<String>();
        var places = new ArrayList<Integer>();
        for (int i = 1; i <= count; i++) {
            String element = field.apply("element-" + i);
            if (element == null || element.isEmpty()) {
                return List.of();
            }
            elements.add(element);
            places.add(place(field.apply("place-" + i)));
            rows.add(i - 1);
        }
        rows.sort(Comparator.comparingInt(places::get));
        return rows.stream().map(elements::get).toList();
    }

    /** A matching question's chosen answer per prompt (match-0, match-1, …), blank where none was chosen. */
    public static List<String> matches(Function<String, String> field, int count) {
        var chosen = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String right = field.apply("match-" + i);
            chosen.add(right == null ? "" : right.strip());
        }
        return chosen;
    }

    private static int place(@Nullable String text) {
        try {
            return text == null ? Integer.MAX_VALUE : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
