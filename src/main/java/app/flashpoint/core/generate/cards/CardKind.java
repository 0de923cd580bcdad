package app.flashpoint.core.generate.cards;

import java.util.Locale;

/**
 * How a card is shown and answered; several item types can share a kind. Each kind has its face in
 * {@link CardFace}, its marker behind {@link Grader}, and its template, {@code views/card/kind/<code>.html}.
 */
public enum CardKind {
    FRONT_BACK("Question"),
    CLOZE("Fill in the blank"),
    MULTIPLE_CHOICE("Multiple choice"),
    TRUE_FALSE("True or false"),
    TYPE_IN("Short answer"),
    ORDERING("Put in order"),
    MATCHING("Match the pairs");

    private final String label;

    CardKind(String label) {
        this.label = label;
    }

    /** The heading over a card of this kind, naming what it asks for. */
    public String label() {
        return label;
    }

    /** The kind's name in pages, templates and the study API: {@code multiple_choice}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
