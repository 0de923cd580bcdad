package app.flashpoint.core.bank;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of items the bank can hold; {@link #yamlName()} is how authors write them. */
public enum ItemType {
    BASIC, REVERSIBLE, CLOZE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, ORDERING, MATCHING;

    public String yamlName() {
        return name().toLowerCase();
    }

    /** How the type is named to learners and instructors alike, on every page that lists types. */
    public String label() {
        return switch (this) {
            case BASIC -> "Question and answer";
            case REVERSIBLE -> "Two-way card";
            case CLOZE -> "Fill in the blank";
            case MULTIPLE_CHOICE -> "Multiple choice";
            case TRUE_FALSE -> "True or false";
            case SHORT_ANSWER -> "Short answer";
            case ORDERING -> "Put in order";
            case MATCHING -> "Match the pairs";
        };
    }

    public static Optional<ItemType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
    }
}
