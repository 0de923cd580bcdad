package app.flashpoint.core.exchange.moodle;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's HTML as the plain text Flashpoint stores. Conservative on purpose: only what looks like a tag
 * ({@code <b>}, {@code </p>}, {@code <br/>}) is removed, so "2 < 3" or "a<b" survive; paragraphs and line
 * breaks become newlines; the common entities are decoded and unknown ones left as written.
 */
final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|blockquote|pre)\\s*>|<(p|div|li|tr)(\\s[^<>]*)?>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("times", "×"), Map.entry("deg", "°"), Map.entry("minus", "−"), Map.entry("shy", ""));

    private HtmlText() {
    }

    static String toText(String html) {
        String s = COMMENT.matcher(html).replaceAll(" ");
        s = HIDDEN.matcher(s).replaceAll(" ");
        // Newlines in HTML source are layout, not content: only the break tags below make lines.
        s = s.replaceAll("\\s+", " ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        return tidy(s);
    }

    /** Each line's runs of spaces made one, lines trimmed, empty lines dropped. */
    static String tidy(String text) {
        var out = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(entity(r.group(1), r.group())));
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
