package app.flashpoint.core.generate.cards;

import java.util.List;
import java.util.Map;

/** A learner's answer to a card; which records fit which {@link CardKind} is checked by {@link Grader}. */
public sealed interface Response {
    /** The text of the chosen option (texts are unique per card, positions are not stable across attempts). */
    record Choice(String option) implements Response {
    }

    record Truth(boolean value) implements Response {
    }

    /** Typed text: for type-in, cloze and front/back cards. */
    record Typed(String text) implements Response {
    }

    record Order(List<String> sequence) implements Response {
        public Order {
            sequence = List.copyOf(sequence);
        }
    }

    /**
     * The learner's own verdict on a flashcard whose answer is too long to type ({@link Markable#isTyped}),
     * after seeing the answer: a quiz asks it only when its blueprint says so.
     */
    record Recalled(boolean knew) implements Response {
    }

    /** Left side → chosen right side. */
    record Matches(Map<String, String> rightByLeft) implements Response {
        public Matches {
            rightByLeft = Map.copyOf(rightByLeft);
        }
    }
}
