package app.flashpoint.core.exchange.anki;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki field HTML as Flashpoint plain text, and back. Line breaks survive (block tags and {@code <br>} become
 * one newline); every other tag is dropped and entities decoded. Media stay visible as references the
 * renderer can later turn into players and images: {@code <img src="x.png">} becomes {@code [image: x.png]},
 * {@code [sound:x.mp3]} becomes {@code [sound: x.mp3]} (the space tells ours from Anki's on re-export).
 */
public final class FieldText {
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(style|script)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern IMG = Pattern.compile("(?is)<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>");
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]+)]");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(div|p|li|ul|ol|tr|table|h[1-6]|blockquote|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern REFERENCE = Pattern.compile("\\[(image|sound): ([^\\]\\n]+)]");
    // A block boundary, before consecutive ones collapse into one line break.
    private static final char BOUNDARY = '\u0000';

    private FieldText() {
    }

    public static String toText(String html) {
        String s = INVISIBLE.matcher(html).replaceAll("");
        s = IMG.matcher(s).replaceAll(m -> Matcher.quoteReplacement("[image: " + src(m) + "]"));
        s = SOUND.matcher(s).replaceAll(m -> Matcher.quoteReplacement("[sound: " + decode(m.group(1).strip()) + "]"));
        s = BR.matcher(s).replaceAll("\n");
        s = BLOCK.matcher(s).replaceAll(String.valueOf(BOUNDARY));
        s = TAG.matcher(s).replaceAll("");
        s = s.replaceAll("[ \\t]*\u0000[\\s\u0000]*", "\u0000").replace(BOUNDARY, '\n');
        s = decode(s).replace('\u00a0', ' ').replace("\r\n", "\n");
        return s.replaceAll("[ \\t]+\n", "\n").strip();
    }

    /** The media file names a field refers to, in order of appearance. */
    public static Set<String> mediaNames(String html) {
        var names = new LinkedHashSet<String>();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            names.add(src(img));
        }
        Matcher sound = SOUND.matcher(html);
        while (sound.find()) {
            names.add(decode(sound.group(1).strip()));
        }
        return names;
    }

    /** True when the text says nothing beyond its media references (a picture-only or sound-only side). */
    public static boolean mediaOnly(String text) {
        return !text.isBlank() && REFERENCE.matcher(text).replaceAll("").isBlank();
    }

    /** Plain text as field HTML for export: escaped, line breaks as {@code <br>}, our media references as Anki's. */
    public static String toHtml(String text) {
        var out = new StringBuilder();
        Matcher m = REFERENCE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String name = m.group(2).strip();
            out.append(m.group(1).equals("image") ? "<img src=\"" + escape(name) + "\">" : "[sound:" + name + "]");
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString().replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** What Anki's sort field and checksum are computed from: the field without HTML, media names kept. */
    public static String stripped(String html) {
        String s = INVISIBLE.matcher(html).replaceAll("");
        s = IMG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" " + src(m) + " "));
        return decode(TAG.matcher(s).replaceAll("")).strip();
    }

    private static String src(java.util.regex.MatchResult m) {
        String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return decode(raw.strip());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "";
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            case "ndash" -> "\u2013";
            case "mdash" -> "\u2014";
            case "hellip" -> "\u2026";
            case "laquo" -> "\u00ab";
            case "raquo" -> "\u00bb";
            default -> whole;
        };
    }
}
