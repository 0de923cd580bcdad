package app.flashpoint.core.bank;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of items the bank can hold; {@link #yamlName()} is how authors write them. */
public enum ItemType {
    BASIC, REVERSIBLE, CLOZE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, ORDERING, MATCHING;

    public String yamlName() {
        return name().toLowerCase();
    }

    public static Optional<ItemType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
    }
}
