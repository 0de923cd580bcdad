package app.flashpoint.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashes; the policy is length, not character classes (NIST SP 800-63B, OWASP ASVS 6.2),
 * and not one of the common ones. */
@Singleton
class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    // zxcvbn (its bundled lists of common passwords, words, names and patterns): 0 and 1 mean fewer than a
    // million guesses, what an online attacker tries first (NIST SP 800-63B 5.1.1.2: check against such lists)
    static final int MIN_SCORE = 2;
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    // Compared against when the username is unknown, so a miss costs as much time as a wrong password.
    // The hash of 32 random bytes that were thrown away: no password matches it. A literal, because
    // hashing one at start-up costs a tenth of a second.
    private static final String DECOY = "$2a$10$LQrRn/P7er3Hr/MLhNm5Se3jpXJ1zCProixXU0YhRr7UkggIhYKXe";

    String hash(String password) {
        return encoder.encode(prepared(password));
    }

    /**
     * BCrypt reads at most 72 bytes, and Spring's encoder refuses more (a 500 for 40 × "é"). The policy's
     * limit is in characters, so a password over 72 UTF-8 bytes is hashed as its SHA-256 (Base64, 44
     * bytes): every character still counts. Shorter ones are hashed as typed, so existing hashes still match.
     */
    private static String prepared(String password) {
        byte[] bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 72) {
            return password;
        }
        try {
            return "sha256:" + java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    boolean matches(String password, String hashOrNull) {
        return encoder.matches(prepared(password), hashOrNull == null ? DECOY : hashOrNull) && hashOrNull != null;
    }

    /** The new-password form's problems ("password" or "confirm" to the message), added to {@code errors}. */
    static void checkNew(String password, String confirm, java.util.Map<String, String> errors) {
        String problem = problem(password);
        if (problem != null) {
            errors.put("password", problem);
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords differ.");
        }
    }

    static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (STRENGTH.measure(password).getScore() < MIN_SCORE) {
            return "That password is too common or too easy to guess (a well-known password, word, name, date, "
                    + "keyboard pattern or repeat). Try a few unrelated words.";
        }
        return null;
    }
}
