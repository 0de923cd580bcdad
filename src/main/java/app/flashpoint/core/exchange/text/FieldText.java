package app.flashpoint.core.exchange.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field's plain text: HTML fields lose their markup (line breaks kept, entities decoded) and every field
 * loses its media references, since a text file cannot carry the files they name. Hand-written rather than
 * jsoup because core/ depends on nothing but the JDK, SnakeYAML and Commons CSV, and Anki's fields are
 * editor output (divs, brs, spans, entities), not whole documents.
 */
record FieldText(String text, boolean hadMedia) {
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*]");
    private static final Pattern IMAGE = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(div|p|li|ul|ol|tr|table|h[1-6]|blockquote|pre|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?i)<(br|div|p|b|i|u|span|img|ul|ol|li|sup|sub|strong|em|font|a|table)\\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\\d+);");
    // a marker for block edges, so that a run of them is one line break; inputs with NUL are refused earlier
    private static final String EDGE = "\u0000";
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("middot", "·"),
            Map.entry("bull", "•"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ne", "≠"),
            Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("harr", "↔"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("sect", "§"),
            Map.entry("micro", "µ"), Map.entry("shy", ""), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"));

    static FieldText of(String field, boolean html) {
        boolean media = SOUND.matcher(field).find() || html && IMAGE.matcher(field).find();
        String text = SOUND.matcher(field).replaceAll("");
        text = html ? tidy(fromHtml(text)) : text.strip();
        return new FieldText(text, media);
    }

    /** Whether a file's fields are HTML when it does not say: Anki-editor markup or entities somewhere. */
    static boolean looksLikeHtml(String field) {
        return LOOKS_LIKE_HTML.matcher(field).find();
    }

    /** True when the field named media and nothing else. */
    boolean onlyMedia() {
        return hadMedia && text.isEmpty();
    }

    private static String fromHtml(String html) {
        // line breaks in HTML source are spaces; only markup breaks lines
        String text = html.replaceAll("\\s*\\n\\s*", " ");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = BLOCK.matcher(text).replaceAll(EDGE);
        text = TAG.matcher(text).replaceAll("");
        text = text.replaceAll("[ \\t]*" + EDGE + "[" + EDGE + " \\t]*", EDGE)
                .replace("\n" + EDGE, "\n").replace(EDGE + "\n", "\n").replace(EDGE, "\n");
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }

    private static String decode(String entity, String whole) {
        if (entity.startsWith("#")) {
            try {
                int code = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X')
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return NAMED.getOrDefault(entity, whole);
    }

    /** Spaces collapsed within lines (as a browser shows them), lines stripped, no trailing or leading blank lines. */
    private static String tidy(String text) {
        return text.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").strip();
    }
}
