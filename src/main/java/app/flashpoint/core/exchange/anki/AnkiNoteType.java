package app.flashpoint.core.exchange.anki;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note type as read from either schema (the {@code col.models} JSON of schema 11, or the notetypes,
 * fields and templates tables of schema 15+): what the import needs to pick a Flashpoint kind.
 */
public record AnkiNoteType(long id, String name, boolean cloze, List<String> fields, List<Template> templates) {
    private static final Pattern TYPE_ANSWER = Pattern.compile("\\{\\{type:(?!cloze:)([^}]+)}}");

    public AnkiNoteType {
        fields = List.copyOf(fields);
        templates = List.copyOf(templates);
    }

    /** A card template: its question ({@code qfmt}) and answer ({@code afmt}) formats. */
    public record Template(String name, String front, String back) {
    }

    /** How notes of this type become items. */
    public enum Kind { BASIC, REVERSIBLE, CLOZE, TYPE_ANSWER, OTHER }

    /**
     * Decided by structure rather than by the stock names, so renamed copies ("Basic-1a2b3", a translated
     * "Einfach") map the same: a cloze type; a template that types its answer; two templates asking the first
     * and the second field (with or without the optional-reverse field); one template asking the first field.
     */
    public Kind kind() {
        if (cloze) {
            return Kind.CLOZE;
        }
        if (typedField() >= 0) {
            return Kind.TYPE_ANSWER;
        }
        if (fields.size() < 2 || templates.isEmpty()) {
            return Kind.OTHER;
        }
        boolean firstAsksFront = asks(templates.get(0).front(), fields.get(0));
        if (templates.size() == 2 && firstAsksFront && asks(templates.get(1).front(), fields.get(1))
                && (fields.size() == 2 || fields.size() == 3 && name.toLowerCase().contains("reverse"))) {
            return Kind.REVERSIBLE;
        }
        if (templates.size() == 1 && fields.size() == 2 && firstAsksFront
                && asks(templates.get(0).back(), fields.get(1))) {
            return Kind.BASIC;
        }
        return Kind.OTHER;
    }

    /** The index of the field a template asks the learner to type, or -1. */
    public int typedField() {
        for (Template t : templates) {
            Matcher m = TYPE_ANSWER.matcher(t.front());
            if (m.find()) {
                return fields.indexOf(m.group(1).strip());
            }
        }
        return -1;
    }

    private static boolean asks(String format, String field) {
        return format.contains("{{" + field + "}}") || format.contains("{{text:" + field + "}}");
    }
}
