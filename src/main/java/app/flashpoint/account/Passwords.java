package app.flashpoint.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashes; the policy is length, not character classes (NIST SP 800-63B, OWASP ASVS 6.2). */
@Singleton
class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72; // BCrypt ignores bytes beyond 72

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    // compared against when the username is unknown, so a miss costs as much time as a wrong password
    private final String decoy = encoder.encode("not-a-real-password-0");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hashOrNull) {
        return encoder.matches(password, hashOrNull == null ? decoy : hashOrNull) && hashOrNull != null;
    }

    static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        return null;
    }
}
