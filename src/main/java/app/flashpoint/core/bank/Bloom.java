package app.flashpoint.core.bank;

import java.util.Arrays;
import java.util.Optional;

/** Bloom's revised taxonomy, lowest level first. */
public enum Bloom {
    REMEMBER, UNDERSTAND, APPLY, ANALYZE, EVALUATE, CREATE;

    public String yamlName() {
        return name().toLowerCase();
    }

    public static Optional<Bloom> fromYaml(String name) {
        return Arrays.stream(values()).filter(b -> b.yamlName().equals(name)).findFirst();
    }
}
