package app.flashpoint.system;

/**
 * Names others will see (usernames, class names) may not carry control characters or bidirectional
 * overrides and isolates: those can hide text or make a name read as another ("Trojan Source", CVE-2021-42574).
 */
public final class NameCharacters {
    public static final String MESSAGE = "Use visible characters only: no control characters or text-direction marks.";

    private NameCharacters() {
    }

    /** What to fix, or null when every character is fine. */
    public static String problem(String name) {
        boolean bad = name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C);
        return bad ? MESSAGE : null;
    }
}
