package app.flashpoint.core.bank;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Kebab-case names (deck slugs, key point and item ids, document names), as the bank requires them. */
public final class Slugs {
    public static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX = 60;

    private Slugs() {
    }

    public static boolean valid(String name) {
        return name.length() <= MAX + 10 && KEBAB.matcher(name).matches();
    }

    /** A kebab-case name from free text; {@code fallback} when the text has no letters or digits. */
    public static String of(String text, String fallback) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not yet taken. */
    public static String unique(String base, Predicate<String> taken) {
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
