package app.flashpoint.selftest;

import app.flashpoint.quiz.Blueprint;

import app.flashpoint.system.FormValues;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The new-test form as the learner filled it in (kept as typed, so a refused form comes back as it was),
 * and what is wrong with it, field by field.
 */
record SelfTestSettings(Set<String> keyPoints, Set<String> families, Set<String> kinds, String questions,
                        boolean timed, String minutes, String feedback) {
    static final int MAX_QUESTIONS = 50;
    static final int MAX_MINUTES = 180;

    static SelfTestSettings defaults() {
        return new SelfTestSettings(Set.of(), Set.of(), Set.of(), "10", false, "10", SelfTestRow.IMMEDIATE);
    }

    static SelfTestSettings of(Map<String, Object> form) {
        return new SelfTestSettings(new LinkedHashSet<>(FormValues.all(form, "keyPoint")),
                new LinkedHashSet<>(FormValues.all(form, "family")), new LinkedHashSet<>(FormValues.all(form, "kind")),
                FormValues.one(form, "questions"), !FormValues.one(form, "timed").isEmpty(),
                FormValues.one(form, "minutes"), FormValues.one(form, "feedback"));
    }

    /** Field name → what to fix; empty when a test can be drawn (the deck may still be short of items). */
    Map<String, String> problems(Deck deck) {
        var errors = new LinkedHashMap<String, String>();
        Integer count = number(questions);
        if (count == null || count < 1 || count > MAX_QUESTIONS) {
            errors.put("questions", "Enter a whole number of questions from 1 to " + MAX_QUESTIONS + ".");
        }
        Integer mins = number(minutes);
        if (timed && (mins == null || mins < 1 || mins > MAX_MINUTES)) {
            errors.put("minutes", "Enter a time limit from 1 to " + MAX_MINUTES + " minutes.");
        }
        if (!SelfTestRow.IMMEDIATE.equals(feedback) && !SelfTestRow.AT_END.equals(feedback)) {
            errors.put("feedback", "Choose when to see whether your answers are right.");
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
        return new Blueprint(keyPoints, families, kinds, number(questions));
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

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
