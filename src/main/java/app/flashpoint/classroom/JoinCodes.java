package app.flashpoint.classroom;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Join codes: 8 characters from 30 that are hard to mistake when read aloud or copied from a projector (no 0,
 * O, 1, I, L, or U, which looks like V): about 6.6e11 codes, drawn with SecureRandom so that one class's code
 * says nothing about another's.
 */
@Singleton
class JoinCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private final SecureRandom random = new SecureRandom();

    String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed (any case, spaces or dashes around the groups), or empty when it cannot be one. */
    static Optional<String> normalised(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
