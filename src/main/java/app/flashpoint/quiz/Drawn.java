package app.flashpoint.quiz;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One drawn question as stored (self_test.questions, attempt.questions): which card of which item, and the
 * seed that orders its options.
 */
@Serdeable
public record Drawn(int number, String itemId, int ordinal, long displaySeed) {

    public static Drawn of(QuizQuestion q) {
        return new Drawn(q.number(), q.item().id(), q.card().ordinal(), q.displaySeed());
    }

    /**
     * A stored draw as a quiz again. A question whose item has since been retired from the bank is left out
     * (its card can no longer be shown or graded), so such a quiz scores out of fewer questions.
     */
    public static Quiz toQuiz(List<Drawn> drawn, long seed, Deck deck) {
        Map<String, Item> items = deck.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        var questions = new ArrayList<QuizQuestion>();
        for (Drawn d : drawn) {
            Item item = items.get(d.itemId());
            if (item == null) {
                continue;
            }
            Cards.of(item, deck).stream().filter(c -> c.ordinal() == d.ordinal()).findFirst()
                    .ifPresent(card -> questions.add(new QuizQuestion(d.number(), item, card, d.displaySeed())));
        }
        return new Quiz(seed, questions);
    }
}
