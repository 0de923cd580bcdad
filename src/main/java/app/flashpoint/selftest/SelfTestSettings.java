package app.flashpoint.selftest;

import app.flashpoint.quiz.Blueprint;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The new-test form as the learner filled it in (kept as typed, so a refused form comes back as it was),
 * and what is wrong with it that the form's own constraints ({@link SelfTestForm}) cannot tell: the time
 * limit when timed, and whether the deck has the chosen kinds, key points and families.
 */
record SelfTestSettings(Set<String> keyPoints, Set<String> families, Set<String> kinds, String questions,
                        boolean timed, String minutes, String feedback, boolean selfMarked) {
    static final int MAX_QUESTIONS = 50;
    static final int MAX_MINUTES = 180;

    static SelfTestSettings defaults() {
        return new SelfTestSettings(Set.of(), Set.of(), Set.of(), "10", false, "10", SelfTestFeedback.IMMEDIATE.code(),
                false);
    }

    /** The values as typed, stripped; blank checkbox values dropped. */
    static SelfTestSettings of(SelfTestForm form) {
        return new SelfTestSettings(chosen(form.keyPoint()), chosen(form.family()), chosen(form.kind()),
                stripped(form.questions()), !stripped(form.timed()).isEmpty(), stripped(form.minutes()),
                stripped(form.feedback()), !stripped(form.selfMarked()).isEmpty());
    }

    /**
     * Field name → what to fix beyond the form's constraints; with those, empty when a test can be drawn
     * (the deck may still be short of items).
     */
    Map<String, String> problems(Deck deck) {
        var errors = new LinkedHashMap<String, String>();
        Integer mins = number(minutes);
        if (timed && (mins == null || mins < 1 || mins > MAX_MINUTES)) {
            errors.put("minutes", "Enter a time limit from 1 to " + MAX_MINUTES + " minutes.");
        }
        if (!kinds.stream().allMatch(k -> ItemType.fromYaml(k).isPresent())) {
            errors.put("kinds", "Choose kinds from the list.");
        }
        if (!Blueprint.namesOnly(deck, keyPoints, families)) {
            errors.put("keyPoints", "Choose key points and families of this deck.");
        }
        return errors;
    }

    Blueprint blueprint() {
        return new Blueprint(keyPoints, families, kinds, number(questions), Map.of(), selfMarked);
    }

    Integer timeLimitSeconds() {
        return timed ? number(minutes) * 60 : null;
    }

    public boolean hasKeyPoint(String id) {
        return keyPoints.contains(id);
    }

    public boolean hasFamily(String name) {
        return families.contains(name);
    }

    public boolean hasKind(String kind) {
        return kinds.contains(kind);
    }

    static Set<String> chosen(@Nullable List<String> values) {
        var set = new LinkedHashSet<String>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(set::add);
        }
        return set;
    }

    static String stripped(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
