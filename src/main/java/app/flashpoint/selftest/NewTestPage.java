package app.flashpoint.selftest;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.quiz.QuizChoices;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/** The model of the new-test form: the deck's key points by family, the kinds it has, the form as filled in. */
public record NewTestPage(String slug, String title, List<QuizChoices.Family> families,
                          List<QuizChoices.Kind> kinds, SelfTestSettings form,
                   Map<String, String> errors, @Nullable String shortage) {

    static NewTestPage of(Deck deck, SelfTestSettings form, Map<String, String> errors, @Nullable String shortage) {
        return new NewTestPage(deck.slug(), deck.title(), QuizChoices.families(deck), QuizChoices.kinds(deck), form, errors, shortage);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
